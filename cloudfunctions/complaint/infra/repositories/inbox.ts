/**
 * The `inbox` collection: each user's in-app message list, the fallback channel every
 * notification reaches, and the manager's calendar reminders (H4).
 */
import { C, collection, command, count, find, getById, updateWhere } from '../store'

/** A message as stored; `_id` makes delivery idempotent. */
export interface InboxMessage {
  _id?: string
  openid: string
  complaintId: string | null
  complaintNo: string
  kind: string
  title: string
  fields: string[]
  /** The whole text where a field is shortened (a refusal's explanation, why an emergency was cleared). */
  detail?: string
  /** Issue 16: the estate it is about (absent: older messages and company-wide ones); a person in two estates reads both in one list. */
  estate?: string
  at: number
  read: boolean
}

/** How many unread messages `openid` has. */
export function unreadCount(openid: string): Promise<number> {
  return count(C.inbox, { openid, read: false })
}

/** One page (20) of `openid`'s messages, newest first. */
export function page(openid: string, page: number, size = 20): Promise<InboxMessage[]> {
  return find<InboxMessage>(C.inbox, { openid }, { orderBy: [['at', 'desc']], skip: (page - 1) * size, limit: size })
}

/** Marks `openid`'s unread messages read: those of `ids` (at most 100), or all. */
export async function markRead(openid: string, ids?: string[]): Promise<void> {
  const where: Record<string, unknown> = { openid, read: false }
  if (ids?.length) where._id = command().in(ids.slice(0, 100))
  await updateWhere(C.inbox, where, { read: true })
}

/** Whether a message with this id exists. */
export async function exists(id: string): Promise<boolean> {
  return !!(await getById(C.inbox, id))
}

/**
 * Adds a message under its own id (`message._id`).
 * @throws the database's duplicate-key error when it exists already (a concurrent run added it).
 */
export async function add(message: InboxMessage & { _id: string }): Promise<void> {
  await collection(C.inbox).add({ data: message })
}

/** Writes a message under `id`, whether or not it exists (a delivery retried writes it once). */
export async function put(id: string, message: InboxMessage): Promise<void> {
  await collection(C.inbox).doc(id).set({ data: message })
}

/** Every message of `openid` (a resident's own data), newest first, at most 1000. */
export function allOf(openid: string): Promise<InboxMessage[]> {
  return find<InboxMessage>(C.inbox, { openid }, { orderBy: [['at', 'desc']], limit: 1000 })
}

/** Removes every message of `openid` (account deletion). */
export async function removeAllOf(openid: string): Promise<void> {
  await collection(C.inbox).where({ openid }).remove()
}
