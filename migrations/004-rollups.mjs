/**
 * Migration 004: rollups (issue 17). The reports now read the `rollups` collection — counters per
 * estate, Shanghai day and department that the complaint function moves in the transaction of
 * every change (cloudfunctions/complaint/domain/rollup.ts). This builds them from the complaints
 * and dispatch events stored before: each complaint counts on the day it was created, under its
 * department and under `*`; each dispatch event on its own day, to its department. A rollup that
 * already agrees is left alone, one that does not is rewritten, and one with nothing behind it is
 * emptied — so it is idempotent (a second run writes nothing) and safe after a partial run. It also
 * gives each complaint its report facts `rf` (domain/report-facts.ts), which the drill-down pages by.
 * Written on its own (a migration must not change meaning when the domain code does later); the
 * deploy tests check that it counts exactly as the complaint function does.
 */

/** DEFAULT_ESTATE of shared/matters.ts: the estate of complaints stored before issue 16. */
const ESTATE = 'default'
const ALL = '*'
const PAGE = 500
const DAY_MS = 86_400_000
const SHANGHAI_MS = 8 * 3_600_000
const RESULT_STANDS = ['resolved', 'return_visit', 'escalated', 'closed']
const SUPERVISED = ['accepted', 'dispatched', 'investigating', 'plan_pending', 'handling', 'reopened']
const DISSATISFIED_MAX = 2

