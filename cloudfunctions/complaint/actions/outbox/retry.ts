/** outbox.retry — queues a dead letter's failed recipients again, after the manager fixed the cause. */
import { notFound } from '../../domain/errors'
import * as outbox from '../../infra/repositories/outbox'
import { requireUser, type CallContext } from '../context'

/** @param payload `{ id }`. @returns `{ id, status: 'pending' }`. @throws NOT_FOUND, FORBIDDEN. */
export async function retryDeadLetter(payload: { id?: string }, ctx: CallContext) {
  requireUser(ctx, ['manager'])
  const e = await outbox.byId(String(payload?.id ?? ''))
  if (!e || !e.dead) throw notFound('没有这条发送失败的通知')
  const recipients = (e.recipients ?? []).map((r) => (r.state === 'dead' ? { ...r, state: 'retry' as const, attempts: 0 } : r))
  await outbox.update(e._id, { recipients, status: 'pending', dead: false, nextAttemptAt: ctx.now, lockedUntil: 0 })
  return { id: e._id, status: 'pending' }
}
