/**
 * report.weakPoints (S2): where complaints recur and who has the most overdue or dissatisfied
 * ones, in the period and against the previous period (domain/weak-points.ts), and where the same
 * kind of facility keeps failing (domain/facility-kinds.ts). From the rollups of the two periods'
 * days (issue 17); a matter counts once at a place (issue 18, domain/rollup-rows.ts recurringRows).
 */
import { departmentName } from '@shared/departments'
import { handlerNames, recurringRows, responsibilityRows, sumByPeriod } from '../domain/rollup-rows'
import { departmentPoints, handlerPoints, MAX_ITEMS, RECURRING_MIN, recurringPairs } from '../domain/weak-points'
import { facilityKindPoints } from '../domain/facility-kinds'
import { rollupsOf } from '../infra/rollups'
import type { ReportContext } from './context'
import { periodSetup, type PeriodRequest } from './period'

export type { WeakPointKind, WeakPointRef } from '../domain/improvement'
export type { RecurringPair, ResponsibilityPoint } from '../domain/weak-points'
export type { FacilityKindPoint } from '../domain/facility-kinds'

/** Most (location, category) rows given to the facility kinds: every place of both periods, within reason. */
const PLACE_ROWS = 5000

/**
 * report.weakPoints `{ period, date, departmentCode? }` → recurring pairs, facility kinds (issue 18:
 * every place's rows, `min` 0, rolled up by kind), departments and handlers (S2).
 */
export async function weakPoints(payload: PeriodRequest, ctx: ReportContext) {
  const { period, previous, departmentCode } = await periodSetup(payload, ctx)
  const { departments } = await ctx.settings()
  const docs = await rollupsOf(previous.firstDay, period.lastDay, departmentCode, ctx.estate)
  const sums = sumByPeriod(docs, period)
  const pairs = recurringRows(sums, RECURRING_MIN, MAX_ITEMS)
  const places = recurringRows(sums, 0, PLACE_ROWS)
  const rows = responsibilityRows(sums, ctx.now, handlerNames(docs))
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
