/**
 * Every page of the H5 app, as the role that uses it, rendered from real data at 375×812 and
 * saved as a screenshot in test-results/e2e/ — including the manager's dashboard with its charts
 * and a drill-down from a figure to the complaints behind it (S1, G3-P6).
 */
import { U } from '../helpers/emulator'
import { startE2E, type E2E } from './browser'
import type { Page } from 'playwright-core'

const NOW = Date.parse('2026-11-30T02:00:00Z')
let e: E2E
const ids: Record<string, string> = {}

beforeAll(async () => {
  e = await startE2E(NOW)
  const c = (who: string, action: string, payload: Record<string, unknown> = {}) => e.call(who, action, payload)
  // Closed with a rating; in handling; waiting for acceptance; a plan waiting for approval.
  const closed = await c(U.wangli, 'complaint.submit', {
    category: 'cleaning',
    location: '3栋2单元电梯厅',
    description: '电梯厅地面有积水和烟头。',
  })
  await c(U.agent, 'complaint.act', { id: closed.id, action: 'accept', departmentCode: 'cleaning' })
  await c(U.cleaning, 'complaint.act', { id: closed.id, action: 'take' })
  await c(U.cleaning, 'complaint.act', { id: closed.id, action: 'give_result', mode: 'rectification', summary: '已清理并加强巡查。' })
  await c(U.wangli, 'complaint.act', { id: closed.id, action: 'rate', level: 4, comment: '满意' })
  const open = await c(U.wangli, 'complaint.submit', { category: 'cleaning', location: '3栋大堂', description: '大堂垃圾桶满了。' })
  await c(U.agent, 'complaint.act', { id: open.id, action: 'accept', departmentCode: 'cleaning' })
  await c(U.cleaning, 'complaint.act', { id: open.id, action: 'take' })
  const waiting = await c(U.chen, 'complaint.submit', {
    category: 'other',
    location: '市政道路',
    description: '小区外面市政道路的路灯不亮。',
  })
  const plan = await c(U.zhou, 'complaint.submit', {
    category: 'cleaning',
    location: '1栋楼顶',
    description: '楼顶排水沟堆满落叶，雨天积水。',
  })
  await c(U.agent, 'complaint.act', { id: plan.id, action: 'accept', departmentCode: 'cleaning', tier: 'complex' })
  await c(U.cleaning, 'complaint.act', { id: plan.id, action: 'take' })
  await c(U.cleaning, 'complaint.act', {
    id: plan.id,
    action: 'submit_plan',
    owner: '张洁',
    steps: ['清理排水沟', '加装落叶网'],
    deadline: '2026-12-04',
  })
  Object.assign(ids, { closed: closed.id, open: open.id, waiting: waiting.id, plan: plan.id })
}, 90_000)
afterAll(async () => {
  await e?.close()
})

/** Opens `route` as `who` in a fresh load and waits for `ready`; returns the page. */
async function show(page: Page, route: string, ready: string): Promise<void> {
  await page.goto('about:blank')
  await page.goto(`${e.base}/#${route}`)
  await page.locator(ready).first().waitFor({ state: 'visible', timeout: 20_000 })
}

it("the resident's pages", async () => {
  const p = await e.as(U.wangli)
  for (const [route, ready, name] of [
    ['/pages/index/index', '.entry-submit', 'page-resident-home'],
    ['/pages/submit/index', '.category-select', 'page-submit'],
    ['/pages/mine/index', '.mine-page .complaint-card', 'page-mine'],
    [`/pages/detail/index?id=${ids.closed}`, '.status-tag', 'page-detail-closed'],
    ['/pages/messages/index', '.messages-page', 'page-messages'],
    ['/pages/profile/index', '.profile-page', 'page-profile'],
  ]) {
    await show(p, route, ready)
    if (name === 'page-messages') await expect(p.locator('.messages-page').innerText()).resolves.toContain('已受理')
    await e.shot(p, name, true)
  }
}, 120_000)

it("A2 the filing form's place picker walks the estate: 3栋 → 2单元 → 电梯厅 writes the place, still editable", async () => {
  const p = await e.as(U.chen)
  await show(p, '/pages/submit/index', '.place-picker-open')
  await p.locator('.place-picker-open').click()
  const item = (text: string) => p.locator('.nut-cascader-item:visible', { hasText: new RegExp(`^${text}$`) }).first()
  await item('3栋').waitFor({ state: 'visible', timeout: 10_000 })
  await e.shot(p, 'page-submit-place-picker')
  await item('3栋').click()
  await item('2单元').click()
  await item('电梯厅').click()
  await expect(p.locator('.location-input input').inputValue()).resolves.toBe('3栋2单元电梯厅')
  await p.locator('.place-picker-open').click()
  await item('公共区域').click()
  await item('中心花园').click()
  await expect(p.locator('.location-input input').inputValue()).resolves.toBe('中心花园')
}, 60_000)

