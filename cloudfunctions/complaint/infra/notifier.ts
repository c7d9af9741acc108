/**
 * Notifications through an outbox (ARCHITECTURE.md): entries are written in the same transaction
 * as the change, delivered after it, retried with back-off, and never block or lose a complaint.
 * Each recipient always gets an in-app message; a subscription message is sent only while the
 * per-user, per-template quota ledger holds an acceptance (one acceptance = one message).
 * G3-P5: each message is rendered from the complaint as its recipient may see it
 * (domain/disclosure.ts); nobody who may not open the complaint, nor the staff member it is
 * about, is told of it.
 */
import { discloseAt, disclosureOf, opens, type Disclosure, type SeenComplaint } from '../domain/disclosure'
import { formatInstant } from '../domain/calendar'
import type { NotificationIntent } from '../domain/lifecycle'
import type { Complaint, User } from '../domain/model'
import type { Actor } from '../domain/policy'
import { formatFields, type FieldInput } from '../domain/message-fields'
import { MESSAGE_KINDS, messagePage, type TemplateName } from '../domain/notifications'
import { log } from './cloud'
import { environment, templateKeys } from './environment'
import { deliverNotice } from './notices'
import { afterRun, backoff, MAX_ATTEMPTS, PERMANENT, sendSubscription, settle } from './delivery'
import type { OfficeSettings } from '../domain/settings'
import { CUSTOMER_SERVICE } from '@shared/departments'
import * as complaints from './repositories/complaints'
import * as inbox from './repositories/inbox'
import * as outbox from './repositories/outbox'
import type { DeliveryState, OutboxEntry, Recipient } from './repositories/outbox'
import * as quota from './repositories/quota'
import * as settingsRepo from './repositories/settings'
import * as users from './repositories/users'
import { robotGroupFor, robotMarkdown, sendRobot, WECOM_PERMANENT, type RobotGroup } from './wecom'
import { kickAlerts, queueAlert } from './alert-queue'
import { dutySupervisorsFor, onDutyFor } from './duty'
import { DEFAULT_ESTATE } from '@shared/matters'

const LOCK_MS = 60_000
export { MAX_ATTEMPTS, backoff }

/** Outbox documents for a transition's intents (written inside its transaction). */
export function outboxEntries(intents: NotificationIntent[] = [], now: number): Record<string, unknown>[] {
  return intents.map((i) => ({
    kind: i.kind,
    audience: i.audience,
    departmentCode: i.departmentCode ?? null,
    status: 'pending',
    dead: false,
    attempts: 0,
    nextAttemptAt: now,
    lockedUntil: 0,
    createdAt: now,
    recipients: null,
  }))
}

/** Issue 16: the estate of `c` (complaints written before estates: the first one). */
const estateOf = (c: Complaint) => c.estate ?? DEFAULT_ESTATE

/** The people each audience stands for, for one complaint (`dept`: the department addressed) at `now`. */
const AUDIENCES: Record<
  NotificationIntent['audience'],
  (c: Complaint, dept: string | undefined, s: OfficeSettings, now: number) => Promise<string[]>
> = {
  complainant: async (c) => (c.complainant.openid ? [c.complainant.openid] : []),
  assignee: async (c) => (c.assignee ? [c.assignee.openid] : []),
  department: async (c, dept) => (dept ? users.activeOpenids({ estate: estateOf(c), departmentCode: dept, roles: ['handler'] }) : []),
  department_supervisor: async (c, dept) =>
    dept ? users.activeOpenids({ estate: estateOf(c), departmentCode: dept, roles: ['supervisor'] }) : [],
  customer_service: (c) => users.activeOpenids({ estate: estateOf(c), departmentCode: CUSTOMER_SERVICE, roles: ['agent', 'supervisor'] }),
  managers: (c) => users.activeOpenids({ estate: estateOf(c), roles: ['manager'] }),
  on_duty: (c, dept, s, now) => onDutyFor(c, dept, s, now),
  duty_supervisors: (c, dept, s, now) => dutySupervisorsFor(c, dept, s, now),
  alert_chain: async (c, dept, s, now) => [
    ...(await onDutyFor(c, dept, s, now)),
    ...(await dutySupervisorsFor(c, dept, s, now)),
    ...(await users.activeOpenids({ estate: estateOf(c), roles: ['manager'] })),
  ],
}

