/**
 * The `report` function (docs/REPORTS.md), one function per action: S1 figures, S2 weak points,
 * S3 corrective and preventive actions, drill-down lists — and the .xlsx exports, which the `export`
 * function serves. Shapes come from the functions' own types, so the pages render exactly what they answer.
 */
import { callExport, callReport } from './api'
import type { Page } from './types'
import type { PeriodReport } from '../../cloudfunctions/report/domain/figures'
import type { PeriodKind } from '../../cloudfunctions/report/domain/period'
import type { DrillFilter } from '../../cloudfunctions/report/domain/filters'
import type { FacilityKindPoint, RecurringPair, ResponsibilityPoint, WeakPointRef } from '../../cloudfunctions/report/actions/weak-points'
import type { DrillRow } from '../../cloudfunctions/report/actions/drilldown'
import type { EmergencyReport } from '../../cloudfunctions/report/actions/emergencies'
import type { ActionNote, ActionStatus, ImprovementAction } from '../../cloudfunctions/report/actions/improvement'
import type { PublicReport } from '../../cloudfunctions/report/domain/public-report'

export type {
  PeriodReport,
  PeriodKind,
  DrillFilter,
  FacilityKindPoint,
  RecurringPair,
  ResponsibilityPoint,
  WeakPointRef,
  DrillRow,
  ActionNote,
  ActionStatus,
}
export type { Breakdown, Count, Percentile, Rate } from '../../cloudfunctions/report/domain/figures'
export type { Period } from '../../cloudfunctions/report/domain/period'
export type { EmergencyReport }

/** Which period and department a report is about (a supervisor's department is fixed by the server). */
export interface PeriodQuery {
  period: PeriodKind
  date: string
  departmentCode?: string
}

/** Issue 14: the period's emergencies — count, minutes to 接警, acknowledged and responded in time — by department. */
export function getEmergencyReport(q: PeriodQuery): Promise<EmergencyReport> {
  return callReport('report.emergencies', q)
}

/** S1: the figures of a period and their change against the previous one. */
export function getPeriodReport(q: PeriodQuery): Promise<PeriodReport> {
  return callReport('report.period', q)
}

export interface WeakPoints {
  period: PeriodReport['period']
  previous: PeriodReport['previous']
  scope: PeriodReport['scope']
  pairs: RecurringPair[]
  /** Issue 18: the same pairs' places rolled up by facility kind (电梯, 门禁 …), the exact places beside. */
  facilityKinds: FacilityKindPoint[]
  departments: ResponsibilityPoint[]
  handlers: ResponsibilityPoint[]
}

/** S2: recurring place + category pairs, facility kinds, departments and handlers with overdue or dissatisfied complaints. */
export function getWeakPoints(q: PeriodQuery): Promise<WeakPoints> {
  return callReport('report.weakPoints', q)
}

/** The complaints behind a figure, newest first, phones masked. */
export function drillDown(filter: DrillFilter, page = 1, pageSize = 20): Promise<Page<DrillRow>> {
  return callReport('report.complaints', { filter, page, pageSize })
}

/** One month of an action's weak-point figure (S3 effect). */
export interface EffectPoint {
  key: string
  label: string
  baseline: boolean
  complaints: number
  overdue: number
  dissatisfied: number
  value: number
}

/** A corrective or preventive action as the function shows it. */
export interface ActionView extends ImprovementAction {
  id: string
  statusLabel: string
  kindLabel: string
  departmentName: string
  overdue: boolean
  effect: EffectPoint[]
}

export interface NewAction {
  weakPoint: WeakPointRef
  title: string
  owner: string
  deadline: string
  kind: 'corrective' | 'preventive'
  departmentCode?: string
}

/** S3: records a corrective or preventive action against a weak point. */
export function createAction(input: NewAction): Promise<ActionView> {
  return callReport('action.create', input)
}

/** S3: appends a follow-up note and sets the status. */
export function updateAction(id: string, status: ActionStatus, note: string): Promise<ActionView> {
  return callReport('action.update', { id, status, note })
}

/** S3: the caller's actions, newest first. */
export function listActions(status?: ActionStatus): Promise<{ items: ActionView[] }> {
  return callReport('action.list', status ? { status } : {})
}

/** An .xlsx file the function saved; `url` is temporary. */
export interface ExportFile {
  fileID: string
  url: string
  fileName: string
  rows?: number
}

/** The registration form of one complaint as .xlsx (V2). */
export function exportForm(id: string): Promise<ExportFile> {
  return callExport('export.form', { id })
}

/** The complaints of a drill-down filter as .xlsx. */
export function exportComplaints(filter: DrillFilter): Promise<ExportFile> {
  return callExport('export.complaints', { filter })
}

/** The period report as .xlsx (figures only). */
export function exportReport(q: PeriodQuery): Promise<ExportFile> {
  return callExport('export.report', q)
}

export type { PublicReport, PublicCell, PublicRate } from '../../cloudfunctions/report/domain/public-report'

/** S4: the manager publishes a finished month's figures to residents (公示), frozen; `month` is `YYYY-MM`. */
export function publishPublicReport(month: string): Promise<PublicReport> {
  return callReport('publicReport.publish', { month })
}

/** S4: the latest published monthly report, for every resident; null before the first. */
export function getLatestPublicReport(): Promise<PublicReport | null> {
  return callReport('publicReport.latest')
}
