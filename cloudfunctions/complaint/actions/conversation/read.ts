/** conversation.read — the caller's side has seen the complainant's additions and the messages so far (C1, C4). */
import { readerSide, threadAccess } from '../../domain/conversation'
import { notFound } from '../../domain/errors'
import { canView } from '../../domain/policy'
import * as complaints from '../../infra/repositories/complaints'
import { requireUser, type CallContext } from '../context'

/**
 * Marks the caller's side as having read up to now: the complainant, or the staff handling it now
 * (another reader leaves the badges for them). @param input `{ id }`, parsed by the router.
 * @returns `{ marked }`: the side marked, or null. @throws NOT_FOUND.
 */
export async function readConversation(input: { id: string }, ctx: CallContext) {
  requireUser(ctx)
  const c = await complaints.byId(input.id, ctx.estate)
  const { actor } = await ctx.rules()
  if (!c || !canView(c, actor) || threadAccess(c, actor) === 'none') throw notFound()
  const side = readerSide(c, actor)
  if (side) await complaints.markSeen(c, side, ctx.now)
  return { marked: side }
}
