/**
 * The resident stays in the conversation, in a real browser on the H5 app (C1–C5): they file from
 * a QR code's link with the place filled in, add information, urge, talk with the handler, and
 * withdraw; the manager's QR code sheet draws a code per place. Screenshots go to test-results/e2e/.
 */
import { U } from '../helpers/emulator'
import { allowNotifications, eventually, open, startE2E, type E2E } from './browser'
import { checkModes, expectShown, show } from './pages'

const NOW = Date.parse('2026-11-30T02:00:00Z') // Monday 10:00 in Shanghai
let e: E2E

beforeAll(async () => {
  e = await startE2E(NOW)
}, 60_000)
afterAll(async () => {
  await e?.close()
})

/** The complaint as the office manager sees it, over HTTP. */
const stored = (id: string) => e.call(U.manager, 'complaint.get', { id })

/** Taps the confirm button of the app's confirmation dialog that reads `text`, and waits for it to close. */
async function confirmDialog(page: import('playwright-core').Page, text: string) {
  const ok = page.locator('.nut-dialog-footer-ok:visible', { hasText: text }).last()
  await ok.waitFor({ state: 'visible', timeout: 10_000 })
  await ok.click()
  await ok.waitFor({ state: 'hidden', timeout: 10_000 })
}

it('C5 C1 C2 C4 C3: a resident files from a QR code, adds information, urges, talks with the handler and withdraws', async () => {
  // 1. C5: the QR code on the lift of 3栋2单元 opens the filing form with the place filled in.
  const resident = await e.as(U.wangli)
  await open(resident, e.base, '/pages/submit/index?scene=b3-2', '.scan-notice')
  await expect(resident.locator('.location-input input').inputValue()).resolves.toBe('3栋2单元')
  await e.shot(resident, 'resident-scan-filled', true)
  await resident.click('.category-select .chip-engineering')
  await resident.fill('.description-input textarea', '2单元电梯按钮失灵，按了没反应。')
  await resident.click('.submit-button')
  await allowNotifications(resident)
  await resident.waitForURL(/pages\/detail\/index\?id=/, { timeout: 15_000 })
  const id = new URL(resident.url().replace('#/', '')).searchParams.get('id')!
  expect(await stored(id)).toMatchObject({ location: '3栋2单元', status: 'submitted' })
  // Customer service grades it an emergency (a lift: its deadline is hours away) and the handler takes it.
  await e.call(U.agent, 'complaint.act', { id, action: 'accept', departmentCode: 'engineering', tier: 'emergency' })
  await e.call(U.engineering, 'complaint.act', { id, action: 'take' })

  // 2. C1: the resident adds what changed since.
  await open(resident, e.base, `/pages/detail/index?id=${id}`, '.action-add_info')
  await resident.locator('.action-add_info').first().click()
  await resident.fill('.add-info-text textarea', '今天电梯又停在半层，里面有人按了警铃。')
  await e.shot(resident, 'resident-add-info', true)
  await resident.click('.add-info-send')
  await resident.locator('.section-additions', { hasText: '今天电梯又停在半层' }).waitFor()
  expect((await stored(id)).additions).toEqual([expect.objectContaining({ text: '今天电梯又停在半层，里面有人按了警铃。' })])

  // 3. C2: the deadline is near, so 催办 is open; the resident is told whom it reached, by role.
  await resident.locator('.action-urge').first().click()
  await confirmDialog(resident, '催办')
  await resident.locator('.section-urges', { hasText: '已通知承办人' }).waitFor()
  await e.shot(resident, 'resident-urged', true)
  const handlerInbox = await e.call(U.engineering, 'messages.list', {})
  expect(handlerInbox.items.map((m: any) => m.title)).toEqual(expect.arrayContaining(['投诉人补充了信息', '投诉人催办']))

  // 4. C4: the resident writes to the handler; the handler answers from the same thread.
  await resident.locator('.section-conversation').click()
  await resident.locator('.conversation-text textarea').waitFor()
  await expectShown(resident, 'conversation (resident)', '沟通', ['与处理本投诉的工作人员沟通', '还没有留言', '发送'])
  await resident.fill('.conversation-text textarea', '维修师傅大概几点能到？')
  await resident.click('.conversation-send')
  await allowNotifications(resident) // a reply will come as a WeChat notice
  await resident.locator('.bubble-row--mine', { hasText: '维修师傅大概几点能到？' }).waitFor()
  expect(await resident.locator('.bubble-row--mine .bubble__read').innerText()).toBe('未读')
  const handler = await e.as(U.engineering)
  await show(e, handler, {
    route: `/pages/conversation/index?id=${id}`,
    ready: '.bubble-row',
    title: '沟通',
    shows: ['投诉人', '维修师傅大概几点能到？'],
  })
  await handler.fill('.conversation-text textarea', '师傅已出发，十分钟内到。')
  await handler.click('.conversation-send')
  await handler.locator('.bubble-row--mine', { hasText: '师傅已出发' }).waitFor()
  await show(e, resident, {
    route: `/pages/conversation/index?id=${id}`,
    ready: '.bubble-row',
    title: '沟通',
    shows: ['赵工（承办人）', '师傅已出发，十分钟内到。', '已读'],
  })
  await e.shot(resident, 'resident-conversation', true)
  await checkModes(e, resident, {
    route: `/pages/conversation/index?id=${id}`,
    ready: '.bubble-row',
    title: '沟通',
    shows: ['师傅已出发，十分钟内到。'],
    name: 'resident-conversation',
  })
  expect(await eventually(async () => (await e.notifications(U.wangli)).some((m) => m.title === '投诉处理进度通知'), true)).toBe(true)

  // 5. C3: it resolved itself; the resident withdraws it with the reason.
  await open(resident, e.base, `/pages/detail/index?id=${id}`, '.action-withdraw')
  await resident.locator('.action-withdraw').first().click()
  await resident.click('.withdraw-reason .chip-resolved_self')
  await e.shot(resident, 'resident-withdraw', true)
  await resident.click('.withdraw-send')
  await confirmDialog(resident, '确认撤销')
  await resident.locator('.status-tag', { hasText: '已撤销' }).first().waitFor()
  await expectShown(resident, 'detail (withdrawn)', '投诉详情', ['已撤销', '已自行解决', '重新投诉'])
  await e.shot(resident, 'resident-withdrawn', true)
  expect(await stored(id)).toMatchObject({ status: 'withdrawn', withdrawal: { reason: 'resolved_self' } })
  expect((await stored(id)).events.map((x: any) => x.action)).toEqual([
    'submit',
    'accept',
    'dispatch',
    'take',
    'add_info',
    'urge',
    'withdraw',
  ])
}, 180_000)

