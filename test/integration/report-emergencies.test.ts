/**
 * Issue 14 in the reports (report.emergencies, docs/REPORTS.md): emergencies of a period, minutes
 * from receipt to acknowledgement (median, p90, worst), acknowledged within the escalation step
 * and responded to within the response time (H4-3), for the office and by department — on
 * complaints that went through the built complaint function's lifecycle.
 */
import { setNow, U } from '../helpers/emulator'
import { startReportHarness, type ReportHarness } from '../helpers/report'

let h: ReportHarness
const T0 = Date.parse('2026-11-30T02:00:00Z') // Monday 10:00 in Shanghai
const at = (minutes: number) => T0 + minutes * 60_000

beforeEach(async () => {
  setNow(T0)
  h = await startReportHarness()
})
afterEach(() => {
  h.close()
  jest.useRealTimers()
})

/** Files an emergency at `filed` minutes; `ackBy` acknowledges it `after` minutes later (none: nobody). */
async function emergency(category: string, filed: number, ack?: { by: string; after: number }) {
  setNow(at(filed))
  const c = await h.as(U.wangli)('complaint.submit', { category, location: '3栋', description: '有人被困在电梯里出不来', emergency: true })
  if (ack) {
    setNow(at(filed + ack.after))
    await h.as(ack.by)('complaint.act', { id: c.id, action: 'acknowledge_emergency' })
  }
  return c
}

it('H1-E H4-3 counts emergencies, minutes to 接警 (median, p90, worst), within 5 minutes and within 2 hours, by department; a cleared flag is no emergency', async () => {
  await emergency('engineering', 0, { by: U.engineering, after: 3 })
  await emergency('engineering', 10, { by: U.engineeringSupervisor, after: 7 })
  await emergency('engineering', 20, { by: U.engineering, after: 150 }) // after the 2-hour response time
  await emergency('engineering', 30) // nobody yet
  await emergency('cleaning', 40, { by: U.cleaning, after: 1 })
  const cleared = await emergency('security', 50)
  await h.as(U.agent)('complaint.act', { id: cleared.id, action: 'clear_emergency', reason: '误报' })
  setNow(at(400))
  const r = await h.report(U.manager)('report.emergencies', { period: 'day', date: '2026-11-30' })
  expect(r).toMatchObject({ withinMinutes: 5, responseHours: 2 })
  expect(r.total).toMatchObject({
    count: 5,
    acknowledged: 4,
    open: 1,
    minutes: { median: 3, p90: 150, worst: 150 },
    acknowledgedWithin: { numerator: 2, denominator: 5, value: 0.4 },
    respondedInTime: { numerator: 3, denominator: 5, value: 0.6 },
  })
  expect(r.byDepartment.map((d: any) => [d.label, d.count, d.minutes.median, d.acknowledgedWithin.numerator])).toEqual([
    ['保洁部', 1, 1, 1],
    ['工程部', 4, 7, 1],
  ])
  const own = await h.report(U.engineeringSupervisor)('report.emergencies', { period: 'day', date: '2026-11-30' })
  expect(own.total.count).toBe(4)
  expect((await h.rawReport(U.engineering)('report.emergencies', { period: 'day', date: '2026-11-30' })).error.code).toBe('FORBIDDEN')
})
