/**
 * Delivers the `alert_outbox` (issue 14): each recipient of each due entry on its channel — WeCom
 * application message or SMS —, marked `sending` before the call so a crash never sends twice,
 * retried with back-off (1, 2, 4, 8 minutes; dead after 5 attempts) when the failure may pass,
 * dead at once when it cannot (a wrong secret, an unknown user, an unapproved template). A staff
 * member with no WeCom account or no mobile number is skipped with the reason, for the settings page.
 * Never logs a phone number, a WeCom id or a secret: only codes.
 */
import type { User } from '../complaint/domain/model'
import type { AlertEntry, AlertRecipient, AlertStatus } from '../complaint/infra/repositories/alert-outbox'
import * as alerts from '../complaint/infra/repositories/alert-outbox'
import * as settingsRepo from '../complaint/infra/repositories/settings'
import { DEFAULT_ESTATE } from '@shared/matters'
import * as users from '../complaint/infra/repositories/users'
import { logger } from '../complaint/infra/cloud'
import { smsConfig, wecomConfig, type SmsConfig, type WecomConfig } from './channels'
import { mobileOf, sendSms, smsRetryable } from './sms'
import { sendWecomText, WECOM_APP_PERMANENT } from './wecom-app'

const log = logger('alert')
export const MAX_ATTEMPTS = 5
const LOCK_MS = 60_000
/** Back-off after the n-th failed run of an entry: 1, 2, 4, 8 … minutes. */
export const backoff = (attempts: number) => 60_000 * 2 ** Math.max(0, attempts - 1)

interface Run {
  now: number
  wecom: WecomConfig | null
  sms: SmsConfig | null
  /** Issue 16: each estate's duty mobile, by estate code. */
  dutyMobiles: Map<string, string>
  people: Map<string, User>
  /** Last outcome per channel, for the status report. */
  outcome: { wecomApp?: { ok: boolean; error?: string }; sms?: { ok: boolean; error?: string } }
}

type Outcome = { state: 'sent' | 'retry' | 'dead' | 'skipped'; error?: string }

async function viaWecom(r: AlertRecipient, e: AlertEntry, run: Run): Promise<Outcome> {
  if (!run.wecom) return { state: 'dead', error: '告警云函数未配置企业微信应用（WECOM_CORP_ID / WECOM_AGENT_ID / WECOM_SECRET）' }
  const userId = run.people.get(r.to)?.wecomUserId
  if (!userId) return { state: 'skipped', error: '未绑定企业微信账号' }
  const res = await sendWecomText(run.wecom, userId, e.message.text)
  run.outcome.wecomApp = { ok: res.code === 0, error: res.code ? `${res.code} ${res.message ?? ''}`.trim() : undefined }
  if (res.code === 0) return { state: 'sent' }
  return { state: WECOM_APP_PERMANENT.has(res.code) ? 'dead' : 'retry', error: `${res.code} ${res.message ?? ''}`.trim() }
}

async function viaSms(r: AlertRecipient, e: AlertEntry, run: Run): Promise<Outcome> {
  if (!run.sms)
    return {
      state: 'dead',
      error: '告警云函数未配置腾讯云短信（SMS_SECRET_ID / SMS_SECRET_KEY / SMS_SDK_APP_ID / SMS_SIGN_NAME / SMS_TEMPLATE_ID）',
    }
  const mobile = mobileOf(r.to === 'duty_mobile' ? (run.dutyMobiles.get(e.estate ?? DEFAULT_ESTATE) ?? '') : run.people.get(r.to)?.phone)
  if (!mobile) return { state: 'skipped', error: '没有可接收短信的手机号' }
  const res = await sendSms(run.sms, mobile, e.message.smsParams)
  const ok = res.code === 'Ok'
  run.outcome.sms = { ok, error: ok ? undefined : res.code }
  if (ok) return { state: 'sent' }
  return { state: smsRetryable(res.code) ? 'retry' : 'dead', error: res.code }
}

