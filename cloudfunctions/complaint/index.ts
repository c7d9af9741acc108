/**
 * The `complaint` cloud function: routes `{ action, payload }` from the mini-program to one use
 * case, the timer trigger to the supervision run, and WeChat's pushed `wxa_media_check` verdicts to
 * the content checks of files. The caller's identity comes only from cloud.getWXContext(); anything
 * the payload says about who is calling is ignored. The free text a payload saves goes through the
 * content check before its use case runs (issue 15).
 */
import { AppError, isAppError } from './domain/errors'
import { callerOpenid, log } from './infra/cloud'
import './infra/environment'
import { buildContext, type CallContext } from './actions/context'
import { act } from './actions/complaint/act'
import { get } from './actions/complaint/get'
import { filesEmergency } from './actions/complaint/intake'
import { list } from './actions/complaint/list'
import { register } from './actions/complaint/register'
import { revealContact } from './actions/complaint/reveal-contact'
import { submit } from './actions/complaint/submit'
import { listConversation } from './actions/conversation/list'
import { readConversation } from './actions/conversation/read'
import { sendMessage } from './actions/conversation/send'
import { createInvite } from './actions/invite/create'
import { listInvites } from './actions/invite/list'
import { revokeInvite } from './actions/invite/revoke'
import { bindInvite } from './actions/me/bind-invite'
import { me } from './actions/me/get'
import { saveProfile } from './actions/me/save-profile'
import { listMessages } from './actions/messages/list'
import { markRead } from './actions/messages/mark-read'
import { meta } from './actions/meta/get'
import { placeCodes } from './actions/place/codes'
import { resolvePlace } from './actions/place/resolve'
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
import { listAccessLog } from './actions/access-log/list'
import { decideMedia, listMediaChecks, retryMedia } from './actions/media/review'
import { isMediaCheckPush, receiveVerdict } from './actions/media/verdict'
import { deleteAccount } from './actions/privacy/delete-account'
import { myData } from './actions/privacy/my-data'
import { withdrawConsents } from './actions/privacy/withdraw-consents'
import { accessLogQuerySchema, deleteAccountSchema, mediaDecisionSchema, mediaIdSchema, mediaPage } from './domain/privacy'
import { checkFreeText } from './infra/content'
import { settingsSchema } from './actions/settings/schema'
import * as p from './domain/payloads'
import * as mp from './domain/matter-payloads'
import { estateCodeSchema, estateCreateSchema, estateJoinSchema, estateListSchema } from './domain/estate-payloads'
import { createEstate } from './actions/estate/create'
import { joinEstate } from './actions/estate/join'
import { listEstates } from './actions/estate/list'
import { estateQrcode } from './actions/estate/qrcode'
import { switchEstate } from './actions/estate/switch'
import { matterCandidates } from './actions/matter/candidates'
import { getMatter } from './actions/matter/get'
import { linkMatter } from './actions/matter/link'
import { notifyMatter } from './actions/matter/notify'
import { startMatter } from './actions/matter/start'
import { unlinkMatter } from './actions/matter/unlink'
import { query, route, routeOf, routeTable, runRoute } from './domain/routing'
import {
  alertStatusQuery,
  inviteSchema,
  messageSchema,
  placeScene,
  placeSheet,
  profileSchema,
  schemas,
  wecomBindingSchema,
} from './domain/validation'

/**
 * Every action with the schema of its payload (domain/validation.ts, domain/payloads.ts,
 * actions/settings/schema.ts) and its use case. `complaint.act` names its transition inside the
 * payload; the use case parses the transition's own schema.
 */
