/**
 * Issue 16 from rollups (issue 17): the company comparison's rows are, for random complaints and
 * dispatch events of several estates at any "now", the figures the aggregation pipelines give over
 * each estate's own complaints (domain/pipelines.ts evaluated by mingo, as the emulator does), and
 * the total is the pipelines' over all of them; the worksheet carries the same rows.
 */
import fc from 'fast-check'
import { Aggregator } from 'mingo'
import { WorkCalendar } from '../../cloudfunctions/complaint/domain/calendar'
import type { Complaint } from '../../cloudfunctions/complaint/domain/model'
import { recountRollups, type CountedEvent } from '../../cloudfunctions/complaint/domain/rollup'
import { companyComparison, ratio, type CompanyRow, type EstateInfo } from '../../cloudfunctions/report/domain/company'
import { companySheets } from '../../cloudfunctions/report/domain/company-sheets'
import { workdayTable, type FactParams } from '../../cloudfunctions/report/domain/facts'
import { periodFigures, type DispatchRow } from '../../cloudfunctions/report/domain/figures'
import { periodOf } from '../../cloudfunctions/report/domain/period'
import { periodStages, type PeriodRow, type Stage } from '../../cloudfunctions/report/domain/pipelines'
import { DEFAULT_DEPARTMENTS } from '@shared/departments'
import { storedComplaint, TO } from '../helpers/rollup-arbitraries'

const run = <T>(docs: object[], stages: Stage[]) => new Aggregator(stages, { idKey: '_id', scriptEnabled: false }).run(docs) as T[]
const november = periodOf('month', '2026-11-15')
const CODES = ['north', 'south', 'east']
const KNOWN: EstateInfo[] = [
  { code: 'north', name: '北苑', address: '', households: 400 },
  { code: 'south', name: '南苑', address: '', households: 0 },
]

const scenario = fc.record({
  cs: fc.array(fc.tuple(storedComplaint, fc.constantFrom(...CODES)), { maxLength: 40 }),
  late: fc.array(fc.boolean(), { maxLength: 40 }),
  now: fc.integer({ min: november.start, max: TO + 20 * 86_400_000 }),
})

/** The pipelines' figures over `cs` and their dispatch events (S1, H1). */
function pipelineFigures(cs: Complaint[], events: CountedEvent[], now: number) {
  const facts: FactParams = { start: november.start, now, workdays: workdayTable(new WorkCalendar(), november.start, now) }
  const inPeriod = cs.filter((c) => c.createdAt >= november.start && c.createdAt < november.end)
  const rows = run<PeriodRow>(inPeriod, periodStages(facts, DEFAULT_DEPARTMENTS))
  const dispatched = events.filter((e) => e.at >= november.start && e.at < november.end)
  const dispatch: DispatchRow[] = dispatched.length
    ? [{ _id: 1, n: dispatched.length, late: dispatched.filter((e) => e.data?.onTime === false).length }]
    : []
  return periodFigures(rows, dispatch, DEFAULT_DEPARTMENTS)
}

const figuresOf = (r: CompanyRow) => ({
  complaints: r.complaints,
  dispatchOnTime: r.dispatchOnTime,
  handlingOnTime: r.handlingOnTime,
  satisfaction: r.satisfaction,
  reopenRate: r.reopenRate,
})
const asRow = (f: ReturnType<typeof pipelineFigures>) => ({
  complaints: f.total.value,
  dispatchOnTime: ratio(f.dispatchOnTime.numerator, f.dispatchOnTime.denominator),
  handlingOnTime: ratio(f.handlingOnTime.numerator, f.handlingOnTime.denominator),
  satisfaction: ratio(f.satisfaction.numerator, f.satisfaction.denominator),
  reopenRate: ratio(f.reopenRate.numerator, f.reopenRate.denominator),
})

it('gives each estate the figures the pipelines give over its own complaints and dispatches, and the company those over all', () => {
  fc.assert(
    fc.property(scenario, ({ cs, late, now }) => {
      const complaints = cs.map(([c, estate], i) => ({ ...c, _id: `c${i}`, estate }))
      // A dispatch event an hour after creation for every dispatched complaint; some of them late.
      const events = complaints
        .filter((c) => c.departmentCode)
        .map((c, i) => ({
          action: 'dispatch',
          at: c.createdAt + 3_600_000,
          estate: c.estate,
          data: { departmentCode: c.departmentCode, onTime: !late[i] },
        }))
      const docs = [...recountRollups(complaints, events, 0).values()].filter(
        (d) => d.dept === '*' && d.day >= november.firstDay && d.day <= november.lastDay,
      )
      const overdue = new Map(CODES.map((code, i) => [code, i + 1]))
      const r = companyComparison(november, now, KNOWN, docs, overdue)
      for (const row of r.rows) {
        const mine = complaints.filter((c) => c.estate === row.estate)
        const f = pipelineFigures(
          mine,
          events.filter((e) => e.estate === row.estate),
          now,
        )
        expect([row.estate, figuresOf(row)]).toEqual([row.estate, asRow(f)])
        expect(row.openOverdue).toBe(overdue.get(row.estate))
      }
      expect(figuresOf(r.total)).toEqual(asRow(pipelineFigures(complaints, events, now)))
      // Estates on record are listed even without complaints; others only when the rollups name them.
      expect(r.rows.map((x) => x.estate)).toEqual(
        CODES.filter((c) => KNOWN.some((k) => k.code === c) || docs.some((d) => d.estate === c)).sort(),
      )
    }),
    { numRuns: 150 },
  )
})

it('gives complaints per 100 households only with households, and the total only when every estate has them', () => {
  const r = companyComparison(november, november.end, [{ code: 'north', name: '北苑', address: '', households: 400 }], [], new Map())
  expect(r.rows[0]).toMatchObject({ complaints: 0, per100: 0, openOverdue: 0, handlingOnTime: { value: null } })
  expect(r.total.per100).toBe(0)
  const two = companyComparison(november, november.end, KNOWN, [], new Map())
  expect(two.rows.map((x) => x.per100)).toEqual([0, null])
  expect(two.total.per100).toBeNull()
})

it('writes the comparison as one sheet: a row per estate, then the company total', () => {
  const r = companyComparison(november, november.end, KNOWN, [], new Map([['north', 3]]))
  const [sheet] = companySheets(r)
  expect(sheet.name).toBe('各小区对比')
  expect(sheet.rows.map((x) => [x[0], x[1], x[3], x[13]])).toEqual([
    ['north', '北苑', 0, 3],
    ['south', '南苑', 0, 0],
    ['', '全公司', 0, 3],
  ])
})
