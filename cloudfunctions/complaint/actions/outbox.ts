/**
 * Dead letters: notifications that could not be delivered and will not be retried on their own
 * (a configuration error such as 40037, a formatter bug 47003, or transient errors past the retry
 * limit). The manager sees them and can queue one again after fixing the cause.
 */
import { notFound } from '../domain/errors'
import { C, database, find, getById } from '../infra/store'
import type { OutboxEntry } from '../infra/notifier'
import { requireUser, type CallContext } from './context'

/** outbox.deadLetters — undeliverable notifications, newest first (manager). */
export async function deadLetters(_p: unknown, ctx: CallContext) {
  requireUser(ctx, ['manager'])
  const rows = await find<OutboxEntry>(C.outbox, { dead: true }, { orderBy: [['createdAt', 'desc']], limit: 100 })
  return rows.map((e) => ({
    id: e._id, complaintId: e.complaintId, kind: e.kind, audience: e.audience, createdAt: e.createdAt, attempts: e.attempts,
    failures: (e.recipients ?? []).filter((r) => r.state === 'dead').map((r) => ({ openid: r.openid, error: r.error ?? '' })),
  }))
}

/** outbox.retry — queues a dead letter's failed recipients again (manager). */
export async function retryDeadLetter(payload: { id?: string }, ctx: CallContext) {
  requireUser(ctx, ['manager'])
  const e = await getById<OutboxEntry>(C.outbox, String(payload?.id ?? ''))
  if (!e || !e.dead) throw notFound('没有这条发送失败的通知')
  const recipients = (e.recipients ?? []).map((r) => (r.state === 'dead' ? { ...r, state: 'retry' as const, attempts: 0 } : r))
  await database().collection(C.outbox).doc(e._id).update({ data: { recipients, status: 'pending', dead: false, nextAttemptAt: ctx.now, lockedUntil: 0 } })
  return { id: e._id, status: 'pending' }
}
