/**
 * report.weakPoints (S2): where complaints recur and who has the most overdue or dissatisfied
 * ones, in the period and against the previous period (domain/weak-points.ts). Two aggregations
 * over the complaints created in the two periods; a matter counts once at a place (issue 18).
 */
import { departmentName } from '@shared/departments'
import { responsibilityStages, type PairRow, type ResponsibilityRow } from '../domain/pipelines'
import { recurringOnceStages } from '../domain/matters'
import { departmentPoints, handlerPoints, MAX_ITEMS, RECURRING_MIN, recurringPairs } from '../domain/weak-points'
import { aggregateComplaints, createdIn } from '../infra/complaints'
import type { ReportContext } from './context'
import { periodSetup, type PeriodRequest } from './period'

export type { WeakPointKind, WeakPointRef } from '../domain/improvement'
export type { RecurringPair, ResponsibilityPoint } from '../domain/weak-points'

/** report.weakPoints `{ period, date, departmentCode? }` → recurring pairs, departments and handlers (S2). */
export async function weakPoints(payload: PeriodRequest, ctx: ReportContext) {
  const { period, previous, departmentCode, facts } = await periodSetup(payload, ctx)
  const { departments } = await ctx.settings()
  const range = { start: previous.start, end: period.end }
  const [pairs, rows] = await Promise.all([
    aggregateComplaints<PairRow>(createdIn(range, departmentCode), recurringOnceStages(facts, RECURRING_MIN), MAX_ITEMS),
    aggregateComplaints<ResponsibilityRow>(createdIn(range, departmentCode), responsibilityStages(facts), 5000),
  ])
  return {
    period,
    previous,
    scope: { departmentCode, departmentName: departmentCode ? departmentName(departments, departmentCode) : '全部部门' },
    pairs: recurringPairs(pairs),
    departments: departmentPoints(rows, departments),
    handlers: handlerPoints(rows, departments),
  }
}
