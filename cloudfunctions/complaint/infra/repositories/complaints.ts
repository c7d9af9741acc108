/**
 * The `complaints` collection — the one place complaints are queried, each query scoped by the
 * estate it is about (issue 16). Every state change is written in one transaction with its events and outbox entries,
 * and only if the complaint still has the version the change was decided on (two staff cannot
 * both win); the report's rollups move in the same transaction (domain/rollup.ts). Queries keep to the shapes config/database.json indexes (test/deploy/query-shapes).
 */
import { dayOf } from '../../domain/calendar'
import { inEstate } from '../../domain/estate'
import type { ThreadMessage } from '../../domain/conversation'
import type { NewEvent } from '../../domain/history'
import { conflict } from '../../domain/errors'
import { BY_DEADLINE, dueAtOf, NEWEST_FIRST } from '../../domain/list-order'
import type { Complaint, ThreadSide } from '../../domain/model'
import { reportFacts } from '../../domain/report-facts'
import type { Actor } from '../../domain/policy'
import type { QueueTerm } from '../../domain/queues'
import { DEFAULT_ESTATE } from '@shared/matters'
import { AWAITING_RATING, IN_PROGRESS } from '@shared/status-groups'
import type { DepartmentCode, Status } from '@shared/vocabulary'
import { C, command, count, find, getById, literalRegExp, transaction, updateWhere, type Tx } from '../store'
import * as conversation from './conversation'
import * as counters from './counters'
import * as events from './events'
import * as fileClaims from './file-claims'
import * as hotlineOrders from './hotline-orders'
import * as mediaChecks from './media-checks'
import * as outbox from './outbox'
import * as rollups from './rollups'

/**
 * What a change writes beside the complaint: its events, its outbox entries, the claims on the
 * files it attaches, and the content checks of those files (issue 15).
 */
export interface Pending {
  events: NewEvent[]
  outbox: Record<string, unknown>[]
  /** Uploaded files the change attaches (checked by the use case): claimed for this complaint. */
  files?: readonly string[]
  /** The content check of each file it attaches, queued with the change. */
  media?: mediaChecks.NewMediaCheck[]
  /** C4: messages of the conversation written with the change. */
  messages?: Omit<ThreadMessage, 'complaintId' | 'complaintNo'>[]
}

/**
 * One complaint by id, or null — also null when it belongs to another estate than `estate`
 * (issue 16: another estate's complaint is not found). `null` reads across estates: only the
 * timer's and the notifier's own work, never a caller's.
 */
export async function byId(id: string, estate: string | null): Promise<Complaint | null> {
  const c = await getById<Complaint>(C.complaints, id)
  return estate === null || inEstate(c, estate) ? c : null
}

async function writeAround(t: Tx, c: Complaint, p: Pending): Promise<void> {
  if (p.files?.length) await fileClaims.claimIn(t, c._id, p.files, c.updatedAt)
  await events.addIn(t, c, p.events)
  await outbox.addIn(t, c._id, p.outbox, c.estate ?? DEFAULT_ESTATE)
  if (p.media?.length) await mediaChecks.addIn(t, c, p.media)
  if (p.messages?.length) await conversation.addIn(t, c, p.messages)
}

/**
 * Creates a complaint with its number (`TS<yyyymmdd>-<nnnn>`, per Shanghai day), its events and
 * its outbox entries in one transaction, claiming its 12345 order number if it has one (W1).
 * @returns the stored complaint. @throws AppError CONFLICT for an order number another complaint holds.
 */
export async function create(draft: Omit<Complaint, '_id' | 'no'>, p: Pending): Promise<Complaint> {
  return transaction(async (t) => {
    const day = dayOf(draft.createdAt).replace(/-/g, '')
    const seq = await counters.nextIn(t, `complaint-${day}`)
    const no = `TS${day}-${String(seq).padStart(4, '0')}`
    const stored = { ...draft, no, dueAt: dueAtOf(draft as Complaint), rf: reportFacts(draft) }
    const added = (await t.collection(C.complaints).add({ data: stored })) as { _id: string }
    const complaint = { ...stored, _id: added._id } as Complaint
    // W1: one complaint per 12345 order number.
    await hotlineOrders.claimIn(t, complaint)
    await writeAround(t, complaint, p)
    await rollups.moveIn(t, null, complaint, p.events)
    return complaint
  })
}

