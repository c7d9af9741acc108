/**
 * Dead letters: notifications that could not be delivered and will not be retried on their own
 * (a configuration error such as 40037, a formatter bug 47003, or transient errors past the retry
 * limit). The manager sees them and can queue one again after fixing the cause.
 */
import { notFound } from '../domain/errors'
import type { Complaint, User } from '../domain/model'
import { MESSAGE_KINDS } from '../domain/notifications'
import { DEPARTMENTS, ROLES } from '@shared/vocabulary'
import { C, database, find, getById } from '../infra/store'
import type { OutboxEntry } from '../infra/notifier'
import { requireUser, type CallContext } from './context'

/** outbox.deadLetters — undeliverable notifications, newest first (manager). */
export async function deadLetters(_p: unknown, ctx: CallContext) {
  requireUser(ctx, ['manager'])
  const _ = database().command
  const rows = await find<OutboxEntry>(C.outbox, { dead: true }, { orderBy: [['createdAt', 'desc']], limit: 100 })
  const failed = rows.flatMap((e) => (e.recipients ?? []).filter((r) => r.state === 'dead' && r.channel !== 'wecom'))
  const ids = [...new Set(failed.map((r) => r.openid))]
  const complaintIds = [...new Set(rows.map((e) => e.complaintId))]
  const [users, complaints] = await Promise.all([
    ids.length ? find<User>(C.users, { openid: _.in(ids) }, { limit: 1000 }) : [],
    complaintIds.length ? find<Complaint>(C.complaints, { _id: _.in(complaintIds) }, { limit: 100, fields: { no: true } }) : [],
  ])
  return rows.map((e) => ({
    id: e._id,
    complaintId: e.complaintId,
    complaintNo: complaints.find((c) => c._id === e.complaintId)?.no ?? '',
    kind: e.kind,
    title: MESSAGE_KINDS[e.kind]?.title ?? e.kind,
    audience: e.audience,
    createdAt: e.createdAt,
    attempts: e.attempts,
    failures: (e.recipients ?? [])
      .filter((r) => r.state === 'dead')
      .map((r) => {
        if (r.channel === 'wecom') {
          const group = r.openid === 'office' ? '管理层' : (DEPARTMENTS[r.openid as keyof typeof DEPARTMENTS] ?? r.openid)
          return {
            openid: '',
            name: `企业微信群·${group}`,
            roleLabel: '群机器人',
            errorCode: Number(/^(-?\d+)/.exec(r.error ?? '')?.[1] ?? NaN) || null,
            error: r.error ?? '',
          }
        }
        const u = users.find((x) => x.openid === r.openid)
        const code = /^(-?\d+)/.exec(r.error ?? '')?.[1]
        return {
          openid: r.openid,
          name: u?.name ?? '',
          roleLabel: u ? ROLES[u.role] : '',
          errorCode: code ? Number(code) : null,
          error: r.error ?? '',
        }
      }),
  }))
}

/** outbox.retry — queues a dead letter's failed recipients again (manager). */
export async function retryDeadLetter(payload: { id?: string }, ctx: CallContext) {
  requireUser(ctx, ['manager'])
  const e = await getById<OutboxEntry>(C.outbox, String(payload?.id ?? ''))
  if (!e || !e.dead) throw notFound('没有这条发送失败的通知')
  const recipients = (e.recipients ?? []).map((r) => (r.state === 'dead' ? { ...r, state: 'retry' as const, attempts: 0 } : r))
  await database()
    .collection(C.outbox)
    .doc(e._id)
    .update({ data: { recipients, status: 'pending', dead: false, nextAttemptAt: ctx.now, lockedUntil: 0 } })
  return { id: e._id, status: 'pending' }
}
