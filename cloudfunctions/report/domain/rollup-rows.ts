/**
 * The report's rows from rollups (issue 17): the rollups of the two periods' days are summed per
 * period, and the counters that depend on "now" or on the calendar are resolved here — open
 * complaints past their handling deadline (`oo.t<due>`), return visits due (`rv.t<due>`), and
 * handling time from (acceptance day, result day) pairs through the working-day table — giving
 * exactly the rows the aggregation pipelines gave (domain/pipelines.ts), which figures.ts and
 * weak-points.ts turn into the answer. Pure.
 */
import { flatCounters, fromFieldKey, type Counters, type RollupDoc } from '../../complaint/domain/rollup'
import type { DispatchRow } from './figures'
import type { WorkdayTable } from './facts'
import type { Period } from './period'
import { HIST_MAX, type PairRow, type PeriodRow, type ResponsibilityRow } from './pipelines'

/** The rollups of the two periods summed: [previous, current]. */
export function sumByPeriod(docs: readonly RollupDoc[], period: Period): [Counters, Counters] {
  const sums: [Counters, Counters] = [{}, {}]
  for (const d of docs) flatCounters(d.c, '', sums[d.day >= period.firstDay ? 1 : 0])
  return sums
}

/** Handler names from the rollups (a handler's latest name wins, as `$max` picked one before). */
export function handlerNames(docs: readonly RollupDoc[]): Map<string, string> {
  const names = new Map<string, string>()
  for (const d of docs) for (const [k, v] of Object.entries(d.names ?? {})) if (v > (names.get(k) ?? '')) names.set(k, v)
  return names
}

/** The entries of `sums` under `prefix.` as (rest of path, value). */
function under(sums: Counters, prefix: string): [string, number][] {
  const p = `${prefix}.`
  return Object.entries(sums)
    .filter(([k]) => k.startsWith(p))
    .map(([k, v]) => [k.slice(p.length), v])
}

/** Counts kept by instant (`t<ms>`) that are past at `now`. */
const pastAt = (sums: Counters, prefix: string, now: number) =>
  under(sums, prefix).reduce((s, [k, v]) => (now > Number(k.slice(1)) ? s + v : s), 0)

/** Working days of each (acceptance day, result day) pair → histogram counters `hd_<n>`, `hd_over`, `hd_unknown`. */
function handlingHistogram(sums: Counters, w: WorkdayTable): Counters {
  const out: Counters = { hd_over: 0, hd_unknown: 0 }
  for (let h = 0; h <= HIST_MAX; h++) out[`hd_${h}`] = 0
  for (const [key, v] of under(sums, 'hd')) {
    const [a, r] = key.slice(1).split('_').map(Number)
    const ai = a - w.baseDay
    const ri = r - w.baseDay
    if (ai < 0 || ri < ai || ri >= w.ordinals.length) {
      out.hd_unknown += v
      continue
    }
    const h = w.ordinals[ri] - w.ordinals[ai]
    out[h > HIST_MAX ? 'hd_over' : `hd_${h}`] += v
  }
  return out
}

/** The (location, category) pairs of a period's sums. */
function pairsOf(sums: Counters): PeriodRow['pairs'] {
  return under(sums, 'loc')
    .filter(([, n]) => n > 0)
    .map(([k, n]) => {
      const dot = k.lastIndexOf('.')
      return { location: fromFieldKey(k.slice(0, dot)), category: k.slice(dot + 1), n }
    })
}

/** One period's row as periodStages gave it: `n`, the named counters, and the pairs. */
export function periodRow(sums: Counters, p: 0 | 1, now: number, w: WorkdayTable): PeriodRow {
  const row: PeriodRow = { _id: p, n: sums.n ?? 0, pairs: pairsOf(sums) }
  for (const [prefix, name] of [
    ['ch', 'ch_'],
    ['tier', 'tier_'],
    ['dept', 'dept_'],
    ['g', 'g_'],
    ['urged', 'urged_'],
    ['urgedAgain', 'urgedAgain_'],
    ['wr', 'wr_'],
  ])
    for (const [k, v] of under(sums, prefix)) row[`${name}${k}`] = v
  for (const k of ['emergency', 'repeat', 'resulted', 'reopened', 'standing', 'late', 'dissatisfied']) row[k] = sums[k] ?? 0
  let covered = 0
  for (let l = 1; l <= 5; l++) covered += row[`lv_${l}`] = sums[`lv.l${l}`] ?? 0
  row.covered = covered
  row.visitDue = (sums.vd ?? 0) + pastAt(sums, 'rv', now)
  row.openOverdue = pastAt(sums, 'oo', now)
  return Object.assign(row, handlingHistogram(sums, w))
}

/** S1's rows from the two periods' sums (a period without complaints has no row, as before). */
export function periodRows(sums: [Counters, Counters], now: number, w: WorkdayTable): PeriodRow[] {
  return ([0, 1] as const).filter((p) => (sums[p].n ?? 0) > 0).map((p) => periodRow(sums[p], p, now, w))
}

/** H1's rows: dispatch events counted per period. */
export function dispatchRows(sums: [Counters, Counters]): DispatchRow[] {
  return ([0, 1] as const)
    .filter((p) => (sums[p]['dsp.n'] ?? 0) > 0)
    .map((p) => ({ _id: p, n: sums[p]['dsp.n'], late: sums[p]['dsp.late'] ?? 0 }))
}

/** Binary order of two strings (as the database sorts them). */
const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)

/** S2: pairs with at least `min` complaints in the current period, most first (then category, location), at most `limit`. */
export function recurringRows(sums: [Counters, Counters], min: number, limit: number): PairRow[] {
  const before = new Map(pairsOf(sums[0]).map((x) => [`${x.category}\u0000${x.location}`, x.n]))
  return pairsOf(sums[1])
    .filter((x) => x.n >= min)
    .sort((a, b) => b.n - a.n || cmp(a.category, b.category) || cmp(a.location, b.location))
    .slice(0, limit)
    .map((x) => ({
      _id: { location: x.location, category: x.category },
      n: x.n,
      before: before.get(`${x.category}\u0000${x.location}`) ?? 0,
    }))
}

/** S2: (period, department, handler) rows: complaints, overdue (late or open past the deadline now), dissatisfied. */
export function responsibilityRows(sums: [Counters, Counters], now: number, names: Map<string, string>): ResponsibilityRow[] {
  const rows: ResponsibilityRow[] = []
  for (const p of [0, 1] as const) {
    const keys = new Set(under(sums[p], 'h').map(([k]) => k.slice(0, k.indexOf('.'))))
    for (const key of keys) {
      const h = Object.fromEntries(under(sums[p], `h.${key}`))
      if (!h.n) continue
      const [dept, handler] = fromFieldKey(key).split('~')
      const overdue = (h.late ?? 0) + pastAt(Object.fromEntries(under(sums[p], `h.${key}`)), 'oo', now)
      rows.push({ _id: { p, dept, handler }, handlerName: names.get(key) ?? '', n: h.n, overdue, dissatisfied: h.dis ?? 0 })
    }
  }
  return rows
}
