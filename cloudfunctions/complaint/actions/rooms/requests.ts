/** room.requests — customer service's queue of binding requests of the estate (issue 16), with the roster's owner beside each. */
import type { BindingStatus } from '@shared/households'
import * as households from '../../infra/repositories/households'
import * as bindings from '../../infra/repositories/room-bindings'
import type { CallContext } from '../context'
import { requireResidentDesk } from '../households/access'
import { requestView } from './view'

const PAGE_SIZE = 20

/**
 * @param input `{ status?, page? }` (roomRequests; waiting ones, oldest first, when no status).
 * @returns `{ items, page, pageSize }` of `ctx.estate` only. @throws UNAUTHENTICATED, FORBIDDEN.
 */
export async function roomRequests(input: { status?: BindingStatus; page?: number }, ctx: CallContext) {
  requireResidentDesk(ctx)
  const page = input.page ?? 1
  const docs = await bindings.queue(ctx.estate, input.status ?? 'pending', { skip: (page - 1) * PAGE_SIZE, limit: PAGE_SIZE })
  const owners = await Promise.all(docs.map((b) => households.byRoom(ctx.estate, b.roomKey)))
  return { items: docs.map((b, i) => requestView(b, owners[i])), page, pageSize: PAGE_SIZE }
}
