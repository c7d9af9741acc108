/**
 * S1 periods on the Shanghai calendar: weeks run Monday–Sunday, handling time counts PRC working
 * days (National Day 2026: 1–7 October off, Saturday 10 October worked), quarters and days, and
 * answers never stop at the cloud's default of 20 aggregation results.
 */
import { WorkCalendar } from '../../cloudfunctions/complaint/domain/calendar'
import { setNow, U } from '../helpers/emulator'
import { startReportHarness, storeComplaint, type ReportHarness } from '../helpers/report'

const sh = (t: string) => Date.parse(`${t.replace(' ', 'T')}:00+08:00`)
let h: ReportHarness

beforeEach(async () => {
  setNow(sh('2026-11-30 12:00'))
  h = await startReportHarness()
})
afterEach(() => {
  h.close()
  jest.useRealTimers()
})

/** A complaint accepted on creation and given its result at `resolved` (closed, satisfied). */
const handled = (created: string, resolved: string, extra = {}) =>
  storeComplaint(h, {
    createdAt: sh(created),
    acceptedAt: sh(created),
    resolvedAt: sh(resolved),
    status: 'closed',
    closure: 'satisfied',
    departmentCode: 'cleaning',
    ...extra,
  })

it('S1 counts handling time in working days across the National Day holiday week of 2026', async () => {
  // Week of Monday 28 September – Sunday 4 October.
  handled('2026-09-30 10:00', '2026-10-08 10:00') // 8 calendar days, 1 working day (8 Oct)
  handled('2026-09-29 10:00', '2026-10-09 10:00') // 30 Sep, 8, 9 Oct: 3
  handled('2026-10-02 10:00', '2026-10-10 10:00') // 8, 9, 10 (make-up Saturday): 3
  handled('2026-10-04 23:30', '2026-10-12 10:00') // Sunday 23:30 is still this week; 8, 9, 10, 12: 4
  handled('2026-10-05 00:10', '2026-10-06 10:00') // Monday 00:10 is next week
  const cal = new WorkCalendar()
  expect(
    [
      ['2026-09-30 10:00', '2026-10-08 10:00'],
      ['2026-09-29 10:00', '2026-10-09 10:00'],
      ['2026-10-02 10:00', '2026-10-10 10:00'],
      ['2026-10-04 23:30', '2026-10-12 10:00'],
    ].map(([a, b]) => cal.workdaysBetween(sh(a), sh(b))),
  ).toEqual([1, 3, 3, 4])
  const r = await h.report(U.manager)('report.period', { period: 'week', date: '2026-10-01' })
  expect(r.period).toMatchObject({
    key: '2026-09-28~2026-10-04',
    label: '2026年9月28日–10月4日',
    firstDay: '2026-09-28',
    lastDay: '2026-10-04',
  })
  expect(r.previous).toMatchObject({ key: '2026-09-21~2026-09-27' })
  expect(r.figures.total.value).toBe(4)
  // [1, 3, 3, 4]: median (2nd of 4) 3, 90th percentile (4th of 4) 4.
  expect(r.figures.handlingDays.median.value).toBe(3)
  expect(r.figures.handlingDays.p90.value).toBe(4)
  const three = await h.report(U.manager)('report.complaints', { filter: { period: 'week', date: '2026-10-01', handlingDays: 3 } })
  expect(three.total).toBe(2)
  const next = await h.report(U.manager)('report.period', { period: 'week', date: '2026-10-05' })
  expect(next.figures.total).toMatchObject({ value: 1, previous: 4 })
  expect(next.figures.handlingDays.median.value).toBe(0) // 5 and 6 October are holidays
})

it('S1 day and quarter periods use Shanghai midnights and the same kind of period before', async () => {
  handled('2026-10-01 00:05', '2026-10-01 09:00')
  handled('2026-09-30 23:55', '2026-10-01 09:00')
  const day = await h.report(U.manager)('report.period', { period: 'day', date: '2026-10-01' })
  expect(day.period).toMatchObject({ key: '2026-10-01', label: '2026年10月1日', start: Date.parse('2026-09-30T16:00:00Z') })
  expect(day.figures.total).toMatchObject({ value: 1, previous: 1 })
  const q = await h.report(U.manager)('report.period', { period: 'quarter', date: '2026-11-30' })
  expect(q.period).toMatchObject({ key: '2026-Q4', label: '2026年第4季度', firstDay: '2026-10-01', lastDay: '2026-12-31' })
  expect(q.previous).toMatchObject({ key: '2026-Q3' })
  expect(q.figures.total).toMatchObject({ value: 1, previous: 1 })
})

it('S1 answers are complete beyond the cloud aggregate default of 20 results', async () => {
  for (let i = 1; i <= 30; i++)
    storeComplaint(h, { createdAt: sh(`2026-11-${String(1 + (i % 28)).padStart(2, '0')} 10:00`), location: `${i}栋大堂` })
  const r = await h.report(U.manager)('report.period', { period: 'month', date: '2026-11-01' })
  expect(r.figures.total.value).toBe(30)
  expect(r.figures.locations).toBe(30)
  expect(r.figures.byLocation).toHaveLength(20) // the report lists the top 20 on purpose
  const page = await h.report(U.manager)('report.complaints', { filter: { period: 'month', date: '2026-11-01' }, pageSize: 50 })
  expect(page.total).toBe(30)
  expect(page.items).toHaveLength(30)
  const second = await h.report(U.manager)('report.complaints', { filter: { period: 'month', date: '2026-11-01' }, page: 2, pageSize: 20 })
  expect(second.items).toHaveLength(10)
})

it('S1 warns instead of guessing when a result falls in a year the holiday calendar does not know', async () => {
  setNow(sh('2027-01-05 12:00'))
  handled('2026-12-30 10:00', '2027-01-04 10:00')
  handled('2026-12-28 10:00', '2026-12-29 10:00')
  const r = await h.report(U.manager)('report.period', { period: 'month', date: '2026-12-01' })
  expect(r.figures.total.value).toBe(2)
  expect(r.figures.handlingDays).toMatchObject({ unknown: 1, median: { value: 1 } })
  expect(r.warnings).toEqual(['尚未录入 2027 年的法定节假日安排，2027-01-01 以后办结的投诉未计入处理时长。'])
})
