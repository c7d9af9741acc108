/**
 * The `alert_outbox` collection (issue 14): emergency alerts on the channels that need no
 * per-message consent — WeCom application messages (企业微信应用消息) and SMS. The complaint
 * function writes an entry with its recipients and message when an alert step is delivered; the
 * `alert` function, which alone holds the channels' secrets, sends them, retries with back-off and
 * leaves dead letters for the manager. Also the `alert-status` document the alert function keeps:
 * which channels its environment configures, and their last failure.
 */
import type { AlertStatus } from '../../domain/alert-health'
import { C, collection, command, find, getById, updateWhere } from '../store'
import type { DeliveryState } from './outbox'

export type { AlertStatus }

export type AlertChannel = 'wecom_app' | 'sms'

/** One delivery: a staff member (by openid) on one channel, or the office's duty mobile by SMS. */
export interface AlertRecipient {
  channel: AlertChannel
  /** A staff member's openid, or `duty_mobile`. */
  to: string
  /** Their name (or 值班手机), for dead letters; never a phone number. */
  name: string
  state: DeliveryState
  attempts: number
  error?: string
}

/** What the message says, composed by the complaint function with no complainant's personal data. */
export interface AlertMessage {
  /** WeCom text (with the link back into the mini-program). */
  text: string
  /** The SMS template's parameters, in order, each within the template variable limit. */
  smsParams: string[]
}

export interface AlertEntry {
  _id: string
  complaintId: string
  complaintNo: string
  /** Issue 16: the estate of the complaint (its settings give the duty mobile). */
  estate?: string
  kind: string
  /** Step of the chain (0 on duty, 1 supervisors, 2 manager, 3+ everyone again). */
  step: number
  message: AlertMessage
  recipients: AlertRecipient[]
  status: 'pending' | 'done'
  dead: boolean
  attempts: number
  nextAttemptAt: number
  lockedUntil: number
  createdAt: number
}

const STATUS_ID = 'alert-status'

/** Writes an entry under its own id (the outbox entry's), so a second write of the same step changes nothing. */
export async function put(entry: AlertEntry): Promise<void> {
  const { _id, ...rest } = entry
  await collection(C.alertOutbox).doc(_id).set({ data: rest })
}

/** Entries due at `now` — of one complaint, or all —, earliest first, at most 100. */
export function due(now: number, complaintId?: string): Promise<AlertEntry[]> {
  const where: Record<string, unknown> = { status: 'pending', nextAttemptAt: command().lte(now) }
  if (complaintId) where.complaintId = complaintId
  return find<AlertEntry>(C.alertOutbox, where, { orderBy: [['nextAttemptAt', 'asc']], limit: 100 })
}

/** Entries with a dead letter, newest first, at most 100. */
export function deadLetters(): Promise<AlertEntry[]> {
  return find<AlertEntry>(C.alertOutbox, { dead: true }, { orderBy: [['createdAt', 'desc']], limit: 100 })
}

/**
 * Removes every alert entry of a complaint (issue 15): its message names the matter and the place,
 * its recipients the staff alerted. Called when the complaint is anonymised — the resident's
 * account deleted, or retention — when its chain has long stopped and nothing is left to send.
 */
export async function removeOf(complaintId: string): Promise<void> {
  await collection(C.alertOutbox).where({ complaintId }).remove()
}

/** One entry, or null. */
export function byId(id: string): Promise<AlertEntry | null> {
  return getById<AlertEntry>(C.alertOutbox, id)
}

/** Claims a pending entry until `until` unless another run holds it. @returns whether this run got it. */
export async function claim(id: string, now: number, until: number): Promise<boolean> {
  return (await updateWhere(C.alertOutbox, { _id: id, status: 'pending', lockedUntil: command().lt(now) }, { lockedUntil: until })) === 1
}

/** Writes delivery progress of one entry. */
export async function update(id: string, patch: Partial<Omit<AlertEntry, '_id'>>): Promise<void> {
  await collection(C.alertOutbox).doc(id).update({ data: patch })
}

/** What the alert function last reported, or null when it never ran. */
export function status(): Promise<AlertStatus | null> {
  return getById<AlertStatus>(C.settings, STATUS_ID)
}

/** Records the alert function's report on its channels. */
export async function saveStatus(s: AlertStatus): Promise<void> {
  await collection(C.settings).doc(STATUS_ID).set({ data: s })
}
