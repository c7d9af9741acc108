/**
 * Issue 14 in a real browser on the H5 app: a resident files the lift-entrapment text with the
 * 紧急 switch left off → it is flagged and shown red at the top of customer service's queue, with
 * the red banner on their pages; the people on duty are alerted on every configured channel
 * (WeCom application message, SMS, a group robot, in-app) within a minute of the emulator's clock;
 * nobody acknowledges, so the chain goes up to the duty supervisors; the engineer acknowledges
 * (接警) in the browser and the chain stops. The resident sees at once what to do.
 */
import { U } from '../helpers/emulator'
import { allowNotifications, eventually, open, startE2E, type E2E } from './browser'

const NOW = Date.parse('2026-11-30T02:00:00Z') // Monday 10:00 in Shanghai
const LIFT = '电梯困人半小时，按了警铃没人应，打物业电话也没人接，老人小孩都在里面！'
const ROBOT = '693a91f6-7a1c-4bc4-97a0-0ec2efa5a0e2'
let e: E2E

beforeAll(async () => {
  e = await startE2E(NOW)
  await e.call(U.manager, 'settings.save', { wecomRobots: { engineering: ROBOT } })
}, 60_000)
afterAll(async () => {
  await e?.close()
})

it('H1-E H4-3: a lift entrapment filed with the switch off is flagged, alerted within a minute, escalated, and stopped by 接警, in the browser', async () => {
  // 1. The resident files the text without touching the 紧急 switch, and is told at once what to do.
  const resident = await e.as(U.wangli)
  await open(resident, e.base, '/pages/submit/index', '.category-select')
  await resident.click('.category-select .chip-engineering')
  await resident.fill('.location-input input', '3栋2单元电梯')
  await resident.fill('.description-input textarea', LIFT)
  await resident.click('.submit-button')
  await allowNotifications(resident)
  await resident.waitForURL(/pages\/detail\/index\?id=/, { timeout: 15_000 })
  const id = new URL(resident.url().replace('#/', '')).searchParams.get('id')!
  await resident.locator('.emergency-notice').waitFor()
  const notice = await resident.locator('.emergency-notice').innerText()
  expect(notice).toContain('已按紧急投诉处理')
  expect(notice).toContain('物业值班电话 0571-88886666')
  expect(notice).toContain('电梯救援 96333')
  expect(notice).toMatch(/工作人员将于 11月30日 12:00 前响应/)
  await e.shot(resident, 'emergency-resident-notice', true)

  // 2. Alerts on every configured channel within a minute of the emulator's clock.
  const raised = (await e.call(U.manager, 'complaint.get', { id })).alert.raisedAt
  const first = await eventually(async () => (await e.alerts()).wecomApp.length > 0, true)
  expect(first).toBe(true)
  const a = await e.alerts()
  expect(a.wecomApp.map((m) => m.touser).sort()).toEqual(['agent', 'cs-supervisor', 'engineering-handler', 'engineering-supervisor'])
  expect(a.sms.map((m) => m.phone)).toContain('+8613900009999')
  expect(a.robots.map((m) => m.key)).toEqual([ROBOT])
  for (const m of [...a.wecomApp, ...a.sms, ...a.robots]) expect(m.at - raised).toBeLessThan(60_000)
  expect((await e.call(U.engineering, 'messages.list')).items[0]).toMatchObject({ title: '紧急投诉，请立即处置' })

  // 3. Customer service: red at the top of the queue, and the red banner on the page.
  const agent = await e.as(U.agent)
  await e.call(U.wangli, 'complaint.submit', { category: 'cleaning', location: '5栋大堂', description: '大堂地面很脏' })
  await open(agent, e.base, '/pkg-staff/queue/index', '.complaint-card')
  const top = agent.locator('.complaint-card').first()
  expect(await top.getAttribute('class')).toContain('is-alert')
  expect(await top.innerText()).toContain('待接警')
  expect(await agent.locator('.emergency-banner').innerText()).toContain('紧急投诉无人接警')
  await e.shot(agent, 'emergency-agent-queue', true)

  // 4. Nobody acknowledges: five minutes later the duty supervisors are alerted again, as an event.
  await e.advanceClock(5)
  const after = await e.alerts()
  expect(
    after.wecomApp
      .slice(a.wecomApp.length)
      .map((m) => m.touser)
      .sort(),
  ).toEqual(['cs-supervisor', 'engineering-supervisor'])
  const escalated = await e.call(U.manager, 'complaint.get', { id })
  expect(escalated.events.filter((x: any) => x.action === 'escalate_emergency').map((x: any) => x.reason)).toEqual([
    '5 分钟无人接警，升级通知值班主管',
  ])

  // 5. The engineer acknowledges in the browser; the chain stops.
  const engineer = await e.as(U.engineering)
  await open(engineer, e.base, `/pages/detail/index?id=${id}`, '.action-acknowledge_emergency')
  await e.shot(engineer, 'emergency-engineer-detail', true)
  await engineer.locator('.action-acknowledge_emergency').first().click()
  expect(await eventually(async () => (await e.call(U.manager, 'complaint.get', { id })).alert.state, 'acknowledged')).toBe('acknowledged')
  await engineer.locator('.alert-section', { hasText: '已接警' }).waitFor()
  const count = (await e.alerts()).wecomApp.length
  await e.advanceClock(10)
  expect((await e.alerts()).wecomApp.length).toBe(count)
  const done = await e.call(U.manager, 'complaint.get', { id })
  expect(done.alert).toMatchObject({ state: 'acknowledged', acknowledged: { name: '赵工' } })
  expect(done.events.at(-1)).toMatchObject({ action: 'acknowledge_emergency', actorName: '赵工' })
  await open(agent, e.base, '/pkg-staff/queue/index', '.queue-page')
  await agent.reload()
  await agent.locator('.complaint-card').first().waitFor()
  expect(await agent.locator('.emergency-banner').count()).toBe(0)
  await agent.goto(`${e.base}/__emu/alerts`)
  await e.shot(agent, 'emergency-emulator-alerts', true)
}, 180_000)