/**
 * Writes `after` over the stored complaint if it still has `before.version` and status, with its
 * events and outbox entries, in one transaction; its place in work lists (`dueAt`) and its report
 * facts (`rf`, domain/report-facts.ts) are written with it, so every change keeps the lists' order
 * and the drill-down's index right.
 * @throws AppError CONFLICT when someone else changed the complaint first.
 */
export async function commit(before: Complaint, after: Complaint, p: Pending): Promise<void> {
  await transaction((t) => commitIn(t, before, after, p))
}

/** `commit` inside transaction `t`, for a change that writes another collection too (a matter's link, issue 18). @throws CONFLICT. */
export async function commitIn(t: Tx, before: Complaint, after: Complaint, p: Pending): Promise<void> {
  const current = (await t.collection(C.complaints).doc(before._id).get()) as { data: Complaint | null }
  if (!current.data || current.data.version !== before.version || current.data.status !== before.status) throw conflict()
  const { _id, ...rest } = after
  await t
    .collection(C.complaints)
    .doc(before._id)
    .set({ data: { ...rest, dueAt: dueAtOf(after), rf: reportFacts(after) } })
  await writeAround(t, after, p)
  await rollups.moveIn(t, current.data, after, p.events)
}

/**
 * C1, C4: marks that `side` has seen the complaint's additions and messages up to `at`. Advisory:
 * written only while the complaint still has `c.version`, and without a new version, so reading
 * never makes a change conflict (a change written at the same moment may keep the older mark).
 */
export async function markSeen(c: Complaint, side: ThreadSide, at: number): Promise<void> {
  await updateWhere(C.complaints, { _id: c._id, version: c.version }, { [`seen.${side}`]: at })
}

/** What a work list asks for: its queue's terms for one caller, narrowed by status, category or a search. */
export interface ListQuery {
  /** Issue 16: the estate whose complaints are listed (the caller's current one). */
  estate: string
  /** The queue's terms (domain/queues.ts): a complaint is listed when it meets any of them. */
  terms: QueueTerm[]
  /** Whom the terms' `match` names. */
  actor: Actor
  /** G3-P5, H2-S: leave out complaints about the caller (every list but a resident's own). */
  notAboutCaller: boolean
  status?: string
  category?: string
  /** Free text matched literally against number, place and description; with `byPerson` also name and room. */
  search?: { text: string; place: string; byPerson: boolean }
}

/** One page of a list, in its order: `deadline` (domain/list-order.ts) or `newest`. */
export interface ListPage {
  order: 'deadline' | 'newest'
  skip: number
  limit: number
}

/** Field of the complaint that names the caller, per kind of match. */
function matchOf(match: NonNullable<QueueTerm['match']>, actor: Actor): Record<string, unknown> {
  switch (match) {
    case 'complainant':
      return { 'complainant.openid': actor.openid }
    case 'assignee':
      return { 'assignee.openid': actor.openid }
    case 'department':
      return { departmentCode: actor.departmentCode }
    case 'first_contact':
      return { 'firstContact.openid': actor.openid }
  }
}

const isEmpty = (w: object) => Object.keys(w).length === 0

/** All of `parts` (empty ones dropped): one filter, or an `_.and` of several. */
function allOf(parts: object[]): object {
  const kept = parts.filter((p) => !isEmpty(p))
  if (kept.length <= 1) return kept[0] ?? {}
  return command().and(kept as never[])
}

function statusIn(statuses: readonly Status[]): unknown {
  return statuses.length === 1 ? statuses[0] : command().in([...statuses])
}

/** One queue term as a filter: the field naming the caller, the statuses, a pending decision (H3-PLAN, H3-EXT). */
function termWhere(term: QueueTerm, actor: Actor): object {
  const w: Record<string, unknown> = term.match ? matchOf(term.match, actor) : {}
  if (term.statuses) w.status = statusIn(term.statuses)
  const _ = command()
  if (term.alertPending) return allOf([w, _.or([{ 'alert.state': 'open' }, { 'alert.review': 'pending' }])])
  if (!term.awaitingDecision) return w
  return allOf([w, _.or([{ status: 'plan_pending' }, { 'extension.status': 'pending' }])])
}

