/**
 * outbox.deadLetters — notifications that could not be delivered and will not be retried on their
 * own (a configuration error such as 40037, a formatter bug 47003, or transient errors past the
 * retry limit), newest first, for the manager to fix the cause and queue them again.
 */
import type { User } from '../../domain/model'
import { MESSAGE_KINDS } from '../../domain/notifications'
import { departmentName, type Department } from '@shared/departments'
import { ROLES } from '@shared/vocabulary'
import * as complaints from '../../infra/repositories/complaints'
import * as alertOutbox from '../../infra/repositories/alert-outbox'
import type { AlertEntry, AlertRecipient } from '../../infra/repositories/alert-outbox'
import * as outbox from '../../infra/repositories/outbox'
import type { OutboxEntry, Recipient } from '../../infra/repositories/outbox'
import * as users from '../../infra/repositories/users'
import { requireUser, type CallContext } from '../context'

/** One failed delivery as the manager reads it. */
interface FailureView {
  openid: string
  name: string
  roleLabel: string
  errorCode: number | null
  error: string
}

/** The WeChat or WeCom error code a failure starts with, or null. */
const errorCodeOf = (error: string | undefined): number | null => {
  const code = /^(-?\d+)/.exec(error ?? '')?.[1]
  return code ? Number(code) || null : null
}

/** A staff group's robot that failed: the group by name (a department's from settings). */
function groupFailure(r: Recipient, departments: readonly Department[]): FailureView {
  const group = r.openid === 'office' ? '管理层' : departmentName(departments, r.openid)
  return { openid: '', name: `企业微信群·${group}`, roleLabel: '群机器人', errorCode: errorCodeOf(r.error), error: r.error ?? '' }
}

/** A person whose message failed: their name and role, as far as they are known. */
function personFailure(r: Recipient, people: User[]): FailureView {
  const u = people.find((x) => x.openid === r.openid)
  const code = /^(-?\d+)/.exec(r.error ?? '')?.[1]
  return {
    openid: r.openid,
    name: u?.name ?? '',
    roleLabel: u ? ROLES[u.role] : '',
    errorCode: code ? Number(code) : null,
    error: r.error ?? '',
  }
}

/** The people and complaint numbers the entries name. */
async function namesOf(rows: OutboxEntry[]): Promise<{ people: User[]; numbers: Map<string, string> }> {
  const failed = rows.flatMap((e) => (e.recipients ?? []).filter((r) => r.state === 'dead' && r.channel !== 'wecom'))
  const ids = [...new Set(failed.map((r) => r.openid))]
  const [people, numbers] = await Promise.all([
    ids.length ? users.byOpenids(ids, 1000) : [],
    complaints.numbers([...new Set(rows.map((e) => e.complaintId))]),
  ])
  return { people, numbers }
}

const CHANNEL_LABELS = { wecom_app: '企业微信应用消息', sms: '短信' } as const

/** An emergency alert (issue 14) that failed on WeCom application messages or SMS: who, on which channel, why. */
function alertFailure(r: AlertRecipient): FailureView {
  return {
    openid: '',
    name: `${r.name || '员工'}·${CHANNEL_LABELS[r.channel]}`,
    roleLabel: '紧急告警',
    errorCode: errorCodeOf(r.error),
    error: r.error ?? '',
  }
}

/** The emergency alerts that could not be delivered, as dead letters. */
function alertRows(rows: AlertEntry[]) {
  return rows.map((e) => ({
    id: e._id,
    complaintId: e.complaintId,
    complaintNo: e.complaintNo,
    kind: e.kind,
    title: `${MESSAGE_KINDS[e.kind]?.title ?? e.kind}（${e.step ? `第 ${e.step} 次升级` : '首次告警'}）`,
    audience: 'alert',
    createdAt: e.createdAt,
    attempts: e.attempts,
    failures: e.recipients.filter((r) => r.state === 'dead').map(alertFailure),
  }))
}

/** @returns the dead letters with `title`, `complaintNo` and `failures`, emergency alerts first. @throws FORBIDDEN. */
export async function deadLetters(_p: unknown, ctx: CallContext) {
  requireUser(ctx, ['manager'])
  const [rows, alertDead, { departments }] = await Promise.all([outbox.deadLetters(ctx.estate), alertOutbox.deadLetters(), ctx.settings()])
  const { people, numbers } = await namesOf(rows)
  return [...alertRows(alertDead), ...messageRows(rows, people, numbers, departments)]
}

/** Notification dead letters as the manager reads them; a robot's group named by `departments` (settings). */
function messageRows(rows: OutboxEntry[], people: User[], numbers: Map<string, string>, departments: readonly Department[]) {
  return rows.map((e) => ({
    id: e._id,
    complaintId: e.complaintId,
    complaintNo: numbers.get(e.complaintId) ?? '',
    kind: e.kind,
    title: MESSAGE_KINDS[e.kind]?.title ?? e.kind,
    audience: e.audience,
    createdAt: e.createdAt,
    attempts: e.attempts,
    failures: (e.recipients ?? [])
      .filter((r) => r.state === 'dead')
      .map((r) => (r.channel === 'wecom' ? groupFailure(r, departments) : personFailure(r, people))),
  }))
}