/** A recipient as the rules see them: their user record, or — not registered — the complainant named by OPENID. */
function recipientActor(openid: string, people: Map<string, User>, c: Complaint): Actor | null {
  const u = people.get(openid)
  if (u) return { openid: u.openid, role: u.role, name: u.name, departmentCode: u.departmentCode }
  return openid === c.complainant.openid ? { openid, role: 'resident', name: c.complainant.name } : null
}

/** G3-P5, H2-S: the level a recipient reads a message of `c` at, or null when they are not to be told of it. */
function readerLevel(openid: string, people: Map<string, User>, c: Complaint): Disclosure | null {
  const actor = recipientActor(openid, people, c)
  const level = actor ? disclosureOf(c, actor) : 'none'
  return opens(level) && level !== 'accused' ? level : null
}

/** The user records of `openids` (at most 200), by OPENID. */
async function peopleOf(openids: string[], estate: string): Promise<Map<string, User>> {
  const ids = [...new Set(openids.filter(Boolean))]
  // Issue 16: each as the complaint's estate sees them; someone with no role there is nobody to it.
  const found = ids.length ? await users.byOpenidsIn(ids, 200, estate) : []
  return new Map(found.map((u) => [u.openid, u]))
}

/** Who an audience is, for one complaint: those who may open it, never the staff member it is about (G3-P5). */
async function resolveAudience(e: OutboxEntry, c: Complaint, settings: OfficeSettings, now: number): Promise<string[]> {
  const ids = (await AUDIENCES[e.audience]?.(c, e.departmentCode ?? c.departmentCode, settings, now)) ?? []
  const people = await peopleOf(ids, estateOf(c))
  return [...new Set(ids)].filter((id) => id && readerLevel(id, people, c) !== null)
}

/**
 * The message's template data from the complaint as its reader may see it, formatted to WeChat's
 * rules (throws MessageFieldError if impossible). `dayOnly` (the accused's level) gives instants
 * as their day.
 */
export function messageData(kind: string, c: SeenComplaint, now: number, opts: { dayOnly?: boolean } = {}) {
  const spec = MESSAGE_KINDS[kind]
  if (!spec) throw new Error(`unknown message kind ${kind}`)
  const keys = templateKeys(spec.template as TemplateName)
  const logical = spec.values(c, now) as Record<string, FieldInput | undefined>
  const values: Record<string, FieldInput> = {}
  for (const [name, key] of Object.entries(keys)) {
    const v = logical[name] ?? '无'
    values[key] = opts.dayOnly && typeof v === 'number' ? formatInstant(v, 'YYYY年M月D日') : v
  }
  return { spec, data: formatFields(values) }
}

async function deliverToGroup(
  r: Recipient,
  e: OutboxEntry,
  c: Complaint,
  now: number,
  settings: OfficeSettings,
  save: () => Promise<void>,
): Promise<void> {
  const key = settings.wecomRobots[r.openid as RobotGroup]
  if (!key) return void Object.assign(r, { state: 'dead', error: 'robot removed from settings' })
  r.state = 'sending'
  await save() // as for people: never risk a second message after a crash
  settle(r, await sendRobot(key, robotMarkdown(e.kind, c, now)), WECOM_PERMANENT)
  if ((r.state as DeliveryState) !== 'sent')
    log('notify', 'group robot failed', { kind: e.kind, group: r.openid, state: r.state, error: r.error })
}

async function deliverTo(r: Recipient, e: OutboxEntry, c: Complaint, now: number, save: () => Promise<void>): Promise<void> {
  // Read again at delivery: the complaint may have changed hands, or been found to be about this person, since.
  const level = readerLevel(r.openid, await peopleOf([r.openid], estateOf(c)), c)
  if (!level) return void Object.assign(r, { state: 'skipped', error: 'withheld: may not see the complaint (G3-P5)' })
  const seen = discloseAt(c, level).complaint
  const { spec, data } = messageData(e.kind, seen, now)
  // The in-app list is the fallback channel and always gets the message, exactly once.
  const detail = spec.detail?.(seen)
  await inbox.put(`${e._id}-${r.openid}`.slice(0, 120), {
    openid: r.openid,
    complaintId: c._id,
    complaintNo: c.no,
    kind: e.kind,
    title: spec.title,
    fields: Object.values(data).map((v) => v.value),
    ...(detail ? { detail } : {}),
    estate: estateOf(c),
    at: e.createdAt,
    read: false,
  })
  if (!(await quota.take(r.openid, spec.template))) {
    r.state = 'inapp'
    return
  }
  r.state = 'sending'
  await save() // a crash from here on must not send twice: 'sending' is never retried
  const result = await sendSubscription(r.openid, environment.templates[spec.template as TemplateName], messagePage(c._id), data)
  if (result.code === 43101) return void Object.assign(r, { state: 'skipped', attempts: r.attempts + 1 })
  settle(r, result, PERMANENT)
  if ((r.state as DeliveryState) !== 'sent') {
    await quota.giveBack(r.openid, spec.template)
    log('notify', 'send failed', { kind: e.kind, code: result.code, state: r.state })
  }
}