it('C5: the manager’s QR code sheet shows a code with its place name for each unit of a building, ready to print', async () => {
  const manager = await e.as(U.manager)
  await show(e, manager, {
    route: '/pkg-manager/qrcodes/index',
    ready: '.qrcode-card img',
    title: '扫码投诉二维码',
    shows: ['扫码投诉', '1栋', '1栋1单元', '1栋3单元', '打印 / 存为 PDF'],
  })
  const src = await manager.locator('.qrcode-b1-2 img').getAttribute('src')
  expect(src).toMatch(/^data:image\/png;base64,/)
  await e.shot(manager, 'manager-qrcodes', true)
  await checkModes(e, manager, {
    route: '/pkg-manager/qrcodes/index',
    ready: '.qrcode-card img',
    title: '扫码投诉二维码',
    shows: ['扫码投诉', '1栋1单元'],
    name: 'manager-qrcodes',
  })
  // A scene for a place that no longer exists: the filing form says so and leaves the place to the resident.
  const resident = await e.as(U.chen)
  await open(resident, e.base, '/pages/submit/index?scene=b99-1', '.scan-notice')
  await expectShown(resident, 'submit (stale code)', '我要投诉', ['这个二维码对应的地点已不存在'])
  await expect(resident.locator('.location-input input').inputValue()).resolves.toBe('')
}, 120_000)
