/**
 * Issue 16: the quality department's comparison of estates (report.company in the `report`
 * function, its .xlsx in the `export` function) — one row per estate for a period, read from the
 * statistics rollups. The numbers are the function's; pages only format them.
 */
import { callExport, callReport } from './api'
import type { ExportFile, PeriodQuery } from './report'

/**
 * A rate as report.company may give it: a fraction 0…1, null when there was nothing to divide, or
 * the period report's Rate object (its `value` is the fraction).
 */
export type CompanyRate = number | null | { value: number | null }

/** A count as a plain number or as the period report's Count object. */
export type CompanyCount = number | { value: number }

/** One estate's figures for the period. */
export interface CompanyRow {
  /** The estate's code (drill-down goes to its dashboard). */
  estate: string
  name: string
  households: number
  complaints: CompanyCount
  /** Complaints per 100 households of the roster (null when the roster is empty). */
  per100: number | null
  dispatchOnTime: CompanyRate
  handlingOnTime: CompanyRate
  satisfaction: CompanyRate
  reopenRate: CompanyRate
  openOverdue: CompanyCount
}

/** The comparison: a row per estate and the company's total (a row of the same figures, or a count). */
export interface CompanyReport {
  rows: CompanyRow[]
  total: Partial<CompanyRow> | number
  /** The period as the report names it (e.g. 2026年11月), when the function gives it. */
  period?: { label: string }
}

/** The period, and optionally one estate, the comparison is about. */
export interface CompanyQuery extends Omit<PeriodQuery, 'departmentCode'> {
  estate?: string
}

/** Compares the estates over a period (quality department, company administrator). */
export function getCompanyReport(q: CompanyQuery): Promise<CompanyReport> {
  return callReport('report.company', q)
}

/** The comparison as .xlsx. */
export function exportCompanyReport(q: CompanyQuery): Promise<ExportFile> {
  return callExport('export.company', q)
}