/** One recipient's delivery, unless done; a send interrupted last time is never repeated. */
async function deliverOne(r: AlertRecipient, e: AlertEntry, run: Run, save: () => Promise<void>): Promise<void> {
  if (r.state === 'sending') r.state = 'unknown'
  if (r.state !== 'pending' && r.state !== 'retry') return
  r.state = 'sending'
  await save()
  const o = r.channel === 'wecom_app' ? await viaWecom(r, e, run) : await viaSms(r, e, run)
  r.attempts += 1
  r.error = o.error
  r.state = o.state === 'retry' && r.attempts >= MAX_ATTEMPTS ? 'dead' : o.state
  if (r.state !== 'sent') log('deliver', `${r.channel} ${r.state}`, { entry: e._id, step: e.step, error: r.error })
}

/** Where an entry stands after a run. */
function afterRun(e: AlertEntry, now: number): Partial<AlertEntry> {
  const waiting = e.recipients.some((r) => r.state === 'retry')
  const attempts = e.attempts + 1
  return {
    status: waiting ? 'pending' : 'done',
    dead: e.recipients.some((r) => r.state === 'dead'),
    attempts,
    nextAttemptAt: waiting ? now + backoff(attempts) : now,
    lockedUntil: 0,
  }
}

async function deliverEntry(e: AlertEntry, run: Run): Promise<void> {
  if (!(await alerts.claim(e._id, run.now, run.now + LOCK_MS))) return
  const save = (patch: Partial<AlertEntry> = {}) => alerts.update(e._id, { recipients: e.recipients, ...patch })
  for (const r of e.recipients) await deliverOne(r, e, run, save)
  await save(afterRun(e, run.now))
}

/** The channels as this function's environment configures them, merged with the last outcomes. */
export async function channelStatus(now: number, outcome: Run['outcome'] = {}): Promise<AlertStatus> {
  const prev = await alerts.status()
  const wecom = wecomConfig()
  const sms = smsConfig()
  const merge = (p: AlertStatus['sms'] | undefined, configured: boolean, missing: string[], o?: { ok: boolean; error?: string }) => ({
    configured,
    missing,
    lastError: o ? o.error : p?.lastError,
    lastErrorAt: o && !o.ok ? now : p?.lastErrorAt,
    lastSentAt: o?.ok ? now : p?.lastSentAt,
  })
  return {
    wecomApp: merge(prev?.wecomApp, !!wecom.config, wecom.missing, outcome.wecomApp),
    sms: merge(prev?.sms, !!sms.config, sms.missing, outcome.sms),
    reportedAt: now,
  }
}

/**
 * Delivers the due entries (of one complaint, or all) at `now` and reports the channels' status.
 * @returns how many entries were due.
 */
export async function deliverDue(now: number, complaintId?: string): Promise<{ due: number; status: AlertStatus }> {
  const due = await alerts.due(now, complaintId)
  // Issue 16: the duty mobile is the estate's; entries of several estates are sent with their own.
  const estates = [...new Set(due.map((e) => e.estate ?? DEFAULT_ESTATE))]
  const mobiles = new Map(await Promise.all(estates.map(async (x) => [x, (await settingsRepo.get(x)).alerts.dutyMobile] as const)))
  const openids = [...new Set(due.flatMap((e) => e.recipients.map((r) => r.to)).filter((t) => t !== 'duty_mobile'))]
  const people = new Map((openids.length ? await users.byOpenids(openids, 1000) : []).filter((u) => u.active).map((u) => [u.openid, u]))
  const run: Run = {
    now,
    wecom: wecomConfig().config,
    sms: smsConfig().config,
    dutyMobiles: mobiles,
    people,
    outcome: {},
  }
  for (const e of due) {
    try {
      await deliverEntry(e, run)
    } catch (err) {
      log('deliver', 'entry failed', { entry: e._id, error: String((err as Error).message ?? err) })
    }
  }
  const status = await channelStatus(now, run.outcome)
  await alerts.saveStatus(status)
  return { due: due.length, status }
}
