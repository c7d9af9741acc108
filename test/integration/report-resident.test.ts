/**
 * C2, C3 in the reports (S1), on complaints moved by the real complaint function and reported by
 * the BUILT report function: the urge rate and repeated urges by department, and withdrawals
 * counted apart — never a result, never in satisfaction or handling on time.
 */
import { setNow, U } from '../helpers/emulator'
import { startReportHarness, type ReportHarness } from '../helpers/report'

const sh = (t: string) => `${t.replace(' ', 'T')}:00+08:00`
let h: ReportHarness
const ids: Record<string, string> = {}

beforeAll(async () => {
  setNow(sh('2026-11-02 10:00'))
  h = await startReportHarness()
  const act = (who: string, id: string, action: string, extra: Record<string, unknown> = {}) =>
    h.as(who)('complaint.act', { id, action, ...extra })
  const file = async (who: string, category: string, location: string) =>
    (await h.as(who)('complaint.submit', { category, location, description: '问题一直没有解决。' })).id

  // A: cleaning, urged on two days, then handled and rated satisfied.
  ids.A = await file(U.wangli, 'cleaning', '3栋大堂')
  await act(U.agent, ids.A, 'accept', { departmentCode: 'cleaning' })
  await act(U.cleaning, ids.A, 'take')
  setNow(sh('2026-11-03 11:00'))
  await act(U.wangli, ids.A, 'urge')
  setNow(sh('2026-11-04 11:00'))
  await act(U.wangli, ids.A, 'urge')
  await act(U.cleaning, ids.A, 'give_result', { mode: 'rectification', summary: '已清扫。' })
  await act(U.wangli, ids.A, 'rate', { level: 5, comment: '' })
  // B: cleaning, never urged, handled and rated satisfied.
  ids.B = await file(U.chen, 'cleaning', '5栋大堂')
  await act(U.agent, ids.B, 'accept', { departmentCode: 'cleaning' })
  await act(U.cleaning, ids.B, 'take')
  await act(U.cleaning, ids.B, 'give_result', { mode: 'rectification', summary: '已清扫。' })
  await act(U.chen, ids.B, 'rate', { level: 4, comment: '' })
  // C: engineering, urged once, then withdrawn (resolved themselves).
  ids.C = await file(U.liu, 'engineering', '8栋电梯')
  await act(U.agent, ids.C, 'accept', { departmentCode: 'engineering' })
  setNow(sh('2026-11-06 11:00'))
  await act(U.liu, ids.C, 'urge')
  await act(U.liu, ids.C, 'withdraw', { reason: 'resolved_self' })
  // D: filed by mistake, withdrawn before acceptance.
  ids.D = await file(U.zhao, 'parking', '地下车库')
  await act(U.zhao, ids.D, 'withdraw', { reason: 'mistaken' })
  setNow(sh('2026-11-30 12:00'))
})
afterAll(() => {
  h.close()
  jest.useRealTimers()
})

const month = { period: 'month', date: '2026-11-30' }

it('C2 S1: the urge rate counts complaints urged at least once over those created, by department; repeated urges apart', async () => {
  const { figures } = await h.report(U.manager)('report.period', month)
  expect(figures.total.value).toBe(4)
  expect(figures.urges.rate).toMatchObject({ numerator: 2, denominator: 4, value: 0.5 })
  expect(figures.urges.repeated.value).toBe(1)
  const by = Object.fromEntries(
    figures.urges.byDepartment.map((d: any) => [d.key, [d.rate.numerator, d.rate.denominator, d.repeated.value]]),
  )
  expect(by).toMatchObject({ cleaning: [1, 2, 1], engineering: [1, 1, 0], none: [0, 1, 0], parking: [0, 0, 0] })
  expect(figures.urges.byDepartment.find((d: any) => d.key === 'none').label).toBe('未派单')
})

it('C3 S1: withdrawals are counted apart by reason; they are neither handled nor rated', async () => {
  const { figures } = await h.report(U.manager)('report.period', month)
  expect(figures.withdrawals.total.value).toBe(2)
  expect(Object.fromEntries(figures.withdrawals.byReason.map((r: any) => [r.key, r.value]))).toEqual({
    resolved_self: 1,
    mistaken: 1,
    other: 0,
  })
  expect(figures.handlingOnTime.denominator).toBe(2)
  expect(figures.satisfaction).toMatchObject({ numerator: 2, denominator: 2 })
  expect(figures.reopenRate.denominator).toBe(2)
  expect(figures.openOverdue.value).toBe(0)
})

it('C2 C3: the drill-down lists the complaints behind each figure, and a supervisor sees only their department', async () => {
  const list = async (filter: Record<string, unknown>) =>
    (await h.report(U.manager)('report.complaints', { filter: { ...month, ...filter } })).items.map((r: any) => r.id).sort()
  expect(await list({ urged: true })).toEqual([ids.A, ids.C].sort())
  expect(await list({ urgedAgain: true })).toEqual([ids.A])
  expect(await list({ withdrawn: true })).toEqual([ids.C, ids.D].sort())
  expect(await list({ departmentCode: 'cleaning', urged: false })).toEqual([ids.B])
  const sup = await h.report(U.cleaningSupervisor)('report.period', month)
  expect(sup.figures.urges.rate).toMatchObject({ numerator: 1, denominator: 2 })
  expect(sup.figures.withdrawals.total.value).toBe(0)
})
