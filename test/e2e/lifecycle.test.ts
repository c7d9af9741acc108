/**
 * The whole loop in a real browser on the H5 app, switching identity as WeChat users would be
 * different people: the resident files with a photo → customer service accepts and dispatches →
 * the handler takes it, investigates and asks for more time → the supervisor approves the
 * extension → the handler gives the result → the resident rates and the complaint closes.
 * Every page on the way is saved as a 375×812 screenshot in test-results/e2e/.
 */
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { U } from '../helpers/emulator'
import { allowNotifications, eventually, open, PNG, settled, SHOTS, startE2E, turnPicker, type E2E } from './browser'

const NOW = Date.parse('2026-11-30T02:00:00Z') // Monday 10:00 in Shanghai
let e: E2E

beforeAll(async () => {
  e = await startE2E(NOW)
}, 60_000)
afterAll(async () => {
  await e?.close()
})

/** The complaint as the office manager sees it (every field and event), over HTTP. */
const stored = (id: string) => e.call(U.manager, 'complaint.get', { id })

it('A1 H1 H2 H3-EXT F1 F2: a complaint goes from the resident to the handler and back, in the browser', async () => {
  // 1. The resident files a complaint with a photo.
  const resident = await e.as(U.wangli)
  await open(resident, e.base, '/pages/index/index', '.entry-submit')
  await e.shot(resident, 'resident-home')
  await resident.click('.entry-submit')
  await resident.locator('.category-select').waitFor()
  await e.shot(resident, 'submit-empty')
  await resident.click('.category-select .chip-cleaning')
  await resident.fill('.location-input input', '3栋2单元电梯厅')
  await resident.fill('.description-input textarea', '电梯厅地面连续三天有积水和烟头，保洁没有按时清理，老人差点滑倒。')
  const photo = join(SHOTS, 'photo.png')
  writeFileSync(photo, PNG)
  await resident.click('.photo-picker__add')
  // Issue 15: the privacy guide first (our dialog stands in for WeChat's on H5); agreeing opens the chooser.
  const [chooser] = await Promise.all([resident.waitForEvent('filechooser'), resident.click('.privacy-agree')])
  await chooser.setFiles(photo)
  await resident.locator('.photo-picker img, .photo-picker__item').first().waitFor()
  await e.shot(resident, 'submit-filled', true)
  await resident.click('.submit-button')
  await allowNotifications(resident) // the consent panel for notifications comes first
  await resident.waitForURL(/pages\/detail\/index\?id=/, { timeout: 15_000 })
  const id = new URL(resident.url().replace('#/', '')).searchParams.get('id')!
  await resident.locator('.status-tag').first().waitFor()
  expect(await resident.locator('.status-tag').first().innerText()).toContain('待受理')
  await e.shot(resident, 'resident-detail-submitted', true)
  expect(await stored(id)).toMatchObject({
    status: 'submitted',
    category: 'cleaning',
    photos: [{ fileID: expect.stringMatching(/^cloud:\/\//), url: expect.stringMatching(/^\/storage\/files\//) }],
  })

  // 2. Customer service accepts it; the routing table proposes the cleaning department.
  const agent = await e.as(U.agent)
  await open(agent, e.base, '/pages/index/index', '.entry-queue')
  await e.shot(agent, 'agent-home')
  await agent.click('.entry-queue')
  await agent.locator('.complaint-card').first().waitFor()
  await e.shot(agent, 'agent-queue')
  await agent.locator('.complaint-card', { hasText: '3栋2单元电梯厅' }).first().click()
  await agent.locator('.action-accept').first().waitFor()
  await e.shot(agent, 'agent-detail', true)
  // Accepting takes input (tier, department): it opens its form; sending it asks the staff consent first.
  await agent.locator('.action-accept').first().click()
  await agent.locator('.action-page-accept .submit-button').waitFor()
  await e.shot(agent, 'agent-accept-form', true)
  await agent.click('.submit-button')
  await allowNotifications(agent)
  expect(await eventually(async () => (await stored(id)).status, 'dispatched')).toBe('dispatched')
  expect((await stored(id)).departmentName).toBe('保洁部')

  // 3. The cleaning handler takes it, records a site visit and asks for more time.
  const handler = await e.as(U.cleaning)
  await open(handler, e.base, '/pages/index/index', '.entry-tasks')
  await handler.click('.entry-tasks')
  await handler.locator('.complaint-card').first().waitFor()
  await e.shot(handler, 'handler-tasks')
  await handler.locator('.complaint-card').first().click()
  await handler.locator('.action-take').first().waitFor()
  await handler.locator('.action-take').first().click()
  await allowNotifications(handler)
  await handler.locator('.action-add_note').first().waitFor()
  await e.shot(handler, 'handler-detail-taken', true)
  await handler.locator('.action-add_note').first().click()
  await handler.locator('.note-input textarea').waitFor()
  await handler.fill('.note-input textarea', '现场查看：电梯厅地面积水来自消防栓渗漏，已通知工程部，烟头已清理。')
  await e.shot(handler, 'handler-note-form')
  await handler.click('.submit-button')
  await allowNotifications(handler)
  await handler.locator('.action-request_extension').first().waitFor()
  await handler.locator('.action-request_extension').first().click()
  await handler.locator('.date-value').waitFor()
  await handler.click('.date-value')
  await handler.locator('.weui-picker').waitFor()
  await settled(handler) // the picker slides up
  await turnPicker(handler, 1, '12月')
  await turnPicker(handler, 2, '07日')
  await handler.click('.weui-picker__action >> nth=1')
  expect(await handler.locator('.date-value').innerText()).toContain('2026-12-07')
  await handler.fill('.reason-input textarea, .reason-input input', '消防栓渗漏需工程部更换阀门，配件周五到货')
  await e.shot(handler, 'handler-extension-form', true)
  await handler.click('.submit-button')
  await allowNotifications(handler)
  expect(await eventually(async () => (await stored(id)).extension?.status, 'pending')).toBe('pending')

  // 4. The supervisor approves the extension; the resident is told the new deadline and why.
  const supervisor = await e.as(U.cleaningSupervisor)
  await open(supervisor, e.base, '/pages/index/index', '.entry-approvals')
  await e.shot(supervisor, 'supervisor-home')
  await supervisor.click('.entry-approvals')
  await supervisor.locator('.complaint-card').first().waitFor()
  await e.shot(supervisor, 'supervisor-approvals')
  await supervisor.locator('.complaint-card').first().click()
  await supervisor.locator('.action-approve_extension').first().waitFor()
  await e.shot(supervisor, 'supervisor-detail', true)
  // The decision takes an optional note: it opens its form.
  await supervisor.locator('.action-approve_extension').first().click()
  await supervisor.locator('.action-page-approve_extension .submit-button').waitFor()
  await supervisor.click('.submit-button')
  await allowNotifications(supervisor)
  expect(await eventually(async () => (await stored(id)).extension?.status, 'approved')).toBe('approved')
  expect((await stored(id)).deadlines.handlingDueAt).toBe(Date.parse('2026-12-07T23:59:59.999+08:00'))

  // 5. The handler gives the result.
  await open(handler, e.base, `/pages/detail/index?id=${id}`, '.action-give_result')
  await handler.locator('.action-give_result').first().click()
  await handler.locator('.result-input textarea').waitFor()
  await handler.fill('.result-input textarea', '已更换消防栓阀门，电梯厅积水已清除，保洁每日巡查两次。')
  await handler.click('.mode-select .chip-rectification')
  await e.shot(handler, 'handler-result-form', true)
  await handler.click('.submit-button')
  await allowNotifications(handler)
  expect(await eventually(async () => (await stored(id)).status, 'resolved')).toBe('resolved')

  // 6. The resident sees the result, rates it, and the complaint is closed.
  await open(resident, e.base, `/pages/detail/index?id=${id}`, '.rate-panel')
  await e.shot(resident, 'resident-detail-resolved', true)
  await resident.locator('.rate-input .nut-rate-item').nth(4).click()
  await resident.fill('.rate-comment textarea', '处理及时，谢谢！')
  // A satisfied rating closes the complaint: nothing more to notify, so no consent is asked.
  await resident.click('.submit-rating')
  expect(await eventually(async () => (await stored(id)).status, 'closed')).toBe('closed')
  expect(await stored(id)).toMatchObject({
    closure: 'satisfied',
    rating: { level: 5, levelLabel: '非常满意', comment: '处理及时，谢谢！' },
  })
  await resident.locator('.status-tag', { hasText: '满意结案' }).first().waitFor()
  await e.shot(resident, 'resident-detail-closed', true)
  await open(resident, e.base, '/pages/messages/index', '.messages-page')
  await e.shot(resident, 'resident-messages')
  await resident.goto(`${e.base}/__emu/notifications`)
  await e.shot(resident, 'emulator-wechat-notifications', true)

  const titles = (await e.notifications(U.wangli)).map((m) => m.title)
  expect(titles).toEqual(['投诉受理通知', '投诉处理进度通知', '投诉处理结果通知'])
  const events = (await stored(id)).events
  expect(events.map((x: any) => x.action)).toEqual([
    'submit',
    'accept',
    'dispatch',
    'take',
    'add_note',
    'request_extension',
    'approve_extension',
    'give_result',
    'rate',
  ])
}, 180_000)
