/**
 * The `complaints` collection — the one place complaints are queried (estates will be scoped
 * here). Every state change is written in one transaction with its events and outbox entries,
 * and only if the complaint still has the version the change was decided on (two staff cannot
 * both win). Queries keep to the shapes config/database.json indexes (test/deploy/query-shapes).
 */
import { dayOf } from '../../domain/calendar'
import type { NewEvent } from '../../domain/history'
import { conflict } from '../../domain/errors'
import type { Complaint } from '../../domain/model'
import type { Actor } from '../../domain/policy'
import type { QueueTerm } from '../../domain/queues'
import type { Status } from '@shared/vocabulary'
import { C, command, count, find, getById, literalRegExp, transaction, type Tx } from '../store'
import * as counters from './counters'
import * as events from './events'
import * as fileClaims from './file-claims'
import * as outbox from './outbox'

/** What a change writes beside the complaint: its events, its outbox entries, and the claims on the files it attaches. */
export interface Pending {
  events: NewEvent[]
  outbox: Record<string, unknown>[]
  /** Uploaded files the change attaches (checked by the use case): claimed for this complaint. */
  files?: readonly string[]
}

/** One complaint by id, or null. */
export function byId(id: string): Promise<Complaint | null> {
  return getById<Complaint>(C.complaints, id)
}

async function writeAround(t: Tx, c: Complaint, p: Pending): Promise<void> {
  if (p.files?.length) await fileClaims.claimIn(t, c._id, p.files, c.updatedAt)
  await events.addIn(t, c, p.events)
  await outbox.addIn(t, c._id, p.outbox)
}

/**
 * Creates a complaint with its number (`TS<yyyymmdd>-<nnnn>`, per Shanghai day), its events and
 * its outbox entries in one transaction.
 * @returns the stored complaint.
 */
export async function create(draft: Omit<Complaint, '_id' | 'no'>, p: Pending): Promise<Complaint> {
  return transaction(async (t) => {
    const day = dayOf(draft.createdAt).replace(/-/g, '')
    const seq = await counters.nextIn(t, `complaint-${day}`)
    const no = `TS${day}-${String(seq).padStart(4, '0')}`
    const added = (await t.collection(C.complaints).add({ data: { ...draft, no } })) as { _id: string }
    const complaint = { ...draft, no, _id: added._id } as Complaint
    await writeAround(t, complaint, p)
    return complaint
  })
}

/**
 * Writes `after` over the stored complaint if it still has `before.version` and status, with its
 * events and outbox entries, in one transaction.
 * @throws AppError CONFLICT when someone else changed the complaint first.
 */
export async function commit(before: Complaint, after: Complaint, p: Pending): Promise<void> {
  await transaction(async (t) => {
    const current = (await t.collection(C.complaints).doc(before._id).get()) as { data: Complaint | null }
    if (!current.data || current.data.version !== before.version || current.data.status !== before.status) throw conflict()
    const { _id, ...rest } = after
    await t.collection(C.complaints).doc(before._id).set({ data: rest })
    await writeAround(t, after, p)
  })
}

/** What a work list asks for: its queue's terms for one caller, narrowed by status, category or a search. */
export interface ListQuery {
  /** The queue's terms (domain/queues.ts): a complaint is listed when it meets any of them. */
  terms: QueueTerm[]
  /** Whom the terms' `match` names. */
  actor: Actor
  status?: string
  category?: string
  /** Free text matched literally against number, place and description; with `byPerson` also name and room. */
  search?: { text: string; place: string; byPerson: boolean }
}

/** How a list is read: a whole queue (at most 1000, oldest first) to sort by deadline, or one page, newest first. */
export type ListRead = { whole: true } | { whole: false; skip: number; limit: number }

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

/** The filter of a list query. */
function listWhere(q: ListQuery): object {
  const _ = command()
  const terms = q.terms.map((t) => termWhere(t, q.actor))
  const parts: object[] = [terms.length === 1 ? terms[0] : _.or(terms as never[])]
  if (q.status) parts.push({ status: q.status })
  if (q.category) parts.push({ category: q.category })
  if (q.search) {
    const re = literalRegExp(q.search.text)
    const placeRe = literalRegExp(q.search.place)
    const byPerson = q.search.byPerson ? [{ 'complainant.name': re }, { 'complainant.room': placeRe }] : []
    parts.push(_.or([{ no: re }, { location: placeRe }, { description: re }, ...byPerson]))
  }
  return allOf(parts)
}

/**
 * The complaints of a work list and how many there are.
 * @returns `total` matching, and `docs`: the whole queue oldest first (at most 1000), or the page asked for, newest first.
 */
export async function list(q: ListQuery, read: ListRead): Promise<{ total: number; docs: Complaint[] }> {
  const where = listWhere(q)
  const total = await count(C.complaints, where)
  const docs = read.whole
    ? await find<Complaint>(C.complaints, where, { orderBy: [['createdAt', 'asc']], limit: 1000 })
    : await find<Complaint>(C.complaints, where, { orderBy: [['createdAt', 'desc']], skip: read.skip, limit: read.limit })
  return { total, docs }
}

/** Complaints in `statuses`, oldest first, one page of at most 1000 (the timer walks them all). */
export function withStatusIn(statuses: readonly Status[], skip: number, limit = 1000): Promise<Complaint[]> {
  return find<Complaint>(C.complaints, { status: command().in([...statuses]) }, { orderBy: [['createdAt', 'asc']], skip, limit })
}

/**
 * H4: complaints in `statuses` with a provisional (暂定) deadline noted, oldest first, one page of at
 * most 1000 (the recount walks them all when a year's holiday schedule is entered).
 */
export function withProvisionalDeadlines(statuses: readonly Status[], skip: number, limit = 1000): Promise<Complaint[]> {
  const _ = command()
  const where = { status: _.in([...statuses]), 'deadlines.provisional': _.exists(true) }
  return find<Complaint>(C.complaints, where, { orderBy: [['createdAt', 'asc']], skip, limit })
}

/**
 * A4-R4: complaints of the same complainant (by OPENID, else by room) in the same category, newest
 * first, at most 50; none when the complaint names neither.
 */
export async function ofSameComplainant(c: Complaint): Promise<Complaint[]> {
  if (!c.complainant.openid && !c.complainant.room) return []
  const same = c.complainant.openid
    ? { 'complainant.openid': c.complainant.openid, category: c.category }
    : { 'complainant.room': c.complainant.room, category: c.category }
  return find<Complaint>(C.complaints, same, { orderBy: [['createdAt', 'desc']], limit: 50 })
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

/** H1-E, issue 14: emergencies nobody has acknowledged yet, oldest first, at most 50 (the red banner). */
export function withAlertOpen(): Promise<Complaint[]> {
  return find<Complaint>(C.complaints, { 'alert.state': 'open' }, { orderBy: [['alert.raisedAt', 'asc']], limit: 50 })
}
