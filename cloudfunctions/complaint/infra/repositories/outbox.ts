/**
 * The `outbox` collection: notifications recorded in the transaction of the change that causes
 * them, delivered after it by infra/notifier.ts, retried with back-off; dead letters wait for the
 * manager (ARCHITECTURE.md).
 */
import type { NotificationIntent } from '../../domain/lifecycle'
import { C, collection, command, find, getById, updateWhere, type Tx } from '../store'

/** Final and in-between states of one recipient's delivery. */
export type DeliveryState = 'pending' | 'sending' | 'sent' | 'inapp' | 'skipped' | 'retry' | 'dead' | 'unknown'

/**
 * One delivery: a person (subscription message + in-app list), or a staff group's WeCom robot,
 * whose `openid` then holds the group (a department code or `office`).
 */
export interface Recipient {
  openid: string
  channel?: 'wecom'
  state: DeliveryState
  attempts: number
  error?: string
}

/** One notification to deliver, as stored. */
export interface OutboxEntry {
  _id: string
  complaintId: string
  kind: string
  audience: NotificationIntent['audience']
  departmentCode?: string
  status: 'pending' | 'done'
  /** Set when a recipient's message could not be delivered and will not be retried. */
  dead: boolean
  attempts: number
  nextAttemptAt: number
  lockedUntil: number
  createdAt: number
  recipients: Recipient[] | null
  /** Issue 16: the estate of its complaint (or matter). */
  estate?: string
  /** Issue 18: a matter's notice — its text, sent to the recipients named when it was written (no complaint: `complaintId` ''). */
  notice?: NoticeOf
}

/** What a matter's notice entry carries. */
export interface NoticeOf {
  matterId: string
  matterNo: string
  text: string
}

/** Adds a change's outbox entries for complaint `complaintId` of `estate` inside transaction `t` (issue 16: each carries the estate). */
export async function addIn(t: Tx, complaintId: string, entries: Record<string, unknown>[], estate: string): Promise<void> {
  for (const o of entries) await t.collection(C.outbox).add({ data: { ...o, complaintId, estate } })
}

/** One entry by id, or null. */
export function byId(id: string): Promise<OutboxEntry | null> {
  return getById<OutboxEntry>(C.outbox, id)
}

/** Entries due for delivery at `now` — of one complaint, or all — earliest first, at most 100. */
export function due(now: number, complaintId?: string): Promise<OutboxEntry[]> {
  const where: Record<string, unknown> = { status: 'pending', nextAttemptAt: command().lte(now) }
  if (complaintId) where.complaintId = complaintId
  return find<OutboxEntry>(C.outbox, where, { orderBy: [['nextAttemptAt', 'asc']], limit: 100 })
}

/** `estate`'s entries with a dead letter, newest first, at most 100. */
export function deadLetters(estate: string): Promise<OutboxEntry[]> {
  return find<OutboxEntry>(C.outbox, { estate, dead: true }, { orderBy: [['createdAt', 'desc']], limit: 100 })
}

/**
 * Claims a pending entry for one delivery run until `until`, unless another run holds it.
 * @returns whether this run got it.
 */
export async function claim(id: string, now: number, until: number): Promise<boolean> {
  return (await updateWhere(C.outbox, { _id: id, status: 'pending', lockedUntil: command().lt(now) }, { lockedUntil: until })) === 1
}

/** Writes delivery progress (recipients, status, attempts …) of one entry. */
export async function update(id: string, patch: Partial<Omit<OutboxEntry, '_id'>>): Promise<void> {
  await collection(C.outbox).doc(id).update({ data: patch })
}

/** Adds a matter's notice for `openids` (issue 18): delivered by the notifier like any entry, retried alike. */
export async function addNotice(notice: NoticeOf, openids: string[], now: number): Promise<string> {
  const recipients: Recipient[] = openids.map((openid) => ({ openid, state: 'pending', attempts: 0 }))
  const r = await collection(C.outbox).add({
    data: {
      complaintId: '',
      kind: 'matter_notice',
      audience: 'complainant',
      notice,
      recipients,
      status: 'pending',
      dead: false,
      attempts: 0,
      nextAttemptAt: now,
      lockedUntil: 0,
      createdAt: now,
      departmentCode: null,
    },
  })
  return (r as unknown as { _id: string })._id
}

/** Account deletion: `openid` taken out of the delivered matter notices that named it (issue 18). */
export async function removeNoticeRecipient(openid: string): Promise<void> {
  await updateWhere(C.outbox, { complaintId: '', status: 'done', 'recipients.openid': openid }, { recipients: command().pull({ openid }) })
}

/** Removes the delivered notifications of a complaint (their recipients name people; nothing is left to send). */
export async function removeDoneOf(complaintId: string): Promise<void> {
  await collection(C.outbox).where({ complaintId, status: 'done' }).remove()
}
