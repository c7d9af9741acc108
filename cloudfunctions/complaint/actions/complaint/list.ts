/**
 * complaint.list — one of the caller's work queues (domain/queues.ts decides who sees which),
 * narrowed by status, category or a search, as the caller may see each complaint (G3-P5).
 */
import { belongsInList, defaultScope, queueFor, type WorkQueue } from '../../domain/queues'
import { maySearchByPerson, type Actor } from '../../domain/policy'
import { toSummary, type ComplaintSummary } from '../../domain/view'
import { normalizePlace } from '@shared/place'
import * as complaints from '../../infra/repositories/complaints'
import { requireUser, type CallContext } from '../context'

/** The payload of complaint.list (docs/API.md). */
export interface ListPayload {
  scope?: string
  status?: string
  category?: string
  q?: string
  page?: number
  pageSize?: number
}

/** Sort key: the deadline that applies now, soonest first; undated last. */
const dueKey = (s: ComplaintSummary) => s.due?.at ?? Number.MAX_SAFE_INTEGER
/** H1-E, issue 14: an emergency nobody has acknowledged goes before everything else in a work list. */
const alertKey = (s: ComplaintSummary) => (s.alertState === 'open' ? 0 : 1)

/** The page asked for: 1 or more, 20 a page by default, at most 100. */
function pagingOf(payload: ListPayload): { page: number; pageSize: number } {
  return {
    pageSize: Math.min(Math.max(Number(payload?.pageSize) || 20, 1), 100),
    page: Math.max(Number(payload?.page) || 1, 1),
  }
}

/** A search by number, place or text as typed (at most 40 characters); places in their stored spelling ("3号楼" finds "3栋"). */
function searchOf(q: unknown, actor: Actor): complaints.ListQuery['search'] {
  const text = String(q ?? '')
    .trim()
    .slice(0, 40)
  if (!text) return undefined
  return { text, place: normalizePlace(text) || text, byPerson: maySearchByPerson(actor) }
}

function queryOf(queue: WorkQueue, payload: ListPayload, actor: Actor): complaints.ListQuery {
  return {
    terms: queue.terms,
    actor,
    status: payload?.status || undefined,
    category: queue.byCategory ? payload?.category || undefined : undefined,
    search: searchOf(payload?.q, actor),
  }
}

/**
 * @param payload `{ scope, status?, category?, q?, page?, pageSize? }`; scopes in docs/API.md.
 * @returns `{ items, total, page, pageSize }`. @throws FORBIDDEN for a list the caller may not open.
 */
export async function list(payload: ListPayload, ctx: CallContext) {
  const user = requireUser(ctx)
  const rules = await ctx.rules()
  const queue = queueFor(payload?.scope ?? defaultScope(user.role), rules.actor)
  const { page, pageSize } = pagingOf(payload)
  const byDeadline = queue.order === 'deadline'
  // Deadline order needs the whole queue (queues are short); history lists page on the server.
  const { total, docs } = await complaints.list(
    queryOf(queue, payload, rules.actor),
    byDeadline ? { whole: true } : { whole: false, skip: (page - 1) * pageSize, limit: pageSize },
  )
  const items = docs.filter((c) => belongsInList(queue, c, rules.actor)).map((c) => toSummary(c, rules.actor, ctx.now))
  if (!byDeadline) return { items, total, page, pageSize }
  const sorted = items
    .sort((a, b) => alertKey(a) - alertKey(b) || dueKey(a) - dueKey(b) || a.createdAt - b.createdAt)
    .slice((page - 1) * pageSize, page * pageSize)
  return { items: sorted, total, page, pageSize }
}