/** An entry's recipients: those of an earlier run, or the people its audience stands for and the staff group's robot. */
async function recipientsOf(e: OutboxEntry, c: Complaint | null, settings: OfficeSettings, now: number): Promise<Recipient[]> {
  if (e.recipients) return e.recipients
  if (!c) return []
  const group = robotGroupFor(e.audience, e.departmentCode ?? c.departmentCode, c, settings)
  return [
    ...(await resolveAudience(e, c, settings, now)).map((openid) => ({ openid, state: 'pending' as const, attempts: 0 })),
    ...(group ? [{ openid: group, channel: 'wecom' as const, state: 'pending' as const, attempts: 0 }] : []),
  ]
}

/** One recipient's delivery, unless it is done or its complaint is gone; an unbuildable message is a dead letter. */
async function deliverRecipient(
  r: Recipient,
  e: OutboxEntry,
  c: Complaint | null,
  now: number,
  settings: OfficeSettings,
  save: () => Promise<void>,
): Promise<void> {
  if (r.state === 'sending') r.state = 'unknown' // interrupted mid-send last time: never risk a second message
  if (!c || (r.state !== 'pending' && r.state !== 'retry')) return
  try {
    if (r.channel === 'wecom') await deliverToGroup(r, e, c, now, settings, save)
    else await deliverTo(r, e, c, now, save)
  } catch (err) {
    r.state = 'dead'
    r.error = String((err as Error).message ?? err)
    log('notify', 'cannot build message', { kind: e.kind, error: r.error })
  }
}

/**
 * Delivers one outbox entry if no other run holds it. The first time an emergency alert's
 * recipients are known, the alert is also queued for WeCom application messages and SMS (issue 14).
 * @returns whether such an alert was queued.
 */
export async function deliverEntry(e: OutboxEntry, now: number): Promise<boolean> {
  if (!(await outbox.claim(e._id, now, now + LOCK_MS))) return false
  // Issue 18: a matter's notice names its recipients and carries its own text (infra/notices.ts).
  if (e.notice) return deliverNotice(e, now).then(() => false)
  const c = await complaints.byId(e.complaintId, null)
  const settings = await settingsRepo.get(c?.estate ?? e.estate ?? DEFAULT_ESTATE)
  const fresh = !e.recipients
  const recipients = await recipientsOf(e, c, settings, now)
  const save = (patch: Partial<OutboxEntry> = {}) => outbox.update(e._id, { recipients, ...patch })
  await save()
  const people = recipients.filter((r) => r.channel !== 'wecom').map((r) => r.openid)
  const queued = fresh && !!c && (await queueAlert(e, c, people, settings, now))
  for (const r of recipients) await deliverRecipient(r, e, c, now, settings, save)
  await save(afterRun(e, recipients, now))
  return queued
}

/**
 * Delivers due outbox entries, those of one complaint right after its change, or all due ones
 * (timer). Failures are logged, never thrown: a notification problem must not fail the action.
 */
export async function deliverPending(now: number, complaintId?: string): Promise<number> {
  try {
    const due = await outbox.due(now, complaintId)
    let alerts = false
    for (const e of due) alerts = (await deliverEntry(e, now)) || alerts
    // The alert function delivers WeCom application messages and SMS; ask it now rather than at its next minute.
    if (alerts) await kickAlerts(complaintId)
    return due.length
  } catch (err) {
    log('notify', 'delivery run failed', { error: String((err as Error).message ?? err) })
    return 0
  }
}