/** The search: by number, place or text; customer service and the manager also by the complainant's name and room. */
function searchWhere(search: NonNullable<ListQuery['search']>): object {
  const _ = command()
  const re = literalRegExp(search.text)
  const placeRe = literalRegExp(search.place)
  const byPerson = search.byPerson ? [{ 'complainant.name': re }, { 'complainant.room': placeRe }] : []
  return _.or([{ no: re }, { location: placeRe }, { description: re }, ...byPerson])
}

/** The filter of a list query, but for leaving out complaints about the caller. */
function queueWhere(q: ListQuery): object {
  const _ = command()
  const terms = q.terms.map((t) => termWhere(t, q.actor))
  const parts: object[] = [{ estate: q.estate }, terms.length === 1 ? terms[0] : _.or(terms as never[])]
  if (q.status) parts.push({ status: q.status })
  if (q.category) parts.push({ category: q.category })
  if (q.search) parts.push(searchWhere(q.search))
  return allOf(parts)
}

/**
 * How many complaints a list holds. G3-P5, H2-S: without those about the caller — counted as the
 * queue's count less the caller's own (two index lookups: a `$ne` count would read the collection).
 */
async function countOf(q: ListQuery, queue: object): Promise<number> {
  const all = await count(C.complaints, queue)
  if (!q.notAboutCaller || !all) return all
  return all - (await count(C.complaints, allOf([queue, { 'subjectStaff.openid': q.actor.openid }])))
}

/**
 * One page of a work list, sorted and paged by the database through an index
 * (config/database.json), and how many complaints the list holds. G3-P5, H2-S: complaints about
 * the caller are left out in the query, so the total and the pages agree.
 * @returns `total` matching, and `docs`: the page in the list's order (domain/list-order.ts).
 */
export async function list(q: ListQuery, page: ListPage): Promise<{ total: number; docs: Complaint[] }> {
  const queue = queueWhere(q)
  const where = q.notAboutCaller ? allOf([queue, { 'subjectStaff.openid': command().neq(q.actor.openid) }]) : queue
  const orderBy = page.order === 'deadline' ? BY_DEADLINE : NEWEST_FIRST
  const [total, docs] = await Promise.all([
    countOf(q, queue),
    find<Complaint>(C.complaints, where, { orderBy, skip: page.skip, limit: page.limit }),
  ])
  return { total, docs }
}

/**
 * Writes `c`'s place in work lists when it is missing or stale — a complaint an older version of
 * the function wrote while a deploy was under way (migration 002 filled the rest) — conditional
 * on its version. @returns whether it was written.
 */
export async function repairDueAt(c: Complaint): Promise<boolean> {
  const dueAt = dueAtOf(c)
  if (c.dueAt === dueAt) return false
  return (await updateWhere(C.complaints, { _id: c._id, version: c.version }, { dueAt })) > 0
}

/** Complaints in `statuses`, oldest first, one page of at most 1000 (the timer walks them all). */
export function withStatusIn(statuses: readonly Status[], skip: number, limit = 1000): Promise<Complaint[]> {
  return find<Complaint>(C.complaints, { status: command().in([...statuses]) }, { orderBy: [['createdAt', 'asc']], skip, limit })
}

/**
 * H4: complaints in `statuses` with a provisional (暂定) deadline noted, oldest first, one page of at
 * most 1000 (the recount walks them all when a year's holiday schedule is entered); of one estate, or all.
 */
export function withProvisionalDeadlines(statuses: readonly Status[], skip: number, limit = 1000, estate?: string): Promise<Complaint[]> {
  const _ = command()
  const where = { ...(estate ? { estate } : {}), status: _.in([...statuses]), 'deadlines.provisional': _.exists(true) }
  return find<Complaint>(C.complaints, where, { orderBy: [['createdAt', 'asc']], skip, limit })
}

/**
 * A4-R4: complaints of the same complainant (by OPENID, else by room) in the same category, newest
 * first, at most 50; none when the complaint names neither.
 */
export async function ofSameComplainant(c: Complaint): Promise<Complaint[]> {
  if (!c.complainant.openid && !c.complainant.room) return []
  const same = c.complainant.openid
    ? { estate: c.estate, 'complainant.openid': c.complainant.openid, category: c.category }
    : { estate: c.estate, 'complainant.room': c.complainant.room, category: c.category }
  return find<Complaint>(C.complaints, same, { orderBy: [['createdAt', 'desc']], limit: 50 })
}

