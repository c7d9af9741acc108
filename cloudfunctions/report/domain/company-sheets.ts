/**
 * The company comparison as a worksheet (issue 16, export.company): a row per estate and the
 * company's total, the figures of report.company — figures only, no personal data. Pure.
 */
import type { Cell, SheetSpec } from './sheet'
import type { CompanyComparison, CompanyRow, Ratio } from './company'

const pct = (r: Ratio): Cell => (r.value === null ? '—' : `${(r.value * 100).toFixed(1)}%`)
const of = (r: Ratio): Cell => `${r.numerator}/${r.denominator}`

const HEADER = [
  '小区编号',
  '小区',
  '户数',
  '投诉',
  '每百户投诉',
  '按时派单（H1）',
  '派单',
  '按时办结（H4）',
  '办结',
  '满意率',
  '评价',
  '重开率（F3）',
  '有结果',
  '超期未结（当前）',
]

/** One row's cells, in HEADER's order. */
export function companyCells(r: CompanyRow): Cell[] {
  return [
    r.estate === '*' ? '' : r.code,
    r.name,
    r.households ?? '—',
    r.complaints,
    r.per100 ?? '—',
    pct(r.dispatchOnTime),
    of(r.dispatchOnTime),
    pct(r.handlingOnTime),
    of(r.handlingOnTime),
    pct(r.satisfaction),
    of(r.satisfaction),
    pct(r.reopenRate),
    of(r.reopenRate),
    r.openOverdue,
  ]
}

/** The comparison's sheet: estates in code order, then the company's total. */
export function companySheets(c: CompanyComparison): SheetSpec[] {
  return [
    {
      name: '各小区对比',
      title: `各小区对比 · ${c.period.label}`,
      header: HEADER,
      widths: [12, 20, 8, 8, 10, 12, 10, 12, 10, 10, 10, 12, 10, 14],
      rows: [...c.rows.map(companyCells), companyCells(c.total)],
    },
  ]
}