const ROUTES = routeTable<CallContext>({
  'me.get': route(p.nothing, me),
  'me.saveProfile': route(profileSchema, saveProfile),
  'me.bindInvite': query(p.inviteCode, bindInvite),
  'meta.get': route(p.nothing, meta),
  'complaint.submit': route(schemas.submit, submit),
  'complaint.register': route(schemas.register, register),
  'complaint.list': query(p.listPayload, list),
  'complaint.get': route(p.byComplaintId, get),
  'complaint.act': route(p.actPayload, act),
  'complaint.revealContact': route(p.byComplaintId, revealContact),
  'complaint.repeatCandidates': route(p.byComplaintId, repeats),
  'complaint.form': route(p.byComplaintId, registrationForm),
  'settings.get': route(p.nothing, getOfficeSettings),
  'settings.save': route(settingsSchema, saveOfficeSettings),
  'invite.list': route(p.nothing, listInvites),
  'invite.revoke': query(p.inviteCode, revokeInvite),
  'staff.list': route(p.staffQuery, listStaff),
  'residents.find': query(p.roomQuery, findResidents),
  'staff.deactivate': route(p.staffMember, setStaffActive(false)),
  'staff.reactivate': route(p.staffMember, setStaffActive(true)),
  'invite.create': route(inviteSchema, createInvite),
  'messages.list': route(p.messagePage, listMessages),
  'messages.markRead': route(p.messageIds, markRead),
  'subscription.report': route(p.consentResults, reportSubscription),
  'outbox.deadLetters': route(p.nothing, deadLetters),
  'outbox.retry': route(p.deadLetter, retryDeadLetter),
  'alerts.status': query(alertStatusQuery, alertStatus),
  'me.bindWecom': route(wecomBindingSchema, bindWecom),
  'me.data': route(p.nothing, myData),
  'me.withdrawConsents': route(p.nothing, withdrawConsents),
  'me.delete': route(deleteAccountSchema, deleteAccount),
  'media.list': route(mediaPage, listMediaChecks),
  'media.decide': route(mediaDecisionSchema, decideMedia),
  'media.retry': route(mediaIdSchema, retryMedia),
  'accessLog.list': query(accessLogQuerySchema, listAccessLog),
  'conversation.list': route(p.byComplaintId, listConversation),
  'conversation.send': route(messageSchema, sendMessage),
  'conversation.read': route(p.byComplaintId, readConversation),
  'place.resolve': route(placeScene, resolvePlace),
  'place.codes': route(placeSheet, placeCodes),
  // Issue 18: matters (actions/matter/, domain/matter*.ts).
  'matter.start': route(mp.matterStart, startMatter),
  'matter.link': route(mp.matterLink, linkMatter),
  'matter.unlink': route(mp.matterUnlink, unlinkMatter),
  'matter.get': route(mp.matterById, getMatter),
  'matter.candidates': route(mp.matterCandidates, matterCandidates),
  'matter.notify': route(mp.matterNotice, notifyMatter),
  // Issue 16: estates (actions/estate/, domain/estate.ts).
  'estate.list': query(estateListSchema, listEstates),
  'estate.create': route(estateCreateSchema, createEstate),
  'estate.switch': query(estateCodeSchema, switchEstate),
  'estate.join': query(estateJoinSchema, joinEstate),
  'estate.qrcode': query(estateCodeSchema, estateQrcode),
})

/** What every call answers: the use case's data, or an error with a code for programs and a Chinese message for people. */
export type Result = { ok: true; data: unknown } | { ok: false; error: { code: string; message: string } }

/**
 * Runs the use case `action` for the caller `openid` on the payload its schema accepted.
 * @throws UNKNOWN_ACTION, UNAUTHENTICATED, INVALID_INPUT and whatever the use case throws.
 */
async function call(action: string, payload: unknown, openid: string): Promise<unknown> {
  const r = routeOf(ROUTES, action)
  if (!openid) throw new AppError('UNAUTHENTICATED', '请在微信中打开小程序')
  return runRoute(
    r,
    payload,
    () => buildContext(openid),
    async (ctx) => (await ctx.settings()).departments,
    async (schema, input, ctx) => checkFreeText(schema, input, ctx, await filesEmergency(action, input, ctx)),
  )
}

/** A call from the mini-program, or the timer: routed, with errors as `{ ok: false }`. */
async function handle(event: { action?: string; payload?: unknown; Type?: string }): Promise<Result> {
  const openid = callerOpenid()
  // A timer trigger carries no OPENID; a call from the mini-program always does.
  if (!openid && event?.Type === 'Timer') return { ok: true, data: await runTimer() }
  const action = typeof event?.action === 'string' ? event.action : ''
  try {
    return { ok: true, data: await call(action, event?.payload, openid) }
  } catch (e) {
    if (isAppError(e)) return { ok: false, error: { code: e.code, message: e.message } }
    log(action || 'router', 'unexpected error', { error: String((e as Error)?.stack ?? e) })
    return { ok: false, error: { code: 'INTERNAL', message: '系统繁忙，请稍后再试' } }
  }
}

/**
 * WeChat cloud function entry. `event` is `{ action, payload }`, a timer trigger event, or a pushed
 * `wxa_media_check` verdict (this function is the message-push target; WeChat wants 'success').
 */
export async function main(event: {
  action?: string
  payload?: unknown
  Type?: string
  TriggerName?: string
}): Promise<Result | 'success'> {
  // A push carries the user's OPENID as FromUserName, so it is recognised before any routing.
  if (isMediaCheckPush(event)) return receiveVerdict(event, Date.now()).then(() => 'success' as const)
  return handle(event)
}

/** The routing table, for the tests that walk every route's schema (issue 15: every saved text is checked). */
export { ROUTES }
