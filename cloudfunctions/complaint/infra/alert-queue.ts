/**
 * Hands an emergency alert step to the channels without per-message consent (issue 14): an
 * `alert_outbox` entry per step with its recipients — each person alerted, by WeCom application
 * message and by SMS as the office turned them on, and the duty mobile by SMS — and the message
 * composed here, then a call to the `alert` function, which alone holds those channels' secrets.
 * The alert function's own timer retries what this call could not deliver.
 */
import { alertMessage } from '../domain/alert-message'
import type { Complaint } from '../domain/model'
import type { OfficeSettings } from '../domain/settings'
import { log, sdk } from './cloud'
import { environment } from './environment'
import * as alerts from './repositories/alert-outbox'
import type { AlertRecipient } from './repositories/alert-outbox'
import type { OutboxEntry } from './repositories/outbox'
import * as users from './repositories/users'

/** Notification kinds of the alert chain (domain/emergency.ts stepAudience). */
export const ALERT_KINDS: ReadonlySet<string> = new Set(['emergency', 'emergency_escalation'])

/** The name of the cloud function that delivers alerts. */
export const ALERT_FUNCTION = 'alert'

/** Each person on each channel the office turned on, and the duty mobile by SMS. */
async function recipientsFor(people: string[], settings: OfficeSettings): Promise<AlertRecipient[]> {
  const { wecomApp, sms, dutyMobile } = settings.alerts
  if (!wecomApp && !sms) return []
  const names = new Map((people.length ? await users.byOpenids(people, 200) : []).map((u) => [u.openid, u.name]))
  const one = (channel: AlertRecipient['channel'], to: string, name: string): AlertRecipient => ({
    channel,
    to,
    name,
    state: 'pending',
    attempts: 0,
  })
  return [
    ...(wecomApp ? people.map((p) => one('wecom_app', p, names.get(p) ?? '')) : []),
    ...(sms ? people.map((p) => one('sms', p, names.get(p) ?? '')) : []),
    ...(sms && dutyMobile ? [one('sms', 'duty_mobile', '值班手机')] : []),
  ]
}

/**
 * Queues the alert for outbox entry `e` of an open emergency, to `people` (openids).
 * @returns whether anything was queued (then the alert function should be called).
 */
export async function queueAlert(e: OutboxEntry, c: Complaint, people: string[], settings: OfficeSettings, now: number): Promise<boolean> {
  if (!ALERT_KINDS.has(e.kind) || c.alert?.state !== 'open') return false
  const recipients = await recipientsFor(people, settings)
  if (!recipients.length) return false
  const step = c.alert.step
  await alerts.put({
    _id: `${e._id}-alert`,
    complaintId: c._id,
    complaintNo: c.no,
    estate: c.estate,
    kind: e.kind,
    step,
    message: alertMessage(e.kind, c, now, step, environment.appid),
    recipients,
    status: 'pending',
    dead: false,
    attempts: 0,
    nextAttemptAt: now,
    lockedUntil: 0,
    createdAt: now,
  })
  return true
}

/** Asks the alert function to deliver what is due (of one complaint); a missing or failing function is logged, never thrown. */
export async function kickAlerts(complaintId?: string): Promise<void> {
  try {
    await sdk().callFunction({ name: ALERT_FUNCTION, data: { action: 'alert.deliver', payload: complaintId ? { complaintId } : {} } })
  } catch (err) {
    log('alert', 'alert function not reachable', {
      error: String((err as { errMsg?: string; message?: string }).errMsg ?? (err as Error).message),
    })
  }
}

/** The alert function's report on its channels, asked now; null when it cannot be reached (not deployed). */
export async function askChannelStatus(): Promise<alerts.AlertStatus | null> {
  try {
    const r = (await sdk().callFunction({ name: ALERT_FUNCTION, data: { action: 'alert.status' } })) as {
      result?: { ok?: boolean; data?: alerts.AlertStatus }
    }
    return r.result?.ok ? (r.result.data ?? null) : null
  } catch {
    return null
  }
}
