/** outbox.retry — queues a dead letter's failed recipients again, after the manager fixed the cause (an emergency alert's too). */
import { notFound } from '../../domain/errors'
import { kickAlerts } from '../../infra/alert-queue'
import * as alertOutbox from '../../infra/repositories/alert-outbox'
import * as outbox from '../../infra/repositories/outbox'
import { requireUser, type CallContext } from '../context'

/** Issue 14: an emergency alert's dead recipients queued again, and the alert function asked to send them now. */
async function retryAlert(id: string, now: number) {
  const e = await alertOutbox.byId(id)
  if (!e || !e.dead) throw notFound('没有这条发送失败的通知')
  const recipients = e.recipients.map((r) => (r.state === 'dead' ? { ...r, state: 'retry' as const, attempts: 0 } : r))
  await alertOutbox.update(id, { recipients, status: 'pending', dead: false, nextAttemptAt: now, lockedUntil: 0 })
  await kickAlerts(e.complaintId)
  return { id, status: 'pending' }
}

/** @param payload `{ id }`. @returns `{ id, status: 'pending' }`. @throws NOT_FOUND, FORBIDDEN. */
export async function retryDeadLetter(payload: { id?: string }, ctx: CallContext) {
  requireUser(ctx, ['manager'])
  const id = String(payload?.id ?? '')
  if (id.endsWith('-alert')) return retryAlert(id, ctx.now)
  const e = await outbox.byId(id)
  if (!e || !e.dead) throw notFound('没有这条发送失败的通知')
  const recipients = (e.recipients ?? []).map((r) => (r.state === 'dead' ? { ...r, state: 'retry' as const, attempts: 0 } : r))
  await outbox.update(e._id, { recipients, status: 'pending', dead: false, nextAttemptAt: ctx.now, lockedUntil: 0 })
  return { id: e._id, status: 'pending' }
}
