/** conversation.send — one message on a complaint's conversation (C4), content-checked like the complaint itself. */
import { afterMessage, postError, postUnavailable, sideOf, threadAccess, type ThreadView } from '../../domain/conversation'
import { notFound } from '../../domain/errors'
import type { Complaint } from '../../domain/model'
import { canView, personRef } from '../../domain/policy'
import type { MessageInput } from '../../domain/validation'
import { checksFor } from '../../domain/media-check'
import { deliverPending, outboxEntries } from '../../infra/notifier'
import * as complaints from '../../infra/repositories/complaints'
import { requireUser, type CallContext } from '../context'
import { checkAttachments } from '../complaint/attachments'
import { sendAttached } from '../media/queue'
import { listConversation } from './list'

/**
 * @param input `{ id, text?, photos? }` (text or photos), parsed by the router; the photos are the
 * caller's own uploads (the complainant's under `complaints`, staff's under `evidence`), claimed
 * for the complaint with the message and queued for WeChat's media check in the same transaction; the
 * text was content-checked by the router (`ctx.contentReview`, issue 15). @returns the thread after the message.
 * @throws NOT_FOUND (not the caller's to see), FORBIDDEN (not a participant), INVALID_STATE (the
 * complaint has ended), INVALID_INPUT (empty or too long), CONTENT_RISKY, CONFLICT.
 */
export async function sendMessage(input: MessageInput, ctx: CallContext): Promise<ThreadView> {
  requireUser(ctx)
  const c = await complaints.byId(input.id, ctx.estate)
  const { actor } = await ctx.rules()
  if (!c || !canView(c, actor) || threadAccess(c, actor) === 'none') throw notFound()
  const blocked = postUnavailable(c, actor)
  if (blocked) throw postError(blocked)
  const side = sideOf(c, actor)!
  const folder = side === 'complainant' ? 'complaints' : 'evidence'
  const files = await checkAttachments([{ ids: input.photos, folder, label: '照片' }], ctx)
  const review = ctx.contentReview ?? 'passed'
  const { patch, notify } = afterMessage(c, side, ctx.now)
  const after: Complaint = { ...c, ...patch, version: c.version + 1, updatedAt: ctx.now }
  const message = { side, from: personRef(actor), text: input.text, photos: input.photos, at: ctx.now, contentReview: review }
  const media = checksFor(input.photos ?? [], personRef(actor), ctx.now)
  await complaints.commit(c, after, { events: [], outbox: outboxEntries(notify, ctx.now), messages: [message], files, media })
  await deliverPending(ctx.now, c._id)
  await sendAttached(input.photos ?? [], ctx.now)
  return listConversation({ id: c._id }, ctx)
}
