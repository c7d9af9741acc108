/**
 * The S1 figures from the aggregation rows: counts, rates, handling-time percentiles, and each
 * figure's change against the previous period. Pure. Rates are fractions 0…1 (null when the
 * denominator is 0); a rate's change is the difference of the two fractions (0.05 = 5 points).
 */
import { CATEGORIES, CHANNELS, REFUSAL_GROUNDS, SATISFACTION, TIERS, WITHDRAWAL_REASONS, label } from '@shared/vocabulary'
import type { DepartmentCode } from '@shared/vocabulary'
import { departmentName, type Department } from '@shared/departments'
import { SATISFIED_MIN } from '@shared/thresholds'
import type { Period } from './period'
import { HIST_MAX } from './histogram'
import type { PeriodRow } from './pipelines'
import { hotlineFigures, type HotlineFigures } from './hotline'

/** A count in the period, the previous period, and the change (`changePct` null when previous is 0). */
export interface Count {
  value: number
  previous: number
  change: number
  changePct: number | null
}
/** A count broken down by a key, with its Chinese label. */
export interface Breakdown extends Count {
  key: string
  label: string
}
/** A ratio: numerator over denominator, now and before. */
export interface Rate {
  numerator: number
  denominator: number
  value: number | null
  previous: { numerator: number; denominator: number; value: number | null }
  change: number | null
}
/** Handling time in working days (nearest-rank percentiles; `over` when it lies beyond the histogram). */
export interface Percentile {
  value: number | null
  over: boolean
  previous: number | null
  change: number | null
}

const round = (x: number, digits = 4) => Math.round(x * 10 ** digits) / 10 ** digits

export function count(value: number, previous: number): Count {
  return { value, previous, change: value - previous, changePct: previous ? round((value - previous) / previous) : null }
}

export function rate(num: number, den: number, pNum: number, pDen: number): Rate {
  const value = den ? round(num / den) : null
  const prev = pDen ? round(pNum / pDen) : null
  return {
    numerator: num,
    denominator: den,
    value,
    previous: { numerator: pNum, denominator: pDen, value: prev },
    change: value !== null && prev !== null ? round(value - prev) : null,
  }
}

/** Counter value of a row (0 when the period had no complaints). */
const v = (row: PeriodRow | undefined, name: string) => Number(row?.[name] ?? 0)

/**
 * Nearest-rank percentile of the handling-time histogram: the smallest number of working days
 * that at least `q` (0…1) of the standing results did not exceed.
 */
export function percentile(row: PeriodRow | undefined, q: number): { value: number | null; over: boolean } {
  let n = v(row, 'hd_over')
  for (let h = 0; h <= HIST_MAX; h++) n += v(row, `hd_${h}`)
  if (!n) return { value: null, over: false }
  const rank = Math.ceil(q * n)
  let seen = 0
  for (let h = 0; h <= HIST_MAX; h++) {
    seen += v(row, `hd_${h}`)
    if (seen >= rank) return { value: h, over: false }
  }
  return { value: null, over: true }
}

function pct(cur: PeriodRow | undefined, prev: PeriodRow | undefined, q: number): Percentile {
  const a = percentile(cur, q)
  const b = percentile(prev, q)
  return { value: a.value, over: a.over, previous: b.value, change: a.value !== null && b.value !== null ? a.value - b.value : null }
}

function breakdown(
  table: Record<string, string>,
  prefix: string,
  cur?: PeriodRow,
  prev?: PeriodRow,
  extra: Record<string, string> = {},
): Breakdown[] {
  const labels = { ...table, ...extra }
  return Object.keys(labels).map((key) => ({ key, label: labels[key], ...count(v(cur, prefix + key), v(prev, prefix + key)) }))
}

/**
 * S1 by department: every department settings list (by its name there), and `none` (未派单); a removed
 * department only in periods it had complaints in.
 */
function byDepartment(departments: readonly Department[], cur?: PeriodRow, prev?: PeriodRow): Breakdown[] {
  const shown = departments.filter((d) => !d.removed || v(cur, `dept_${d.code}`) || v(prev, `dept_${d.code}`))
  return breakdown(Object.fromEntries(shown.map((d) => [d.code, d.name])), 'dept_', cur, prev, { none: '未派单' })
}

