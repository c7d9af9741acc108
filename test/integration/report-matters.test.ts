/**
 * Issue 18 in the reports: a matter links complaints about one thing, so S2's recurring places
 * count it once, and S1's period report counts the matters beside the complaints. Stored
 * complaints (three of one matter, two on their own) read by the BUILT report function.
 */
import { setNow, U } from '../helpers/emulator'
import { startReportHarness, storeComplaint, type ReportHarness } from '../helpers/report'

let h: ReportHarness
const month = { period: 'month', date: '2026-11-15' }

beforeAll(async () => {
  setNow('2026-11-30T02:00:00Z')
  h = await startReportHarness()
  const lift = { category: 'engineering' as const, location: '3栋2单元电梯' }
  const matter = (lead: boolean) => ({ id: 'matter-1', no: 'SX20261110-0001', lead, at: Date.parse('2026-11-10T03:00:00Z') })
  storeComplaint(h, { ...lift, createdAt: '2026-11-10T02:00:00Z', matter: matter(true) })
  storeComplaint(h, { ...lift, createdAt: '2026-11-10T02:30:00Z', matter: matter(false) })
  storeComplaint(h, { ...lift, createdAt: '2026-11-10T03:00:00Z', matter: matter(false) })
  storeComplaint(h, { category: 'cleaning', location: '5栋大堂', createdAt: '2026-11-12T02:00:00Z' })
  storeComplaint(h, { category: 'cleaning', location: '5栋大堂', createdAt: '2026-11-13T02:00:00Z' })
})
afterAll(() => {
  h.close()
  jest.useRealTimers()
})

it('S2 a matter counts once at its place: three linked lift complaints are not a recurring pair, two separate ones are', async () => {
  const weak = await h.report(U.manager)('report.weakPoints', month)
  expect(weak.pairs.map((p: any) => [p.location, p.count.value])).toEqual([['5栋大堂', 2]])
})

it('S1 the period report counts both the complaints and the matters they form', async () => {
  const r = await h.report(U.manager)('report.period', month)
  expect(r.matters).toEqual({ complaints: 5, linked: 3, matters: 1, handledOnce: 3 })
})
