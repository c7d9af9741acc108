/**
 * The `complaint` cloud function: routes `{ action, payload }` from the mini-program to one use
 * case, and the timer trigger to the supervision run. The caller's identity comes only from
 * cloud.getWXContext(); anything the payload says about who is calling is ignored.
 */
import { AppError, isAppError } from './domain/errors'
import { callerOpenid, log } from './infra/cloud'
import './infra/environment'
import { bindInvite, createInvite, findResidents, listStaff, me, saveProfile, setStaffActive } from './actions/account'
import { buildContext, type CallContext } from './actions/context'
import { register, submit } from './actions/create'
import { listMessages, markRead, meta, reportSubscription } from './actions/inbox'
import { get, list, revealContact } from './actions/read'
import { registrationForm, repeats } from './actions/records'
import { getOfficeSettings, listInvites, revokeInvite, saveOfficeSettings } from './actions/admin'
import { runTimer } from './actions/timer'
import { deadLetters, retryDeadLetter } from './actions/outbox'
import { act } from './actions/transition'

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
}

export type Result = { ok: true; data: unknown } | { ok: false; error: { code: string; message: string } }

/** WeChat cloud function entry. `event` is `{ action, payload }`, or a timer trigger event. */
export async function main(event: { action?: string; payload?: unknown; Type?: string; TriggerName?: string }): Promise<Result> {
  const openid = callerOpenid()
  // A timer trigger carries no OPENID; a call from the mini-program always does.
  if (!openid && event?.Type === 'Timer') return { ok: true, data: await runTimer() }
  const action = String(event?.action ?? '')
  try {
    const handler = ROUTES[action]
    if (!handler) throw new AppError('UNKNOWN_ACTION', '不支持的操作')
    if (!openid) throw new AppError('UNAUTHENTICATED', '请在微信中打开小程序')
    const ctx = await buildContext(openid)
    return { ok: true, data: await handler(event.payload ?? {}, ctx) }
  } catch (e) {
    if (isAppError(e)) return { ok: false, error: { code: e.code, message: e.message } }
    log(action || 'router', 'unexpected error', { error: String((e as Error)?.stack ?? e) })
    return { ok: false, error: { code: 'INTERNAL', message: '系统繁忙，请稍后再试' } }
  }
}
