/**
 * complaint.list — one of the caller's work queues (domain/queues.ts decides who sees which),
 * narrowed by status, category or a search, sorted and paged by the database (work lists by the
 * deadline that applies now, domain/list-order.ts), each row as the caller may see it (G3-P5).
 */
import { defaultScope, queueFor, type WorkQueue } from '../../domain/queues'
import { maySearchByPerson, type Actor } from '../../domain/policy'
import { summaryFor } from '../../domain/view'
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

/** The page asked for: 1 or more, 20 a page by default, at most 100. */
function pagingOf(payload: ListPayload): { page: number; pageSize: number } {
  return {
    pageSize: Math.min(Math.max(Math.floor(Number(payload?.pageSize)) || 20, 1), 100),
    page: Math.max(Math.floor(Number(payload?.page)) || 1, 1),
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

function queryOf(queue: WorkQueue, payload: ListPayload, actor: Actor, estate: string): complaints.ListQuery {
  return {
    estate,
    terms: queue.terms,
    actor,
    notAboutCaller: queue.notAboutCaller,
    status: payload?.status || undefined,
    category: queue.byCategory ? payload?.category || undefined : undefined,
    search: searchOf(payload?.q, actor),
  }
}

/**
 * @param payload `{ scope, status?, category?, q?, page?, pageSize? }`; scopes in docs/API.md.
 * @returns `{ items, total, page, pageSize }`: page `page` of the whole list, every complaint on exactly one page.
 * @throws FORBIDDEN for a list the caller may not open.
 */
export async function list(payload: ListPayload, ctx: CallContext) {
  const user = requireUser(ctx)
  const rules = await ctx.rules()
  const queue = queueFor(payload?.scope ?? defaultScope(user.role), rules.actor)
  const { page, pageSize } = pagingOf(payload)
  const { total, docs } = await complaints.list(queryOf(queue, payload, rules.actor, ctx.estate), {
    order: queue.order,
    skip: (page - 1) * pageSize,
    limit: pageSize,
  })
  return { items: docs.map((c) => summaryFor(c, rules.actor, ctx.now, rules.settings.departments)), total, page, pageSize }
}
