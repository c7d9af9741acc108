/**
 * How the company comparison reads on screen (issue 16): counts, per-100-household figures and
 * rates as report.company gives them, plain numbers or the period report's objects. Presentation only.
 */
import type { CompanyCount, CompanyRate, CompanyRow } from '@/services/company'

/** A count as a number (the period report's Count carries it in `value`). */
export function countOf(c: CompanyCount | undefined): number | null {
  if (c === undefined || c === null) return null
  return typeof c === 'number' ? c : c.value
}

/** A rate as a fraction 0…1, or null when there was nothing to divide. */
export function rateOf(r: CompanyRate | undefined): number | null {
  if (r === undefined || r === null) return null
  return typeof r === 'number' ? r : r.value
}

/** "96.2%", or "—" when there was nothing to divide. */
export function percentText(r: CompanyRate | undefined): string {
  const v = rateOf(r)
  return v === null ? '—' : `${(v * 100).toFixed(1).replace(/\.0$/, '')}%`
}

/** A count, or "—". */
export function countText(c: CompanyCount | undefined): string {
  const v = countOf(c)
  return v === null ? '—' : String(v)
}

/** Complaints per 100 households with one decimal, or "—" when the roster is empty. */
export function per100Text(v: number | null | undefined): string {
  return v === null || v === undefined ? '—' : v.toFixed(1).replace(/\.0$/, '')
}

/** A column of the comparison: its heading, how a row reads in it, and the number it sorts by. */
export interface Column {
  key: keyof CompanyRow
  title: string
  text: (r: Partial<CompanyRow>) => string
  sortValue: (r: CompanyRow) => number | null
}

export const COLUMNS: Column[] = [
  { key: 'households', title: '户数', text: (r) => countText(r.households), sortValue: (r) => r.households },
  { key: 'complaints', title: '投诉', text: (r) => countText(r.complaints), sortValue: (r) => countOf(r.complaints) },
  { key: 'per100', title: '每百户', text: (r) => per100Text(r.per100), sortValue: (r) => r.per100 },
  { key: 'dispatchOnTime', title: '按时派单', text: (r) => percentText(r.dispatchOnTime), sortValue: (r) => rateOf(r.dispatchOnTime) },
  { key: 'handlingOnTime', title: '按时办结', text: (r) => percentText(r.handlingOnTime), sortValue: (r) => rateOf(r.handlingOnTime) },
  { key: 'satisfaction', title: '满意率', text: (r) => percentText(r.satisfaction), sortValue: (r) => rateOf(r.satisfaction) },
  { key: 'reopenRate', title: '重开率', text: (r) => percentText(r.reopenRate), sortValue: (r) => rateOf(r.reopenRate) },
  { key: 'openOverdue', title: '超期未结', text: (r) => countText(r.openOverdue), sortValue: (r) => countOf(r.openOverdue) },
]

/** Rows sorted by a column, highest first; rows without a value last; ties in the function's order. */
export function sortRows(rows: CompanyRow[], key: keyof CompanyRow | undefined): CompanyRow[] {
  const col = COLUMNS.find((c) => c.key === key)
  if (!col) return rows
  const v = (r: CompanyRow) => col.sortValue(r) ?? -Infinity
  return [...rows].sort((a, b) => v(b) - v(a))
}
