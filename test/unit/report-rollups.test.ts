/**
 * Issue 17: the report's rows from rollups are the rows the aggregation pipelines give over the
 * complaints themselves (domain/pipelines.ts, evaluated by mingo as the emulator does) — for
 * random complaints of two months, at any "now", whole office and per department — so reading
 * rollups changes no figure of S1 or S2 — with matters counted once (issue 18) and the 12345 work
 * orders' line (W3, W4); and the facts each complaint keeps for the drill-down
 * (`rf`) are the pipeline's facts.
 */
import fc from 'fast-check'
import { Aggregator } from 'mingo'
import { WorkCalendar } from '../../cloudfunctions/complaint/domain/calendar'
import type { Complaint } from '../../cloudfunctions/complaint/domain/model'
import { recountRollups } from '../../cloudfunctions/complaint/domain/rollup'
import { factFields, workdayTable, type FactParams } from '../../cloudfunctions/report/domain/facts'
import { KEPT_FACTS, reportFacts } from '../../cloudfunctions/complaint/domain/report-facts'
import { periodOf, previousPeriod } from '../../cloudfunctions/report/domain/period'
import { periodStages, responsibilityStages, type Stage } from '../../cloudfunctions/report/domain/pipelines'
import { matterCounts, matterCountStages, recurringOnceStages, type MatterCountRow } from '../../cloudfunctions/report/domain/matters'
import {
  handlerNames,
  matterCountRows,
  periodRows,
  recurringRows,
  responsibilityRows,
  sumByPeriod,
} from '../../cloudfunctions/report/domain/rollup-rows'
import { DEFAULT_DEPARTMENTS } from '@shared/departments'
import { storedComplaint, FROM, TO } from '../helpers/rollup-arbitraries'

const run = <T>(docs: object[], stages: Stage[]) => new Aggregator(stages, { idKey: '_id', scriptEnabled: false }).run(docs) as T[]
const november = periodOf('month', '2026-11-15')
const october = previousPeriod(november)
const calendar = new WorkCalendar()

/** The rows both ways for `cs` at `now`, for the whole office or one department. */
function both(cs: Complaint[], now: number, dept: string | null) {
  const inScope = cs.filter((c) => c.createdAt >= october.start && c.createdAt < november.end && (!dept || c.departmentCode === dept))
  const facts: FactParams = { start: november.start, now, workdays: workdayTable(calendar, october.start, Math.max(now, october.start)) }
  const docs = [...recountRollups(cs, [], 0).values()].filter(
    (d) => d.dept === (dept ?? '*') && d.day >= october.firstDay && d.day <= november.lastDay,
  )
  const sums = sumByPeriod(docs, november)
  return { inScope, facts, sums, docs }
}

const sortPairs = (rows: { pairs?: { location: string; category: string }[] }[]) =>
  rows.map((r) => ({
    ...r,
    pairs: [...(r.pairs ?? [])].sort((a, b) => `${a.category}|${a.location}`.localeCompare(`${b.category}|${b.location}`)),
  }))
const byKey = (rows: { _id: unknown }[]) => [...rows].sort((a, b) => JSON.stringify(a._id).localeCompare(JSON.stringify(b._id)))
/** Drops zero counters (the pipeline names every counter; the rollups only those that moved). */
const nonZero = (rows: object[]) => rows.map((r) => Object.fromEntries(Object.entries(r).filter(([, v]) => v !== 0)))

const scenario = fc.record({
  cs: fc.array(storedComplaint, { maxLength: 40 }),
  now: fc.integer({ min: november.start, max: TO + 20 * 86_400_000 }),
  dept: fc.option(fc.constantFrom(...DEFAULT_DEPARTMENTS.map((d) => d.code)), { nil: null }),
})

it('gives the period rows (S1) of the pipeline: every counter, the handling-time histogram and the place pairs', () => {
  expect(FROM).toBeLessThanOrEqual(october.start)
  fc.assert(
    fc.property(scenario, ({ cs, now, dept }) => {
      const { inScope, facts, sums } = both(cs, now, dept)
      const pipeline = run<object>(inScope, periodStages(facts, DEFAULT_DEPARTMENTS)).sort(
        (a, b) => (a as { _id: number })._id - (b as { _id: number })._id,
      )
      expect(nonZero(sortPairs(periodRows(sums, now, facts.workdays)))).toEqual(nonZero(sortPairs(pipeline as never)))
    }),
    { numRuns: 150 },
  )
})

it('gives the weak points rows (S2) of the pipeline: recurring pairs in order with a matter counted once, every place for the facility kinds, and overdue and dissatisfied by department and handler', () => {
  fc.assert(
    fc.property(scenario, ({ cs, now, dept }) => {
      const { inScope, facts, sums, docs } = both(cs, now, dept)
      expect(recurringRows(sums, 2, 20)).toEqual(run(inScope, [...recurringOnceStages(facts, 2), { $limit: 20 }]))
      expect(recurringRows(sums, 0, 5000)).toEqual(run(inScope, [...recurringOnceStages(facts, 0), { $limit: 5000 }]))
      const pipeline = run<{ _id: unknown; handlerName: string }>(inScope, responsibilityStages(facts))
      const fromRollups = responsibilityRows(sums, now, handlerNames(docs))
      expect(byKey(fromRollups)).toEqual(byKey(pipeline))
    }),
    { numRuns: 150 },
  )
})

it('S1 (issue 18): counts the complaints, those linked and the distinct matters of each period as the pipeline does', () => {
  fc.assert(
    fc.property(scenario, ({ cs, now, dept }) => {
      const { inScope, facts, sums } = both(cs, now, dept)
      const pipeline = run<MatterCountRow>(inScope, matterCountStages(facts))
      for (const p of [0, 1] as const) expect(matterCounts(matterCountRows(sums), p)).toEqual(matterCounts(pipeline, p))
    }),
    { numRuns: 150 },
  )
})

it('keeps on each complaint (rf) the facts the pipeline computes, so the drill-down by kept facts lists the same complaints', () => {
  fc.assert(
    fc.property(scenario, ({ cs, now }) => {
      const facts: FactParams = { start: november.start, now, workdays: workdayTable(calendar, october.start, now) }
      const computed = run<Record<string, number>>(cs, [{ $project: { _id: 0, ...factFields(facts) } }])
      cs.forEach((c, i) => {
        const kept = reportFacts(c) as unknown as Record<string, number>
        for (const name of KEPT_FACTS) expect([name, kept[name]]).toEqual([name, computed[i][name]])
      })
    }),
    { numRuns: 100 },
  )
})