it('customer service, handler and supervisor pages', async () => {
  const agent = await e.as(U.agent)
  for (const [route, ready, name] of [
    ['/pages/index/index', '.entry-queue', 'page-agent-home'],
    ['/pkg-staff/queue/index', '.complaint-card', 'page-queue'],
    [`/pages/detail/index?id=${ids.waiting}`, '.action-accept', 'page-agent-detail'],
    [`/pkg-staff/action/index?id=${ids.waiting}&action=refuse`, '.ground-select', 'page-refuse'],
    ['/pkg-staff/register/index', '.submit-button', 'page-register'],
    [`/pkg-staff/form/index?id=${ids.closed}`, '.form-print, .registration-form', 'page-registration-form'],
  ]) {
    await show(agent, route, ready)
    await e.shot(agent, name, true)
  }
  expect(await agent.locator('.taro_page:visible').last().innerText()).toContain('物业后勤服务投诉登记表')
  const handler = await e.as(U.cleaning)
  for (const [route, ready, name] of [
    ['/pkg-staff/tasks/index', '.complaint-card', 'page-tasks'],
    [`/pages/detail/index?id=${ids.open}`, '.action-give_result', 'page-handler-detail'],
    [`/pkg-staff/action/index?id=${ids.open}&action=add_note`, '.note-input', 'page-add-note'],
    [`/pkg-staff/action/index?id=${ids.open}&action=give_result`, '.result-input', 'page-give-result'],
  ]) {
    await show(handler, route, ready)
    await e.shot(handler, name, true)
  }
  const supervisor = await e.as(U.cleaningSupervisor)
  await show(supervisor, '/pkg-staff/approvals/index', '.complaint-card')
  await e.shot(supervisor, 'page-approvals', true)
  await show(supervisor, `/pkg-staff/action/index?id=${ids.plan}&action=approve_plan`, '.submit-button')
  await e.shot(supervisor, 'page-approve-plan', true)
  await show(supervisor, '/pkg-manager/dashboard/index', '.dashboard-figure-total')
  await e.shot(supervisor, 'page-supervisor-dashboard', true)
}, 180_000)

it("G3-P6 S1 the manager's dashboard renders its figures and charts, and a figure drills down to its complaints", async () => {
  const m = await e.as(U.manager)
  await show(m, '/pages/index/index', '.workbench__tile')
  await e.shot(m, 'page-manager-home', true)
  await show(m, '/pkg-manager/dashboard/index', '.dashboard-figure-total')
  await m.locator('.chart canvas').first().waitFor({ state: 'attached', timeout: 20_000 })
  expect(await m.locator('.dashboard-figure-total .figure__value').innerText()).toContain('4')
  expect(await m.locator('.chart').count()).toBeGreaterThanOrEqual(3)
  await e.shot(m, 'page-dashboard', true)
  await m.locator('.dashboard-figure-total').click()
  await m.locator('.drill-row').first().waitFor({ timeout: 20_000 })
  expect(await m.locator('.drill-row').count()).toBe(4)
  await e.shot(m, 'page-drill-down', true)
  for (const [route, ready, name] of [
    ['/pkg-manager/all/index', '.complaint-card', 'page-all'],
    ['/pkg-manager/weakpoints/index', '.weak-page', 'page-weak-points'],
    ['/pkg-manager/actions/index', '.actions-page', 'page-actions'],
    ['/pkg-manager/settings/index', '.settings-save', 'page-settings'],
    ['/pkg-manager/staff/index', '.staff-page', 'page-staff'],
    ['/pkg-manager/deadletters/index', '.deadletters-page', 'page-dead-letters'],
  ]) {
    await show(m, route, ready)
    await e.shot(m, name, true)
  }
}, 180_000)

it('a new WeChat user is asked for their profile first', async () => {
  const p = await e.as('demo-new-e2e')
  await show(p, '/pages/index/index', '.entry-profile')
  await e.shot(p, 'page-new-user')
  await show(p, '/pages/profile/index', '.profile-page')
  await e.shot(p, 'page-new-user-profile')
})