/** Sums pair counts by a key function (category or location). */
function byPairs(row: PeriodRow | undefined, key: (x: PeriodRow['pairs'][number]) => string): Map<string, number> {
  const m = new Map<string, number>()
  for (const x of row?.pairs ?? []) m.set(key(x), (m.get(key(x)) ?? 0) + x.n)
  return m
}

/** How many locations the report lists (most complaints first). */
export const TOP_LOCATIONS = 20

export interface PeriodFigures {
  total: Count
  emergency: Count
  byCategory: Breakdown[]
  byDepartment: Breakdown[]
  byChannel: Breakdown[]
  byTier: Breakdown[]
  byLocation: Breakdown[]
  /** Distinct locations in the period (the list shows the first TOP_LOCATIONS). */
  locations: number
  refusals: { total: Count; byGround: Breakdown[] }
  dispatchOnTime: Rate
  handlingOnTime: Rate
  handlingDays: { median: Percentile; p90: Percentile; count: Count; unknown: number }
  satisfaction: Rate
  satisfactionLevels: Breakdown[]
  returnVisitCoverage: Rate
  repeatRate: Rate
  reopenRate: Rate
  openOverdue: Count
  /** C2: complaints urged at least once over those created (催办率), urged more than once, by department. */
  urges: { rate: Rate; repeated: Count; byDepartment: UrgeBreakdown[] }
  /** C3: complaints withdrawn by the complainant, by reason — counted apart, never handled or rated. */
  withdrawals: { total: Count; byReason: Breakdown[] }
  /** W3, W4: 12345 work orders — how many, replies on time, the hotline's satisfaction. */
  hotline: HotlineFigures
}

/** C2: one department's urge figures (`none`: complaints not dispatched). */
export interface UrgeBreakdown {
  key: string
  label: string
  rate: Rate
  repeated: Count
}

/** What report.period answers. */
export interface PeriodReport {
  period: Period
  previous: Period
  scope: { departmentCode: DepartmentCode | null; departmentName: string }
  /** When the figures were computed (open clocks are judged at this instant), ms UTC. */
  generatedAt: number
  figures: PeriodFigures
  /** Chinese notes on figures that could not be computed in full (e.g. an unknown holiday year). */
  warnings: string[]
}

/** Dispatch events counted per period (`_id` 1 current, 0 previous). */
export interface DispatchRow {
  _id: 0 | 1
  n: number
  late: number
}

const LEVELS = [5, 4, 3, 2, 1] as const
const n = (r?: PeriodRow) => Number(r?.n ?? 0)
const sum = (r: PeriodRow | undefined, names: string[]) => names.reduce((s, k) => s + v(r, k), 0)
const HIST = [...Array.from({ length: HIST_MAX + 1 }, (_, h) => `hd_${h}`), 'hd_over']
/** S1: standing results rated SATISFIED_MIN or more, and all rated ones. */
const satisfied = (r?: PeriodRow) =>
  sum(
    r,
    LEVELS.filter((l) => l >= SATISFIED_MIN).map((l) => `lv_${l}`),
  )
const rated = (r?: PeriodRow) =>
  sum(
    r,
    LEVELS.map((l) => `lv_${l}`),
  )
/** A rate of two counters of the rows: `num` over `den`, now and before. */
const rateOf = (cur: PeriodRow | undefined, prev: PeriodRow | undefined, num: (r?: PeriodRow) => number, den: (r?: PeriodRow) => number) =>
  rate(num(cur), den(cur), num(prev), den(prev))
const counter = (name: string) => (r?: PeriodRow) => v(r, name)

/** Complaints by category (from the location/category pairs) and the TOP_LOCATIONS places with most complaints. */
function byPlace(cur?: PeriodRow, prev?: PeriodRow): Pick<PeriodFigures, 'byCategory' | 'byLocation' | 'locations'> {
  const curCat = byPairs(cur, (x) => x.category)
  const prevCat = byPairs(prev, (x) => x.category)
  const curLoc = byPairs(cur, (x) => x.location)
  const prevLoc = byPairs(prev, (x) => x.location)
  return {
    byCategory: Object.keys(CATEGORIES).map((key) => ({
      key,
      label: label(CATEGORIES, key),
      ...count(curCat.get(key) ?? 0, prevCat.get(key) ?? 0),
    })),
    byLocation: [...curLoc.entries()]
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .slice(0, TOP_LOCATIONS)
      .map(([key, value]) => ({ key, label: key, ...count(value, prevLoc.get(key) ?? 0) })),
    locations: curLoc.size,
  }
}

