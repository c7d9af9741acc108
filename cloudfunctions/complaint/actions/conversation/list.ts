/** conversation.list — the conversation of one complaint as the caller may read it (C4, G3-P5). */
import { threadAccess, threadView, type ThreadView } from '../../domain/conversation'
import { notFound } from '../../domain/errors'
import { mayShowFile, withoutFiles } from '../../domain/media-check'
import { canView } from '../../domain/policy'
import { fileUrls } from '../../infra/files'
import * as complaints from '../../infra/repositories/complaints'
import * as conversation from '../../infra/repositories/conversation'
import * as mediaChecks from '../../infra/repositories/media-checks'
import { requireUser, type CallContext } from '../context'

/**
 * @param input `{ id }`, parsed by the router. @returns the thread: every message for its participants, the staff's
 * only for masked viewers, with read state and whether the caller may write; photos the content check
 * hides from the caller are left out (issue 15).
 * @throws NOT_FOUND when the complaint is not the caller's to see, or its thread is not (the staff member it is about).
 */
export async function listConversation(input: { id: string }, ctx: CallContext): Promise<ThreadView> {
  requireUser(ctx)
  const c = await complaints.byId(input.id, ctx.estate)
  const { actor } = await ctx.rules()
  if (!c || !canView(c, actor) || threadAccess(c, actor) === 'none') throw notFound()
  const stored = await conversation.ofComplaint(c._id)
  const checks = await mediaChecks.ofFiles(stored.flatMap((m) => m.photos ?? []))
  const hidden = new Set([...checks.values()].filter((k) => !mayShowFile(k, actor)).map((k) => k.fileID))
  const messages = withoutFiles(stored, hidden)
  const urls = await fileUrls(messages.flatMap((m) => m.photos))
  return threadView(c, messages, actor, (f) => urls.get(f) ?? '')
}