/** Complaints of `estate` by id (at most 100), by id; another estate's are left out (issue 16). */
export async function byIds(ids: string[], estate: string): Promise<Map<string, Complaint>> {
  const wanted = [...new Set(ids.filter(Boolean))].slice(0, 100)
  if (!wanted.length) return new Map()
  const rows = await find<Complaint>(C.complaints, { _id: command().in(wanted), estate }, { limit: wanted.length })
  return new Map(rows.map((c) => [c._id, c]))
}

/** The numbers (`no`) of complaints by id, at most 100. */
export async function numbers(ids: string[]): Promise<Map<string, string>> {
  if (!ids.length) return new Map()
  const rows = await find<Pick<Complaint, '_id' | 'no'>>(C.complaints, { _id: command().in(ids) }, { limit: 100, fields: { no: true } })
  return new Map(rows.map((c) => [c._id, c.no]))
}

/** H1-E, issue 14: emergencies nobody acknowledged whose next alert step is due at `now`, at most 100. */
export function withAlertDue(now: number): Promise<Complaint[]> {
  return find<Complaint>(
    C.complaints,
    { 'alert.state': 'open', 'alert.nextAt': command().lte(now) },
    { orderBy: [['alert.nextAt', 'asc']], limit: 100 },
  )
}

/** H1-E, issue 14: `estate`'s emergencies nobody has acknowledged yet, oldest first, at most 50 (the red banner). */
export function withAlertOpen(estate: string): Promise<Complaint[]> {
  return find<Complaint>(C.complaints, { estate, 'alert.state': 'open' }, { orderBy: [['alert.raisedAt', 'asc']], limit: 50 })
}

/** Every complaint `openid` filed or was found for (a resident's own data), newest first, at most 1000. */
export function ofComplainant(openid: string): Promise<Complaint[]> {
  return find<Complaint>(C.complaints, { 'complainant.openid': openid }, { orderBy: [['createdAt', 'desc']], limit: 1000 })
}

/** `estate`'s complaint with this number, or null. */
export async function byNo(no: string, estate: string): Promise<Complaint | null> {
  if (!no) return null
  const [c] = await find<Complaint>(C.complaints, { no, estate }, { limit: 1 })
  return c ?? null
}

/**
 * Complaints of `estate` in `statuses` closed before `before` on which `done` (a field of their privacy
 * record) is not set yet — what retention still has to do — oldest first, at most `limit`. A
 * withdrawn complaint (C3) records no `closedAt`: it closed when it was withdrawn.
 */
export function closedBefore(
  estate: string,
  statuses: readonly Status[],
  before: number,
  done: string,
  limit: number,
): Promise<Complaint[]> {
  const _ = command()
  const closed = _.or([{ closedAt: _.lt(before) }, { closedAt: _.exists(false), 'withdrawal.at': _.lt(before) }])
  return find<Complaint>(C.complaints, allOf([{ estate, status: _.in([...statuses]), [`privacy.${done}`]: _.exists(false) }, closed]), {
    orderBy: [['closedAt', 'asc']],
    limit,
  })
}

/**
 * Writes `patch` over complaint `id` if it still has `version` — a change outside the lifecycle
 * (anonymisation, a corrected contact) that must not overwrite, or be overwritten by, a concurrent
 * transition. @returns whether it was written (false: someone changed it first).
 */
export async function patchIfVersion(id: string, version: number, patch: Record<string, unknown>): Promise<boolean> {
  // A field given as an object replaces the stored one (an update would merge into it and keep what was removed).
  const _ = command()
  const data = Object.fromEntries(
    Object.entries(patch).map(([k, v]) => [k, v && typeof v === 'object' && !Array.isArray(v) ? _.set(v as object) : v]),
  )
  return (await updateWhere(C.complaints, { _id: id, version }, data)) === 1
}

/** How many of `estate`'s complaints of department `code` are not closed or refused yet (removing a department needs none). */
export function openInDepartment(code: DepartmentCode, estate: string): Promise<number> {
  return count(C.complaints, { estate, departmentCode: code, status: command().in([...IN_PROGRESS, ...AWAITING_RATING]) })
}