/** H1: dispatches on time over all dispatches, per period. */
function dispatchOnTime(dispatch: DispatchRow[]): Rate {
  const [dc, dp] = [1, 0].map((p) => dispatch.find((r) => r._id === p) ?? { n: 0, late: 0 })
  return rate(dc.n - dc.late, dc.n, dp.n - dp.late, dp.n)
}

/** H4 and F2: handling on time, handling time, satisfaction and its levels, return-visit coverage. */
function outcomes(cur?: PeriodRow, prev?: PeriodRow) {
  const onTime = (r?: PeriodRow) => v(r, 'standing') - v(r, 'late')
  const hist = (r?: PeriodRow) => sum(r, HIST)
  return {
    handlingOnTime: rateOf(cur, prev, onTime, counter('standing')),
    handlingDays: {
      median: pct(cur, prev, 0.5),
      p90: pct(cur, prev, 0.9),
      count: count(hist(cur), hist(prev)),
      unknown: v(cur, 'hd_unknown'),
    },
    satisfaction: rateOf(cur, prev, satisfied, rated),
    satisfactionLevels: LEVELS.map((l) => ({ key: String(l), label: SATISFACTION[l], ...count(v(cur, `lv_${l}`), v(prev, `lv_${l}`)) })),
    returnVisitCoverage: rateOf(cur, prev, counter('covered'), counter('visitDue')),
  }
}

/** C2: the urge rate and repeated urges, office-wide and per department; C3: withdrawals by reason. */
function residentFigures(
  departments: readonly Department[],
  cur?: PeriodRow,
  prev?: PeriodRow,
): Pick<PeriodFigures, 'urges' | 'withdrawals'> {
  const depts = [
    ...departments.filter((d) => !d.removed || v(cur, `dept_${d.code}`) || v(prev, `dept_${d.code}`)).map((d) => d.code),
    'none',
  ]
  const all = (prefix: string) => (r?: PeriodRow) =>
    sum(
      r,
      depts.map((k) => `${prefix}${k}`),
    )
  const reasons = Object.keys(WITHDRAWAL_REASONS).map((k) => `wr_${k}`)
  return {
    urges: {
      rate: rateOf(cur, prev, all('urged_'), n),
      repeated: count(all('urgedAgain_')(cur), all('urgedAgain_')(prev)),
      byDepartment: depts.map((k) => ({
        key: k,
        label: k === 'none' ? '未派单' : departmentName(departments, k),
        rate: rateOf(cur, prev, counter(`urged_${k}`), counter(`dept_${k}`)),
        repeated: count(v(cur, `urgedAgain_${k}`), v(prev, `urgedAgain_${k}`)),
      })),
    },
    withdrawals: { total: count(sum(cur, reasons), sum(prev, reasons)), byReason: breakdown(WITHDRAWAL_REASONS, 'wr_', cur, prev) },
  }
}

/** Assembles S1's figures from the period rows and the dispatch rows, by the office's `departments` (periodStages counted them). */
export function periodFigures(rows: PeriodRow[], dispatch: DispatchRow[], departments: readonly Department[]): PeriodFigures {
  const cur = rows.find((r) => r._id === 1)
  const prev = rows.find((r) => r._id === 0)
  const grounds = Object.keys(REFUSAL_GROUNDS).map((g) => `g_${g}`)
  const both = (name: string) => count(v(cur, name), v(prev, name))
  return {
    total: count(n(cur), n(prev)),
    emergency: both('emergency'),
    ...byPlace(cur, prev),
    byDepartment: byDepartment(departments, cur, prev),
    byChannel: breakdown(CHANNELS, 'ch_', cur, prev),
    byTier: breakdown(TIERS, 'tier_', cur, prev),
    refusals: { total: count(sum(cur, grounds), sum(prev, grounds)), byGround: breakdown(REFUSAL_GROUNDS, 'g_', cur, prev) },
    dispatchOnTime: dispatchOnTime(dispatch),
    ...outcomes(cur, prev),
    repeatRate: rateOf(cur, prev, counter('repeat'), n),
    reopenRate: rateOf(cur, prev, counter('reopened'), counter('resulted')),
    openOverdue: both('openOverdue'),
    ...residentFigures(departments, cur, prev),
    hotline: hotlineFigures(cur, prev),
  }
}
