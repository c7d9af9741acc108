/**
 * The report's rows from rollups (issue 17): the rollups of the two periods' days are summed per
 * period, and the counters that depend on "now" or on the calendar are resolved here — open
 * complaints past their handling deadline (`oo.t<due>`), return visits due (`rv.t<due>`), and
 * handling time from (acceptance day, result day) pairs through the working-day table — giving
 * exactly the rows the aggregation pipelines gave (domain/pipelines.ts), which figures.ts and
 * weak-points.ts turn into the answer. Pure.
 */
import { HOTLINE_SATISFACTION } from '@shared/vocabulary'
import { flatCounters, fromFieldKey, type Counters, type RollupDoc } from '../../complaint/domain/rollup'
import type { DispatchRow } from './figures'
import type { WorkdayTable } from './facts'
import { HIST_MAX } from './histogram'
import type { MatterCountRow } from './matters'
import type { Period } from './period'
import type { PairRow, PeriodRow, ResponsibilityRow } from './pipelines'

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
  return Object.assign(row, handlingHistogram(sums, w), hotlineRow(sums, now))
}

/** W3, W4: the work orders' counters as hotlineCounters named them (a reply is due once given or once its deadline passed). */
function hotlineRow(sums: Counters, now: number): Counters {
  const row: Counters = { hl: sums.hl ?? 0, hlDue: (sums.hlr ?? 0) + pastAt(sums, 'hlw', now), hlOnTime: sums.hlOn ?? 0 }
  for (const k of Object.keys(HOTLINE_SATISFACTION)) row[`hlSat_${k}`] = sums[`hls.${k}`] ?? 0
  return row
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

/** Matter ids (issue 18) with complaints among `sums` under `prefix.` (each `…<matter>` counter > 0), by the path before the matter. */
function mattersUnder(sums: Counters, prefix: string): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>()
  for (const [k, v] of under(sums, prefix)) {
    if (v <= 0) continue
    const dot = k.lastIndexOf('.')
    const at = dot < 0 ? '' : k.slice(0, dot)
    let set = out.get(at)
    if (!set) out.set(at, (set = new Set()))
    set.add(k.slice(dot + 1))
  }
  return out
}

/** A period's S2 units per (category, location): complaints in no matter, plus each matter once (`matters` by place key). */
function unitsOf(
  sums: Counters,
  matters: Map<string, Set<string>>,
  skip?: Map<string, Set<string>>,
): Map<string, PairRow['_id'] & { n: number }> {
  const units = new Map<string, PairRow['_id'] & { n: number }>()
  const unit = (location: string, category: string) => {
    const key = `${category}\u0000${location}`
    let u = units.get(key)
    if (!u) units.set(key, (u = { location, category, n: 0 }))
    return u
  }
  for (const x of pairsOf(sums)) unit(x.location, x.category).n += x.n
  for (const [k, v] of under(sums, 'ml')) {
    // `<place>.<category>.<matter>`: the place and the matter are escaped field keys, without dots.
    const [place, category] = k.split('.')
    unit(fromFieldKey(place), category).n -= v
  }
  for (const [at, ids] of matters) {
    const dot = at.lastIndexOf('.')
    const u = unit(fromFieldKey(at.slice(0, dot)), at.slice(dot + 1))
    for (const id of ids) if (!skip?.get(at)?.has(id)) u.n += 1
  }
  return units
}

/**
 * S2: (location, category) rows with at least `min` units in the current period, most first (then
 * category, location), at most `limit` — a unit being a complaint in no matter or a matter (issue
 * 18), counted once per place and category, in the current period when any of its complaints there
 * is (recurringOnceStages). With `min` 0, places of the previous period only are rows too.
 */
export function recurringRows(sums: [Counters, Counters], min: number, limit: number): PairRow[] {
  const inCurrent = mattersUnder(sums[1], 'ml')
  const now = unitsOf(sums[1], inCurrent)
  const before = unitsOf(sums[0], mattersUnder(sums[0], 'ml'), inCurrent)
  return [...new Set([...now.keys(), ...before.keys()])]
    .map((k) => {
      const u = now.get(k) ?? before.get(k)!
      return { _id: { location: u.location, category: u.category }, n: now.get(k)?.n ?? 0, before: before.get(k)?.n ?? 0 }
    })
    .filter((x) => x.n >= min && x.n + x.before > 0)
    .sort((a, b) => b.n - a.n || cmp(a._id.category, b._id.category) || cmp(a._id.location, b._id.location))
    .slice(0, limit)
}

/** S1 (issue 18): complaints, those linked to a matter, and the distinct matters of each period, as matterCountStages gave them. */
export function matterCountRows(sums: [Counters, Counters]): MatterCountRow[] {
  return ([0, 1] as const)
    .filter((p) => (sums[p].n ?? 0) > 0)
    .map((p) => {
      const linked = under(sums[p], 'mt').filter(([, v]) => v > 0)
      return {
        _id: p,
        complaints: sums[p].n ?? 0,
        linked: linked.reduce((s, [, v]) => s + v, 0),
        matters: linked.map(([k]) => fromFieldKey(k)),
      }
    })
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
