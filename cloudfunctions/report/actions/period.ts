/**
 * report.period — the S1 figures of one period and their change against the previous period
 * (G3-P6), from the rollups of the two periods' days (issue 17: one document per day for the
 * scope, however many complaints there are), resolved at "now" with the working-day calendar.
 */
import { departmentName } from '@shared/departments'
import { workdayTable, type FactParams } from '../domain/facts'
import { periodFigures, type PeriodReport } from '../domain/figures'
import { periodOf, previousPeriod } from '../domain/period'
import { dispatchRows, matterCountRows, periodRows, sumByPeriod } from '../domain/rollup-rows'
import { matterCounts, type MatterCounts } from '../domain/matters'
import { repairsSince, rollupsOf } from '../infra/rollups'
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

/** How long the manager is told of the nightly recount's repairs. */
const DRIFT_NOTICE_MS = 7 * 86_400_000

/** The manager's notice of rollups the nightly recount repaired (issue 17). */
function driftNotice(repairs: { day: string }[]): string {
  const days = [...new Set(repairs.map((r) => r.day))].sort()
  return `近 7 天夜间校对发现 ${repairs.length} 处统计与投诉记录不一致（${days.join('、')}），已按投诉记录修正。`
}

/** Computes the report of `estate` (shared with the .xlsx export and the company's drill-down, issue 16). */
export async function computePeriod(payload: PeriodRequest, ctx: ReportContext, estate = ctx.estate): Promise<PeriodWithMatters> {
  const { period, previous, departmentCode, facts, warnings } = await periodSetup(payload, ctx)
  const { departments } = await ctx.settings()
  const [docs, repairs] = await Promise.all([
    rollupsOf(previous.firstDay, period.lastDay, departmentCode, estate),
    ctx.actor.role === 'manager' ? repairsSince(ctx.now - DRIFT_NOTICE_MS, estate) : Promise.resolve([]),
  ])
  const sums = sumByPeriod(docs, period)
  return {
    period,
    previous,
    scope: { departmentCode, departmentName: departmentCode ? departmentName(departments, departmentCode) : '全部部门' },
    generatedAt: ctx.now,
    figures: periodFigures(periodRows(sums, ctx.now, facts.workdays), dispatchRows(sums), departments),
    matters: matterCounts(matterCountRows(sums)),
    warnings: repairs.length ? [...warnings, driftNotice(repairs)] : warnings,
  }
}

/** report.period `{ period: 'day'|'week'|'month'|'quarter', date: 'YYYY-MM-DD', departmentCode? }` → PeriodReport. */
export async function periodReport(payload: PeriodRequest, ctx: ReportContext): Promise<PeriodWithMatters> {
  return computePeriod(payload, ctx)
}
