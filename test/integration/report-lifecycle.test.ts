/**
 * S1 / S2 on complaints made by the real complaint function through their lifecycle (fake Date
 * moves between steps), reported by the BUILT report function: the figures follow what the rules
 * recorded — the dispatch rule's own on-time verdict, the handling deadline in force after a
 * reopening (F3), the A4-R4 link, the emergency intake (H1-E).
 */
import { WorkCalendar } from '../../cloudfunctions/complaint/domain/calendar'
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
  const file = async (who: string, extra: Record<string, unknown>) =>
    (await h.as(who)('complaint.submit', { description: '大堂地面很脏，无人清扫。', ...extra })).id

  ids.A = await file(U.wangli, { category: 'cleaning', location: '3栋大堂' })
  await act(U.agent, ids.A, 'accept')
  await act(U.agent, ids.A, 'dispatch')
  await act(U.cleaning, ids.A, 'take')
  setNow(sh('2026-11-03 10:00'))
  ids.B = await file(U.chen, { category: 'cleaning', location: '3栋大堂' })
  await act(U.agent, ids.B, 'accept') // dispatch due end of 4 Nov, handling due end of 6 Nov
  setNow(sh('2026-11-04 15:00'))
  await act(U.cleaning, ids.A, 'give_result', { mode: 'rectification', summary: '已清扫并加强巡查。' })
  await act(U.wangli, ids.A, 'rate', { level: 5, comment: '' })
  setNow(sh('2026-11-05 10:00'))
  await act(U.agent, ids.B, 'dispatch') // late (H1)
  await act(U.cleaning, ids.B, 'take')
  setNow(sh('2026-11-10 10:00'))
  await act(U.cleaning, ids.B, 'give_result', { mode: 'rectification', summary: '已清扫。' }) // late (H4)
  await act(U.chen, ids.B, 'rate', { level: 2, comment: '第二天又脏了' }) // reopened, new deadline end of 13 Nov (F3)
  setNow(sh('2026-11-12 10:00'))
  await act(U.cleaning, ids.B, 'take')
  await act(U.cleaning, ids.B, 'give_result', { mode: 'rectification', summary: '增加保洁频次，每日两次。' })
  await act(U.chen, ids.B, 'rate', { level: 4, comment: '' })
  setNow(sh('2026-11-16 10:00'))
  ids.C = await file(U.liu, { category: 'parking', location: '地下车库B1', description: '还是车位被占的问题。' })
  await act(U.agent, ids.C, 'refuse', { ground: 'A4-R4', explanation: '与此前已答复的投诉相同，且无新事实。', repeatOf: ids.A })
  setNow(sh('2026-11-20 10:00'))
  ids.D = await file(U.zhao, { category: 'engineering', location: '2栋电梯', description: '电梯困人，有人被困在里面！', emergency: true })
  setNow(sh('2026-11-30 12:00'))
})
afterAll(() => {
  h.close()
  jest.useRealTimers()
})

const month = { period: 'month', date: '2026-11-30' }

it('S1 H1 dispatch on time follows the dispatch rule’s own verdict; the emergency intake (H1-E) is on time', async () => {
  const events = await h.docs('events', { action: 'dispatch' })
  expect(Object.fromEntries(events.map((e: any) => [e.complaintId, e.data.onTime]))).toEqual({
    [ids.A]: true,
    [ids.B]: false,
    [ids.D]: true,
  })
  const f = (await h.report(U.manager)('report.period', month)).figures
  expect(f.dispatchOnTime).toMatchObject({ numerator: 2, denominator: 3 })
  const late = await h.report(U.manager)('report.complaints', { filter: { ...month, clock: 'dispatch', onTime: false } })
  expect(late).toMatchObject({ total: 1, items: [{ id: ids.B }] })
})

it('S1 H4 F3 a reopened complaint counts its standing result on the deadline set when it reopened', async () => {
  const f = (await h.report(U.manager)('report.period', month)).figures
  expect(f.handlingOnTime).toMatchObject({ numerator: 2, denominator: 2, value: 1 })
  expect(f.reopenRate).toMatchObject({ numerator: 1, denominator: 2, value: 0.5 })
  // Handling time is WorkCalendar.workdaysBetween(acceptance, standing result): A 2 (3, 4 Nov), B 7 (4–6, 9–12 Nov).
  const cal = new WorkCalendar()
  const [a] = await h.docs('complaints', { _id: ids.A })
  const [b] = await h.docs('complaints', { _id: ids.B })
  expect([cal.workdaysBetween(a.acceptedAt, a.resolvedAt), cal.workdaysBetween(b.acceptedAt, b.resolvedAt)]).toEqual([2, 7])
  expect(f.handlingDays.median.value).toBe(2)
  expect(f.handlingDays.p90.value).toBe(7)
  expect(f.satisfaction).toMatchObject({ numerator: 2, denominator: 2 })
  expect(f.returnVisitCoverage).toMatchObject({ numerator: 2, denominator: 2 })
})

it('S1 A4-R4 a refused repeat counts in the repeat rate and under its ground; an open emergency past 24 hours is overdue', async () => {
  const f = (await h.report(U.manager)('report.period', month)).figures
  expect(f.total.value).toBe(4)
  expect(f.repeatRate).toMatchObject({ numerator: 1, denominator: 4, value: 0.25 })
  expect(f.refusals.byGround.find((g: any) => g.key === 'A4-R4').value).toBe(1)
  expect(f.emergency.value).toBe(1)
  expect(f.openOverdue.value).toBe(1)
  const repeats = await h.report(U.manager)('report.complaints', { filter: { ...month, repeat: true } })
  expect(repeats.items.map((c: any) => c.id)).toEqual([ids.C])
})

it('S2 finds the recurring place and the department and handler with a dissatisfied complaint', async () => {
  const w = await h.report(U.manager)('report.weakPoints', month)
  expect(w.pairs).toEqual([
    expect.objectContaining({
      kind: 'location_category',
      key: 'cleaning:3栋大堂',
      label: '3栋大堂 · 清洁卫生',
      count: expect.objectContaining({ value: 2 }),
    }),
  ])
  expect(w.departments.map((d: any) => [d.key, d.overdue.value, d.dissatisfied.value])).toEqual([
    ['engineering', 1, 0],
    ['cleaning', 0, 1],
  ]) // equal scores: the overdue first
  expect(w.handlers).toEqual([
    expect.objectContaining({
      kind: 'handler',
      key: U.cleaning,
      overdue: expect.objectContaining({ value: 0 }),
      dissatisfied: expect.objectContaining({ value: 1 }),
    }),
  ])
})
