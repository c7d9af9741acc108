/**
 * report.period — the S1 figures of one period and their change against the previous period,
 * computed by the database (G3-P6): one pass over the complaints created in the two periods
 * (indexed createdAt range) and one over their dispatch events (indexed action + at range).
 */
import { departmentName } from '@shared/departments'
import { workdayTable, type FactParams } from '../domain/facts'
import { periodFigures, type DispatchRow, type PeriodReport } from '../domain/figures'
import { periodOf, previousPeriod } from '../domain/period'
import { dispatchStages, periodStages, type PeriodRow } from '../domain/pipelines'
import { matterCounts, matterCountStages, type MatterCountRow, type MatterCounts } from '../domain/matters'
import { aggregateComplaints, aggregateEvents, createdIn, dispatchedIn } from '../infra/complaints'
import { scopeOf, type ReportContext } from './context'

export type { PeriodReport }

/** The period report with its count of matters beside the complaints (issue 18). */
export type PeriodWithMatters = PeriodReport & { matters: MatterCounts }

export interface PeriodRequest {
  period?: string
  date?: string
  departmentCode?: string
}

/** The two periods, the department scope and the fact parameters of a request. */
export async function periodSetup(payload: PeriodRequest, ctx: ReportContext) {
  const period = periodOf(String(payload?.period ?? ''), String(payload?.date ?? ''))
  const previous = previousPeriod(period)
  const departmentCode = scopeOf(ctx, payload?.departmentCode)
  const workdays = workdayTable(await ctx.calendar(), previous.start, Math.max(ctx.now, previous.start))
  const facts: FactParams = { start: period.start, now: ctx.now, workdays }
  const warnings = workdays.unknownFrom
    ? [`尚未录入 ${workdays.unknownFrom.slice(0, 4)} 年的法定节假日安排，${workdays.unknownFrom} 以后办结的投诉未计入处理时长。`]
    : []
  return { period, previous, departmentCode, facts, warnings }
}

/** Computes the report (shared with the .xlsx export). */
export async function computePeriod(payload: PeriodRequest, ctx: ReportContext): Promise<PeriodWithMatters> {
  const { period, previous, departmentCode, facts, warnings } = await periodSetup(payload, ctx)
  const both = { start: previous.start, end: period.end }
  const { departments } = await ctx.settings()
  const [rows, dispatch, matterRows] = await Promise.all([
    aggregateComplaints<PeriodRow>(createdIn(both, departmentCode, ctx.estate), periodStages(facts, departments), 2),
    aggregateEvents<DispatchRow>(dispatchedIn(both, departmentCode, ctx.estate), dispatchStages(period.start), 2),
    aggregateComplaints<MatterCountRow>(createdIn(both, departmentCode, ctx.estate), matterCountStages(facts), 2),
  ])
  return {
    period,
    previous,
    scope: { departmentCode, departmentName: departmentCode ? departmentName(departments, departmentCode) : '全部部门' },
    generatedAt: ctx.now,
    figures: periodFigures(rows, dispatch, departments),
    matters: matterCounts(matterRows),
    warnings,
  }
}

/** report.period `{ period: 'day'|'week'|'month'|'quarter', date: 'YYYY-MM-DD', departmentCode? }` → PeriodReport. */
export async function periodReport(payload: PeriodRequest, ctx: ReportContext): Promise<PeriodWithMatters> {
  return computePeriod(payload, ctx)
}
