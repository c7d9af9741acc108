/**
 * Emergencies (issue 14) with the office's departments from settings (issue 13), through the built
 * functions: a department the manager added has its duty roster, its emergencies reach who is on
 * duty there, and the red banner and the emergency report name it as settings do — by its new name
 * once renamed. The roster names only departments settings list; a removed department's shifts go.
 */
import { U, setNow } from '../helpers/emulator'
import { startReportHarness, type ReportHarness } from '../helpers/report'

let h: ReportHarness
beforeEach(async () => {
  setNow('2026-11-30T02:00:00Z') // Monday 10:00 in Shanghai
  h = await startReportHarness()
})
afterEach(() => {
  h.close()
  jest.useRealTimers()
})

const LIFT = { onDuty: 'o-lift-duty', offDuty: 'o-lift-off' }
const DAY = { period: 'day', date: '2026-11-30' }
const manager = () => h.as(U.manager)
type Dept = { code: string; name: string; active: boolean; removed?: boolean }
const listed = async () =>
  ((await manager()('settings.get')).settings.departments as Dept[])
    .filter((d) => !d.removed)
    .map(({ code, name, active }) => ({ code, name, active }))
const shift = (departmentCode: string, openid: string) => ({
  departmentCode,
  openid,
  weekdays: [1, 2, 3, 4, 5, 6, 7],
  dayType: 'any',
  start: '00:00',
  end: '00:00',
})

/** 电梯维保组 added, 工程维修 routed to it, two handlers invited into it. @returns its code. */
async function liftTeam(): Promise<string> {
  const saved = await manager()('settings.save', { departments: [...(await listed()), { name: '电梯维保组', active: true }] })
  const code = saved.settings.departments.find((d: Dept) => d.name === '电梯维保组').code
  await manager()('settings.save', { routing: { engineering: code } })
  for (const [openid, name] of [
    [LIFT.onDuty, '吴师傅'],
    [LIFT.offDuty, '郑师傅'],
  ]) {
    const { code: invite } = await manager()('invite.create', { role: 'handler', departmentCode: code, name })
    await h.as(openid)('me.bindInvite', { code: invite })
  }
  return code
}

it('H1-E given a department added in settings, its roster decides who may acknowledge its emergency, and the red banner and the emergency report name it as settings do, renamed too', async () => {
  const code = await liftTeam()
  const saved = await manager()('settings.save', { roster: { shifts: [shift(code, LIFT.onDuty)], swaps: [] } })
  expect(saved.settings.roster.shifts).toMatchObject([{ departmentCode: code, openid: LIFT.onDuty, name: '吴师傅' }])

  const c = await h.as(U.wangli)('complaint.submit', {
    category: 'engineering',
    location: '3栋2单元电梯',
    description: '电梯困人半小时，按了警铃没人应，老人小孩都在里面！',
  })
  expect(await h.as(U.wangli)('complaint.get', { id: c.id })).toMatchObject({ status: 'dispatched', departmentName: '电梯维保组' })
  const banner = await h.as(U.agent)('alerts.status')
  expect(banner.open).toMatchObject([{ id: c.id, departmentName: '电梯维保组' }])

  const offDuty = await h.raw(LIFT.offDuty)('complaint.act', { id: c.id, action: 'acknowledge_emergency' })
  expect(offDuty.error).toMatchObject({ code: 'GUARD_FAILED', message: expect.stringContaining('不在本次紧急告警的接警名单') })

  await manager()('settings.save', { departments: (await listed()).map((d) => (d.code === code ? { ...d, name: '电梯组' } : d)) })
  expect((await h.as(U.manager)('alerts.status')).open).toMatchObject([{ id: c.id, departmentName: '电梯组' }])
  setNow('2026-11-30T02:03:00Z')
  await h.as(LIFT.onDuty)('complaint.act', { id: c.id, action: 'acknowledge_emergency' })

  const r = await h.report(U.manager)('report.emergencies', DAY)
  expect(r.byDepartment.map((d: any) => [d.key, d.label, d.count, d.minutes.median])).toEqual([[code, '电梯组', 1, 3]])
  const scoped = await h.report(U.manager)('report.emergencies', { ...DAY, departmentCode: code })
  expect(scoped.scope).toEqual({ departmentCode: code, departmentName: '电梯组' })
})

it('settings refuse a duty shift for a department settings do not list, and nothing saved changes; a removed department’s shifts leave the roster', async () => {
  const code = await liftTeam()
  await manager()('settings.save', { routing: { engineering: 'engineering' } })
  // The manager may stand in anywhere: a shift in 电梯维保组 with none of its staff on it.
  await manager()('settings.save', { roster: { shifts: [shift(code, U.manager), shift('engineering', U.engineering)], swaps: [] } })

  const before = h.snapshot()
  for (const departmentCode of ['dept_9', 'Lift']) {
    const r = await h.raw(U.manager)('settings.save', { roster: { shifts: [shift(departmentCode, U.manager)], swaps: [] } })
    expect(r.error).toMatchObject({ code: 'INVALID_INPUT', message: expect.stringMatching(/^请选择(有效的)?值班部门$/) })
  }
  expect(h.snapshot()).toEqual(before)

  for (const openid of Object.values(LIFT)) await manager()('staff.deactivate', { openid })
  const removed = await manager()('settings.save', { departments: (await listed()).filter((d) => d.code !== code) })
  expect(removed.settings.roster.shifts).toMatchObject([{ departmentCode: 'engineering', openid: U.engineering }])
  const again = await h.raw(U.manager)('settings.save', { roster: { shifts: [shift(code, U.manager)], swaps: [] } })
  expect(again.error).toEqual({ code: 'INVALID_INPUT', message: '请选择有效的值班部门' })
})
