/** conversation.list — the conversation of one complaint as the caller may read it (C4, G3-P5). */
import { threadAccess, threadView, type ThreadView } from '../../domain/conversation'
import { notFound } from '../../domain/errors'
import { canView } from '../../domain/policy'
import { fileUrls } from '../../infra/files'
import * as complaints from '../../infra/repositories/complaints'
import * as conversation from '../../infra/repositories/conversation'
import { requireUser, type CallContext } from '../context'

/**
 * @param input `{ id }`, parsed by the router. @returns the thread: every message for its participants, the staff's
 * only for masked viewers, with read state and whether the caller may write.
 * @throws NOT_FOUND when the complaint is not the caller's to see, or its thread is not (the staff member it is about).
 */
export async function listConversation(input: { id: string }, ctx: CallContext): Promise<ThreadView> {
  requireUser(ctx)
  const c = await complaints.byId(input.id)
  const { actor } = await ctx.rules()
  if (!c || !canView(c, actor) || threadAccess(c, actor) === 'none') throw notFound()
  const messages = await conversation.ofComplaint(c._id)
  const urls = await fileUrls(messages.flatMap((m) => m.photos))
  return threadView(c, messages, actor, (f) => urls.get(f) ?? '')
}
