/**
 * report.weakPoints (S2): where complaints recur and who has the most overdue or dissatisfied
 * ones, in the period and against the previous period (domain/weak-points.ts), and where the same
 * kind of facility keeps failing (domain/facility-kinds.ts). Three aggregations over the complaints
 * created in the two periods; a matter counts once at a place (issue 18, domain/matters.ts).
 */
import { departmentName } from '@shared/departments'
import { responsibilityStages, type PairRow, type ResponsibilityRow } from '../domain/pipelines'
import { recurringOnceStages } from '../domain/matters'
import { departmentPoints, handlerPoints, MAX_ITEMS, RECURRING_MIN, recurringPairs } from '../domain/weak-points'
import { facilityKindPoints } from '../domain/facility-kinds'
import { aggregateComplaints, createdIn } from '../infra/complaints'
import type { ReportContext } from './context'
import { periodSetup, type PeriodRequest } from './period'

export type { WeakPointKind, WeakPointRef } from '../domain/improvement'
export type { RecurringPair, ResponsibilityPoint } from '../domain/weak-points'
export type { FacilityKindPoint } from '../domain/facility-kinds'

/** Most (location, category) rows read for the facility kinds: every place of both periods, within reason. */
const PLACE_ROWS = 5000

/**
 * report.weakPoints `{ period, date, departmentCode? }` → recurring pairs, facility kinds (issue 18:
 * every place's rows, `min` 0, rolled up by kind), departments and handlers (S2).
 */
export async function weakPoints(payload: PeriodRequest, ctx: ReportContext) {
  const { period, previous, departmentCode, facts } = await periodSetup(payload, ctx)
  const { departments } = await ctx.settings()
  const range = { start: previous.start, end: period.end }
  const [pairs, rows, places] = await Promise.all([
    aggregateComplaints<PairRow>(createdIn(range, departmentCode, ctx.estate), recurringOnceStages(facts, RECURRING_MIN), MAX_ITEMS),
    aggregateComplaints<ResponsibilityRow>(createdIn(range, departmentCode, ctx.estate), responsibilityStages(facts), 5000),
    aggregateComplaints<PairRow>(createdIn(range, departmentCode, ctx.estate), recurringOnceStages(facts, 0), PLACE_ROWS),
  ])
  return {
    period,
    previous,
    scope: { departmentCode, departmentName: departmentCode ? departmentName(departments, departmentCode) : '全部部门' },
    pairs: recurringPairs(pairs),
    facilityKinds: facilityKindPoints(places),
    departments: departmentPoints(rows, departments),
    handlers: handlerPoints(rows, departments),
  }
}
