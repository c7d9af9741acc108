/**
 * S2 weak points by facility kind (issue 18), through the built functions: complaints about the
 * lifts of two buildings — neither place recurring on its own — show up together as a recurring
 * lift problem in report.weakPoints, the exact places beside it; a department's supervisor sees
 * only their department's.
 */
import { setNow, U } from '../helpers/emulator'
import { startReportHarness, type ReportHarness } from '../helpers/report'

const month = { period: 'month', date: '2026-11-30' }
let h: ReportHarness

beforeAll(async () => {
  setNow('2026-10-20T02:00:00Z')
  h = await startReportHarness()
  const file = async (who: string, category: string, location: string, dept: string) => {
    const c = await h.as(who)('complaint.submit', { category, location, description: '电梯又坏了，停在半层不动，按钮没反应。' })
    await h.as(U.agent)('complaint.act', { id: c.id, action: 'accept', departmentCode: dept })
  }
  await file(U.zhou, 'engineering', '7栋电梯', 'engineering') // the previous month
  setNow('2026-11-10T02:00:00Z')
  await file(U.wangli, 'engineering', '5栋1单元电梯', 'engineering')
  await file(U.chen, 'engineering', '10栋2单元电梯', 'engineering')
  await file(U.liu, 'cleaning', '10栋2单元电梯', 'cleaning')
  await file(U.zhao, 'parking', '地下车库', 'parking')
  await file(U.sun, 'engineering', '3栋2单元1502', 'engineering')
}, 60_000)
afterAll(() => h.close())

it('S2 given lifts of two buildings complained of, the weak points show one recurring lift problem with its places', async () => {
  const w = await h.report(U.manager)('report.weakPoints', month)
  expect(w.pairs).toEqual([]) // no single place recurs in one category
  expect(w.facilityKinds).toEqual([
    {
      facilityKind: 'elevator',
      label: '电梯',
      count: expect.objectContaining({ value: 3, previous: 1 }),
      placeCount: 2,
      places: [
        { location: '10栋2单元电梯', n: 2 },
        { location: '5栋1单元电梯', n: 1 },
      ],
      categories: [
        { category: 'engineering', categoryLabel: '工程维修', n: 2 },
        { category: 'cleaning', categoryLabel: '清洁卫生', n: 1 },
      ],
    },
  ])
})

it("S2 a department's supervisor sees the facility kinds of their department's complaints only", async () => {
  const w = await h.report(U.cleaningSupervisor)('report.weakPoints', month)
  expect(w.facilityKinds).toEqual([]) // one lift complaint in 保洁部: not recurring
  const e = await h.report(U.engineeringSupervisor)('report.weakPoints', month)
  expect(e.facilityKinds.map((k: any) => [k.label, k.count.value, k.placeCount])).toEqual([['电梯', 2, 2]])
})
