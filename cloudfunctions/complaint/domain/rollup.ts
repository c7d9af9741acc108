/**
 * Rollups (issue 17): the report's counters per estate, Shanghai day and department, kept in step
 * with the complaints. Pure. A complaint counts in the rollup of the day it was created (the
 * report's cohort rule, docs/REPORTS.md) under its current department and under `*` (all
 * departments); a dispatch event counts on the day and to the department it names (H1).
 *
 * What a complaint contributes is a function of the complaint alone (`cohortCounters`), so the
 * change a transition makes is "what `after` contributes − what `before` did" (`rollupDelta`):
 * every transition, present or future, is covered without being listed. Figures that depend on
 * "now" are kept as counts by instant (`oo.t<due>`: open with this handling deadline; `rv.t<due>`:
 * awaiting a return visit due then), and handling time by (acceptance day, result day) pairs
 * (`hd.d<a>_<r>`), turned into working days with the calendar when the report is read — so the
 * figures are those of the complaints themselves, at any "now" and with any later calendar change.
 */
import { DISSATISFIED_MAX } from '@shared/thresholds'
import { RESULT_STANDS, SUPERVISED } from '@shared/status-groups'
import { DEFAULT_ESTATE } from '@shared/matters'
import type { Complaint } from './model'

/** The estate a complaint belongs to until estates exist (issue 16 fills `estate`): shared/matters.ts. */
export { DEFAULT_ESTATE }
/** The department key of the rollup that counts every department. */
export const ALL_DEPARTMENTS = '*'

/** Counter path (dot-separated, as the database's update paths) → amount. */
export type Counters = Record<string, number>

const DAY_MS = 86_400_000
const SHANGHAI_OFFSET_MS = 8 * 3_600_000
/** Shanghai day number (days since 1970-01-01 in UTC+8) of an instant. */
export const dayNumberOf = (at: number) => Math.floor((at + SHANGHAI_OFFSET_MS) / DAY_MS)
/**
 * The Shanghai calendar day of an instant, `YYYY-MM-DD` (calendar.ts dayOf without the time-zone
 * library: Asia/Shanghai has had no daylight saving since 1991, and rollups are counted by the
 * hundred thousand in a recount or a migration).
 */
const dayOf = (at: number) => new Date(at + SHANGHAI_OFFSET_MS).toISOString().slice(0, 10)

/**
 * A free text (a location, an OPENID) as one segment of a field path: `%`, `.` and `$` escaped,
 * prefixed by `_` so it is never empty and never starts with `$`. `fromFieldKey` reverses it.
 */