const dayOf = (at) => new Date(at + SHANGHAI_MS).toISOString().slice(0, 10)
const dayNumber = (at) => Math.floor((at + SHANGHAI_MS) / DAY_MS)
export const fieldKey = (text) => `_${text.replace(/[%.$]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`)}`

const standingOf = (c) => (c.resolvedAt ?? 0) > 0 && RESULT_STANDS.includes(c.status)
const lateOf = (c) => standingOf(c) && (c.deadlines?.handlingDueAt ?? 0) > 0 && c.resolvedAt > c.deadlines.handlingDueAt
const ratedOf = (c) => standingOf(c) && (c.rating?.level ?? 0) > 0 && (c.rating?.at ?? 0) >= c.resolvedAt
const dissatisfiedOf = (c) => (c.ratings ?? []).some((r) => r.level <= DISSATISFIED_MAX)
const openDueOf = (c) => (SUPERVISED.includes(c.status) ? (c.deadlines?.handlingDueAt ?? 0) : 0)
const deptOf = (c) => c.departmentCode ?? 'none'

function intake(c, add) {
  for (const p of ['n', `ch.${c.channel}`, `tier.${c.tier}`, `dept.${deptOf(c)}`, `loc.${fieldKey(c.location ?? '')}.${c.category}`]) add(p)
  if (c.emergency === true) add('emergency')
  if (c.refusal?.ground) add(`g.${c.refusal.ground}`)
  if (c.refusal?.ground === 'A4-R4' || c.repeatOf) add('repeat')
}

function standing(c, add) {
  add('standing')
  if (lateOf(c)) add('late')
  add(`hd.d${dayNumber(c.acceptedAt ?? c.createdAt)}_${dayNumber(c.resolvedAt)}`)
  if (ratedOf(c)) add(`lv.l${c.rating.level}`)
  if (ratedOf(c) || c.status !== 'resolved') add('vd')
  else add(`rv.t${c.deadlines?.returnVisitDueAt ?? 0}`)
}

function outcome(c, add) {
  if ((c.resolvedAt ?? 0) > 0) add('resulted')
  if ((c.resolvedAt ?? 0) > 0 && (c.reopenCount ?? 0) > 0) add('reopened')
  if (standingOf(c)) standing(c, add)
  if (dissatisfiedOf(c)) add('dissatisfied')
  if (openDueOf(c) > 0) add(`oo.t${openDueOf(c)}`)
}

function resident(c, add) {
  const urges = c.urges?.length ?? 0
  if (urges > 0) add(`urged.${deptOf(c)}`)
  if (urges > 1) add(`urgedAgain.${deptOf(c)}`)
  if (c.withdrawal?.reason) add(`wr.${c.withdrawal.reason}`)
}

function handler(c, add) {
  const h = `h.${fieldKey(`${deptOf(c)}~${c.assignee?.openid ?? 'none'}`)}`
  add(`${h}.n`)
  if (lateOf(c)) add(`${h}.late`)
  if (dissatisfiedOf(c)) add(`${h}.dis`)
  if (openDueOf(c) > 0) add(`${h}.oo.t${openDueOf(c)}`)
}

/** Issue 18: a linked complaint under its matter, overall and per place + category. */
function matter(c, add) {
  const id = c.matter?.id
  if (!id) return
  add(`mt.${fieldKey(id)}`)
  add(`ml.${fieldKey(c.location ?? '')}.${c.category}.${fieldKey(id)}`)
}

/** W3, W4: the 12345 work order, its reply or its deadline, the hotline's result. */
function hotline(c, add) {
  const h = c.hotline
  if (h?.satisfaction?.result) add(`hls.${h.satisfaction.result}`)
  if (c.channel !== 'hotline' || !((h?.dueAt ?? 0) > 0)) return
  add('hl')
  if ((h.reply?.at ?? 0) > 0) {
    add('hlr')
    if (h.reply.at <= h.dueAt) add('hlOn')
  } else add(`hlw.t${h.dueAt}`)
}

/** What one stored complaint contributes (domain/rollup.ts cohortCounters): counter path → 1. */
export function counters(c) {
  const out = {}
  const add = (path) => (out[path] = (out[path] ?? 0) + 1)
  for (const part of [intake, outcome, resident, handler, matter, hotline]) part(c, add)
  return out
}

/** The report facts a complaint keeps (domain/report-facts.ts reportFacts). */
export function reportFacts(c) {
  const k = counters(c)
  const bit = (name) => (k[name] ? 1 : 0)
  const level = [1, 2, 3, 4, 5].find((l) => k[`lv.l${l}`]) ?? 0
  const dept = c.departmentCode ?? 'none'
  return {
    standing: bit('standing'),
    late: bit('late'),
    level,
    resulted: bit('resulted'),
    reopened: bit('reopened'),
    repeat: bit('repeat'),
    dissatisfied: bit('dissatisfied'),
    urged: bit(`urged.${dept}`),
    urgedAgain: bit(`urgedAgain.${dept}`),
    withdrawn: c.status === 'withdrawn' ? 1 : 0,
  }
}

const sameFacts = (a, b) => !!a && Object.keys(b).every((k) => a[k] === b[k])

/** Flat counters as the nested object a rollup keeps under `c`. */
function nest(flat) {
  const root = {}
  for (const [path, v] of Object.entries(flat)) {
    const parts = path.split('.')
    let node = root
    for (const p of parts.slice(0, -1)) node = node[p] ??= {}
    node[parts[parts.length - 1]] = v
  }
  return root
}

/** A stored rollup's counters, flat, zeros left out. */
function flat(tree, prefix = '', out = {}) {
  for (const [k, v] of Object.entries(tree ?? {})) {
    const path = prefix ? `${prefix}.${k}` : k
    if (typeof v === 'number') {
      if (v !== 0) out[path] = v
    } else if (v && typeof v === 'object') flat(v, path, out)
  }
  return out
}

/** Every document of `name` matching `where`, with `fields`, by pages of `_id`. */
async function* all(db, name, where, fields) {
  const _ = db.command
  let last = ''
  for (;;) {
    const w = last ? { ...where, _id: _.gt(last) } : where
    const page = await db.collection(name).where(w).orderBy('_id', 'asc').limit(PAGE).field(fields).get()
    yield* page.data
    if (page.data.length < PAGE) return
    last = page.data[page.data.length - 1]._id
  }
}

const FIELDS = Object.fromEntries(
  ['estate', 'status', 'channel', 'tier', 'category', 'location', 'departmentCode', 'emergency', 'refusal', 'repeatOf', 'resolvedAt']
    .concat(['reopenCount', 'deadlines', 'acceptedAt', 'createdAt', 'rating', 'ratings', 'urges', 'withdrawal', 'assignee', 'rf'])
    .concat(['matter', 'hotline'])
    .map((f) => [f, true]),
)

/** The rollups being built: id → { day, estate, dept, flat, names }, and the function that finds or adds one. */
function rollupMap() {
  const docs = new Map()
  const doc = (day, estate, dept) => {
    const id = `${day}|${estate}|${dept}`
    if (!docs.has(id)) docs.set(id, { id, day, estate, dept, flat: {}, names: {} })
    return docs.get(id)
  }
  return { docs, doc }
}

const addTo = (d, k, v) => (d.flat[k] = (d.flat[k] ?? 0) + v)

/** Counts one complaint on its creation day, under its department and `*`. */
function countComplaint(doc, c) {
  const dept = deptOf(c)
  for (const key of [dept, ALL]) {
    const d = doc(dayOf(c.createdAt), c.estate ?? ESTATE, key)
    for (const [k, v] of Object.entries(counters(c))) addTo(d, k, v)
    if (c.assignee?.name) d.names[fieldKey(`${dept}~${c.assignee.openid}`)] = c.assignee.name
  }
}

/** Counts one dispatch event on its day, to its department and `*` (H1). */
function countDispatch(doc, e) {
  const dept = typeof e.data?.departmentCode === 'string' ? e.data.departmentCode : 'none'
  for (const key of [dept, ALL]) {
    const d = doc(dayOf(e.at), e.estate ?? ESTATE, key)
    addTo(d, 'dsp.n', 1)
    if (e.data?.onTime === false) addTo(d, 'dsp.late', 1)
  }
}

/**
 * The rollups of every stored complaint and dispatch event: id → { day, estate, dept, flat, names };
 * gives each complaint whose report facts are missing or wrong its `rf` on the way.
 */
export async function recount(db) {
  const { docs, doc } = rollupMap()
  const stats = { complaints: 0, dispatches: 0, facts: 0 }
  for await (const c of all(db, 'complaints', {}, FIELDS)) {
    stats.complaints += 1
    countComplaint(doc, c)
    const rf = reportFacts(c)
    if (!sameFacts(c.rf, rf)) {
      await db.collection('complaints').doc(c._id).update({ data: { rf } })
      stats.facts += 1
    }
  }
  for await (const e of all(db, 'events', { action: 'dispatch' }, { at: true, data: true, estate: true })) {
    stats.dispatches += 1
    countDispatch(doc, e)
  }
  for (const d of docs.values()) for (const k of Object.keys(d.flat)) if (d.flat[k] === 0) delete d.flat[k]
  return { docs, stats }
}

const same = (a, b) => {
  const ka = Object.keys(a)
  return ka.length === Object.keys(b).length && ka.every((k) => a[k] === b[k])
}

/** @param db the cloud database (wx-server-sdk). @param ctx { log, now, env } */
export async function up(db, ctx) {
  const { docs, stats } = await recount(db)
  const stored = new Map()
  for await (const r of all(db, 'rollups', {}, { c: true, day: true, estate: true, dept: true, names: true })) stored.set(r._id, r)
  for (const r of stored.values())
    if (!docs.has(r._id)) docs.set(r._id, { id: r._id, day: r.day, estate: r.estate, dept: r.dept, flat: {}, names: {} })
  let written = 0
  for (const d of docs.values()) {
    const old = stored.get(d.id)
    if (old && same(flat(old.c), d.flat)) continue
    const data = {
      day: d.day,
      estate: d.estate,
      dept: d.dept,
      c: nest(d.flat),
      names: { ...(old?.names ?? {}), ...d.names },
      updatedAt: ctx.now,
    }
    await db.collection('rollups').doc(d.id).set({ data })
    written += 1
  }
  ctx.log(`rollups: ${written} of ${docs.size} rollups written from ${stats.complaints} complaints and ${stats.dispatches} dispatch events`)
  ctx.log(`report facts: ${stats.facts} of ${stats.complaints} complaints given their rf`)
}
