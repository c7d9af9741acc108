/**
 * report.emergencies — the emergencies of a period (issue 14, H1-E, H4-3): count, minutes to
 * acknowledgement (median, p90, worst), acknowledged within the escalation step, responded to
 * within the response time, for the office and by department (docs/REPORTS.md).
 */
import { departmentName } from '@shared/departments'
import { emergencyFigures, emergencyStages, type EmergencyFigures, type EmergencyRow } from '../domain/emergencies'
import { periodOf, type Period } from '../domain/period'
import { aggregateComplaints, createdIn } from '../infra/complaints'
import { scopeOf, type ReportContext } from './context'

export interface EmergencyReport {
  period: Period
  scope: { departmentCode: string | null; departmentName: string }
  /** The escalation step the "acknowledged within" share counts against, in minutes. */
  withinMinutes: number
  /** The response time the "responded in time" share counts against, in hours. */
  responseHours: number
  total: EmergencyFigures
  byDepartment: EmergencyFigures[]
}

/** `{ period, date, departmentCode? }` as report.period takes them. @throws FORBIDDEN, INVALID_INPUT. */
export async function emergencyReport(
  payload: { period?: string; date?: string; departmentCode?: string },
  ctx: ReportContext,
): Promise<EmergencyReport> {
  const period = periodOf(String(payload?.period ?? ''), String(payload?.date ?? ''))
  const departmentCode = scopeOf(ctx, payload?.departmentCode)
  const settings = await ctx.settings()
  const withinMinutes = settings.alerts.escalateMinutes
  const match = { ...createdIn(period, departmentCode, ctx.estate), emergency: true }
  const rows = await aggregateComplaints<EmergencyRow>(match, emergencyStages(withinMinutes), 20)
  return {
    period,
    scope: { departmentCode, departmentName: departmentCode ? departmentName(settings.departments, departmentCode) : '全部部门' },
    withinMinutes,
    responseHours: settings.deadlines.emergencyResponseHours,
    ...emergencyFigures(rows, settings.departments),
  }
}