export const fieldKey = (text: string) => `_${text.replace(/[%.$]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`)}`
export const fromFieldKey = (key: string) => decodeURIComponent(key.slice(1))

/** The minimal complaint fields the counters read (stored complaints may lack optional ones). */
export type Counted = Pick<Complaint, 'status' | 'channel' | 'category' | 'tier' | 'location' | 'createdAt'> &
  Partial<Complaint> & { estate?: string }

/** The estate of a complaint (DEFAULT_ESTATE until issue 16). */
export const estateOf = (c: { estate?: string }) => c.estate ?? DEFAULT_ESTATE

/** The department key a complaint counts under (`none`: not dispatched). */
export const departmentKeyOf = (c: Counted) => c.departmentCode ?? 'none'

/** S1: the latest result stands (given, and not sent back to handling since). */
export const standingOf = (c: Counted) => (c.resolvedAt ?? 0) > 0 && RESULT_STANDS.includes(c.status)
/** F2: the standing result was rated (by the complainant or a staff return visit recorded for it). */
export const ratedOf = (c: Counted) => standingOf(c) && (c.rating?.level ?? 0) > 0 && (c.rating?.at ?? 0) >= (c.resolvedAt ?? 0)
/** H4: the standing result came after its handling deadline (no deadline: on time). */
export const lateOf = (c: Counted) =>
  standingOf(c) && (c.deadlines?.handlingDueAt ?? 0) > 0 && (c.resolvedAt ?? 0) > c.deadlines!.handlingDueAt!
/** F3: rated dissatisfied at least once. */
export const dissatisfiedOf = (c: Counted) => (c.ratings ?? []).some((r) => r.level <= DISSATISFIED_MAX)
/** The handling deadline of a complaint whose handling clock runs (V1, H4), or 0. */
const openDueOf = (c: Counted) => (SUPERVISED.includes(c.status) ? (c.deadlines?.handlingDueAt ?? 0) : 0)

type Add = (path: string) => void

/** What the complaint is: channel, tier, department, place + category, emergency, refusal, repeat (A4-R4). */
function intakeCounters(c: Counted, add: Add): void {
  add('n')
  add(`ch.${c.channel}`)
  add(`tier.${c.tier}`)
  add(`dept.${departmentKeyOf(c)}`)
  add(`loc.${fieldKey(c.location ?? '')}.${c.category}`)
  if (c.emergency === true) add('emergency')
  if (c.refusal?.ground) add(`g.${c.refusal.ground}`)
  if (c.refusal?.ground === 'A4-R4' || c.repeatOf) add('repeat')
}

/** The standing result: H4 on time, handling time as (acceptance day, result day), rating, F2 return visit. */
function standingCounters(c: Counted, add: Add): void {
  add('standing')
  if (lateOf(c)) add('late')
  add(`hd.d${dayNumberOf(c.acceptedAt ?? c.createdAt)}_${dayNumberOf(c.resolvedAt ?? 0)}`)
  const rated = ratedOf(c)
  if (rated) add(`lv.l${c.rating!.level}`)
  // F2: due once rated or no longer waiting (return visit, closed, escalated); else when its window ends.
  if (rated || c.status !== 'resolved') add('vd')
  else add(`rv.t${c.deadlines?.returnVisitDueAt ?? 0}`)
}

/** Results and reopenings (F3), the standing result, dissatisfaction, and the open handling clock by deadline. */
function outcomeCounters(c: Counted, add: Add): void {
  const resulted = (c.resolvedAt ?? 0) > 0
  if (resulted) add('resulted')
  if (resulted && (c.reopenCount ?? 0) > 0) add('reopened')
  if (standingOf(c)) standingCounters(c, add)
  if (dissatisfiedOf(c)) add('dissatisfied')
  if (openDueOf(c) > 0) add(`oo.t${openDueOf(c)}`)
}

/**
 * Issue 18: a complaint linked to a matter counts under the matter too — `mt.<matter>` (S1: the
 * matters a period's complaints form) and `ml.<place>.<category>.<matter>` (S2: a matter counted once
 * at each place and category) — so a report can count each matter once over any set of days.
 */
function matterCounters(c: Counted, add: Add): void {
  const id = c.matter?.id
  if (!id) return
  add(`mt.${fieldKey(id)}`)
  add(`ml.${fieldKey(c.location ?? '')}.${c.category}.${fieldKey(id)}`)
}

/**
 * W3, W4: a 12345 work order (`hl`), its reply (`hlr`; by the hotline's deadline `hlOn`) or, while
 * none was sent, its deadline (`hlw.t<due>`: due once passed), and the hotline's result (`hls.<result>`).
 */
function hotlineCounters(c: Counted, add: Add): void {
  const h = c.hotline
  const isOrder = c.channel === 'hotline' && (h?.dueAt ?? 0) > 0
  if (h?.satisfaction?.result) add(`hls.${h.satisfaction.result}`)
  if (!isOrder) return
  add('hl')
  if ((h!.reply?.at ?? 0) > 0) {
    add('hlr')
    if (h!.reply!.at <= h!.dueAt) add('hlOn')
  } else add(`hlw.t${h!.dueAt}`)
}

/** C2 urges (per department) and C3 withdrawals (by reason). */
function residentCounters(c: Counted, add: Add): void {
  const urges = c.urges?.length ?? 0
  if (urges > 0) add(`urged.${departmentKeyOf(c)}`)
  if (urges > 1) add(`urgedAgain.${departmentKeyOf(c)}`)
  if (c.withdrawal?.reason) add(`wr.${c.withdrawal.reason}`)
}

/** S2 per department and handler (`none`: never assigned): complaints, late, dissatisfied, open by deadline. */
function handlerCounters(c: Counted, add: Add): void {
  const h = `h.${fieldKey(`${departmentKeyOf(c)}~${c.assignee?.openid ?? 'none'}`)}`
  add(`${h}.n`)
  if (lateOf(c)) add(`${h}.late`)
  if (dissatisfiedOf(c)) add(`${h}.dis`)
  if (openDueOf(c) > 0) add(`${h}.oo.t${openDueOf(c)}`)
}

/**
 * What one complaint contributes to the rollup of its creation day (the definitions of
 * docs/REPORTS.md, the same as report/domain/facts.ts): counts by channel, tier, department,
 * place + category, refusal ground, outcome, rating, urges, withdrawal, per handler, per matter
 * (issue 18) and the 12345 work order (W3, W4).
 */
export function cohortCounters(c: Counted): Counters {
  const out: Counters = {}
  const add: Add = (path) => {
    out[path] = (out[path] ?? 0) + 1
  }
  intakeCounters(c, add)
  outcomeCounters(c, add)
  residentCounters(c, add)
  handlerCounters(c, add)
  matterCounters(c, add)
  hotlineCounters(c, add)
  return out
}

/** One rollup document's change: its id, its key fields, counters to add, handler names to set. */
export interface RollupDelta {
  /** `<YYYY-MM-DD>|<estate>|<department or *>`: deterministic, so a transaction reaches it by id. */
  id: string
  day: string
  estate: string
  dept: string
  inc: Counters
  names: Record<string, string>
}

/** The id of the rollup of `day` (Shanghai), `estate` and department key `dept` (or ALL_DEPARTMENTS). */
export const rollupId = (day: string, estate: string, dept: string) => `${day}|${estate}|${dept}`

/** An event as the rollup reads it (H1: dispatch events count on their own day, to their department). */
export interface CountedEvent {
  action: string
  at: number
  data?: Record<string, unknown>
}

type Target = (day: string, estate: string, dept: string) => RollupDelta

/** A map of deltas by id, and the function that finds or adds one. */
function deltas(): { out: Map<string, RollupDelta>; target: Target } {
  const out = new Map<string, RollupDelta>()
  const target: Target = (day, estate, dept) => {
    const id = rollupId(day, estate, dept)
    let d = out.get(id)
    if (!d) out.set(id, (d = { id, day, estate, dept, inc: {}, names: {} }))
    return d
  }
  return { out, target }
}

/** H1: each dispatch event counts on its own day, to the department it names and to `*`. */
function addDispatches(target: Target, estate: string, events: readonly CountedEvent[]): void {
  for (const e of events) {
    if (e.action !== 'dispatch') continue
    const dept = typeof e.data?.departmentCode === 'string' ? e.data.departmentCode : 'none'
    for (const key of [dept, ALL_DEPARTMENTS]) {
      const d = target(dayOf(e.at), estate, key)
      d.inc['dsp.n'] = (d.inc['dsp.n'] ?? 0) + 1
      if (e.data?.onTime === false) d.inc['dsp.late'] = (d.inc['dsp.late'] ?? 0) + 1
    }
  }
}

/** Adds (`sign` 1) or takes away (−1) what `c` contributes, on its department's rollup and on `*`. */
function addCohort(target: Target, c: Counted, sign: 1 | -1): void {
  const day = dayOf(c.createdAt)
  const counters = cohortCounters(c)
  for (const dept of [departmentKeyOf(c), ALL_DEPARTMENTS]) {
    const d = target(day, estateOf(c), dept)
    for (const [k, v] of Object.entries(counters)) d.inc[k] = (d.inc[k] ?? 0) + sign * v
    if (sign === 1 && c.assignee?.name) d.names[fieldKey(`${departmentKeyOf(c)}~${c.assignee.openid}`)] = c.assignee.name
  }
}

/** The deltas that move something (zero counters and unmoved documents left out). */
function moved(out: Map<string, RollupDelta>): RollupDelta[] {
  const kept: RollupDelta[] = []
  for (const d of out.values()) {
    for (const k of Object.keys(d.inc)) if (d.inc[k] === 0) delete d.inc[k]
    if (Object.keys(d.inc).length) kept.push(d)
  }
  return kept
}

/**
 * The rollup changes of one change of a complaint: `after`'s contribution added and `before`'s
 * taken away (null `before`: a new complaint), on its department's rollup and on `*`, plus the
 * dispatch `events` written with the change. Documents whose counters do not move are left out.
 */
export function rollupDelta(before: Counted | null, after: Counted, events: readonly CountedEvent[] = []): RollupDelta[] {
  const { out, target } = deltas()
  if (before) addCohort(target, before, -1)
  addCohort(target, after, 1)
  addDispatches(target, estateOf(after), events)
  return moved(out)
}

/** A stored rollup document (collection `rollups`): nested counters under `c`, handler names under `names`. */
export interface RollupDoc {
  _id: string
  day: string
  estate: string
  dept: string
  c: Record<string, unknown>
  names?: Record<string, string>
  updatedAt?: number
}

/** The counters of a stored rollup as flat paths (zeros left out). */
export function flatCounters(tree: Record<string, unknown> | undefined, prefix = '', out: Counters = {}): Counters {
  for (const [k, v] of Object.entries(tree ?? {})) {
    const path = prefix ? `${prefix}.${k}` : k
    if (typeof v === 'number') {
      if (v !== 0) out[path] = (out[path] ?? 0) + v
    } else if (v && typeof v === 'object') flatCounters(v as Record<string, unknown>, path, out)
  }
  return out
}

/** Flat counter paths as the nested object a stored rollup keeps under `c`. */
export function nestCounters(flat: Counters): Record<string, unknown> {
  const root: Record<string, unknown> = {}
  for (const [path, v] of Object.entries(flat)) {
    const parts = path.split('.')
    let node = root
    for (const p of parts.slice(0, -1)) node = (node[p] ??= {}) as Record<string, unknown>
    node[parts[parts.length - 1]] = v
  }
  return root
}

/** Adds `delta` to a stored rollup (or to none yet): the document as it is after the change. Pure. */
export function applyDelta(doc: RollupDoc | null, delta: RollupDelta, at: number): RollupDoc {
  const flat = flatCounters(doc?.c)
  for (const [k, v] of Object.entries(delta.inc)) flat[k] = (flat[k] ?? 0) + v
  return {
    _id: delta.id,
    day: delta.day,
    estate: delta.estate,
    dept: delta.dept,
    c: nestCounters(flat),
    names: { ...(doc?.names ?? {}), ...delta.names },
    updatedAt: at,
  }
}

/**
 * The rollups of a set of complaints and of dispatch events, built from nothing (the migration,
 * the nightly recount): document id → document.
 */
export function recountRollups(
  complaints: readonly Counted[],
  dispatches: readonly (CountedEvent & { estate?: string })[],
  at: number,
): Map<string, RollupDoc> {
  const { out, target } = deltas()
  for (const c of complaints) addCohort(target, c, 1)
  for (const e of dispatches) addDispatches(target, estateOf(e), [e])
  const docs = new Map<string, RollupDoc>()
  for (const d of moved(out)) docs.set(d.id, applyDelta(null, d, at))
  return docs
}
