/**
 * The `complaint` cloud function: routes `{ action, payload }` from the mini-program to one use
 * case, and the timer trigger to the supervision run. The caller's identity comes only from
 * cloud.getWXContext(); anything the payload says about who is calling is ignored.
 */
import { AppError, isAppError } from './domain/errors'
import { callerOpenid, log } from './infra/cloud'
import './infra/environment'
import { buildContext, type CallContext } from './actions/context'
import { act } from './actions/complaint/act'
import { get } from './actions/complaint/get'
import { list } from './actions/complaint/list'
import { register } from './actions/complaint/register'
import { revealContact } from './actions/complaint/reveal-contact'
import { submit } from './actions/complaint/submit'
import { createInvite } from './actions/invite/create'
import { listInvites } from './actions/invite/list'
import { revokeInvite } from './actions/invite/revoke'
import { bindInvite } from './actions/me/bind-invite'
import { me } from './actions/me/get'
import { saveProfile } from './actions/me/save-profile'
import { listMessages } from './actions/messages/list'
import { markRead } from './actions/messages/mark-read'
import { meta } from './actions/meta/get'
import { deadLetters } from './actions/outbox/dead-letters'
import { retryDeadLetter } from './actions/outbox/retry'
import { registrationForm, repeats } from './actions/records'
import { findResidents } from './actions/residents/find'
import { getOfficeSettings } from './actions/settings/get'
import { saveOfficeSettings } from './actions/settings/save'
import { listStaff } from './actions/staff/list'
import { setStaffActive } from './actions/staff/set-active'
import { reportSubscription } from './actions/subscription/report'
import { runTimer } from './actions/timer/run'
import { alertStatus } from './actions/alerts/status'
import { bindWecom } from './actions/me/bind-wecom'

type Handler = (payload: any, ctx: CallContext) => Promise<unknown>

const ROUTES: Record<string, Handler> = {
  'me.get': me,
  'me.saveProfile': saveProfile,
  'me.bindInvite': bindInvite,
  'meta.get': meta,
  'complaint.submit': submit,
  'complaint.register': register,
  'complaint.list': list,
  'complaint.get': get,
  'complaint.act': act,
  'complaint.revealContact': revealContact,
  'complaint.repeatCandidates': repeats,
  'complaint.form': registrationForm,
  'settings.get': getOfficeSettings,
  'settings.save': saveOfficeSettings,
  'invite.list': listInvites,
  'invite.revoke': revokeInvite,
  'staff.list': listStaff,
  'residents.find': findResidents,
  'staff.deactivate': setStaffActive(false),
  'staff.reactivate': setStaffActive(true),
  'invite.create': createInvite,
  'messages.list': listMessages,
  'messages.markRead': markRead,
  'subscription.report': reportSubscription,
  'outbox.deadLetters': deadLetters,
  'outbox.retry': retryDeadLetter,
  'alerts.status': alertStatus,
  'me.bindWecom': bindWecom,
}

/** What every call answers: the use case's data, or an error with a code for programs and a Chinese message for people. */
export type Result = { ok: true; data: unknown } | { ok: false; error: { code: string; message: string } }

/** Runs the use case `action` for the caller `openid`. @throws UNKNOWN_ACTION, UNAUTHENTICATED and whatever the use case throws. */
async function route(action: string, payload: unknown, openid: string): Promise<unknown> {
  const handler = ROUTES[action]
  if (!handler) throw new AppError('UNKNOWN_ACTION', '不支持的操作')
  if (!openid) throw new AppError('UNAUTHENTICATED', '请在微信中打开小程序')
  return handler(payload ?? {}, await buildContext(openid))
}

/** WeChat cloud function entry. `event` is `{ action, payload }`, or a timer trigger event. */
export async function main(event: { action?: string; payload?: unknown; Type?: string; TriggerName?: string }): Promise<Result> {
  const openid = callerOpenid()
  // A timer trigger carries no OPENID; a call from the mini-program always does.
  if (!openid && event?.Type === 'Timer') return { ok: true, data: await runTimer() }
  const action = String(event?.action ?? '')
  try {
    return { ok: true, data: await route(action, event?.payload, openid) }
  } catch (e) {
    if (isAppError(e)) return { ok: false, error: { code: e.code, message: e.message } }
    log(action || 'router', 'unexpected error', { error: String((e as Error)?.stack ?? e) })
    return { ok: false, error: { code: 'INTERNAL', message: '系统繁忙，请稍后再试' } }
  }
}
