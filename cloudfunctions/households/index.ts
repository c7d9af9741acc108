/**
 * The `households` cloud function (issue 16): each estate's household roster (房屋台账) and residents'
 * rooms — the roster's list and one-household edits for the manager, a resident's request to be
 * bound to a room and their rooms, customer service's queue of requests and decisions. A function
 * of its own so that the `complaint` function, which every resident's first screen waits for, stays
 * small; the roster's .xlsx files are the `export` function's. The use cases live in
 * `complaint/actions/households/` and `complaint/actions/rooms/` (they share the complaint function's
 * context, repositories and rules); every call works on the caller's estate (`ctx.estate`). Routes
 * `{ action, payload }`; the caller's identity comes only from cloud.getWXContext().
 */
import { buildContext, type CallContext } from '../complaint/actions/context'
import { listHouseholds } from '../complaint/actions/households/list'
import { deleteHousehold, saveHousehold } from '../complaint/actions/households/save'
import { bindRoom } from '../complaint/actions/rooms/bind'
import { decideRoom } from '../complaint/actions/rooms/decide'
import { myRooms } from '../complaint/actions/rooms/mine'
import { roomRequests } from '../complaint/actions/rooms/requests'
import { AppError, isAppError } from '../complaint/domain/errors'
import * as hp from '../complaint/domain/household-payloads'
import { nothing } from '../complaint/domain/payloads'
import { query, route, routeOf, routeTable, runRoute } from '../complaint/domain/routing'
import { callerOpenid, logger } from '../complaint/infra/cloud'
import { checkFreeText } from '../complaint/infra/content'
import '../complaint/infra/environment'

const log = logger('households')

/** Every action with the schema of its payload and its use case (docs/API.md, Households and residents' rooms). */
const ROUTES = routeTable<CallContext>({
  'households.list': query(hp.householdList, listHouseholds),
  'households.save': route(hp.householdSave, saveHousehold),
  'households.delete': route(hp.householdDelete, deleteHousehold),
  'room.bind': route(hp.roomBind, bindRoom),
  'room.mine': query(nothing, myRooms),
  'room.requests': query(hp.roomRequests, roomRequests),
  'room.decide': route(hp.roomDecide, decideRoom),
})

export type Result = { ok: true; data: unknown } | { ok: false; error: { code: string; message: string } }

/**
 * Runs one routed action for the caller on the payload its schema accepted (its free text content-checked).
 * @throws AppError UNKNOWN_ACTION, UNAUTHENTICATED, INVALID_INPUT and whatever the use case throws.
 */
async function call(action: string, payload: unknown, openid: string): Promise<unknown> {
  const r = routeOf(ROUTES, action)
  if (!openid) throw new AppError('UNAUTHENTICATED', '请在微信中打开小程序')
  return runRoute(
    r,
    payload,
    () => buildContext(openid),
    async (ctx) => (await ctx.settings()).departments,
    (schema, input, ctx) => checkFreeText(schema, input, ctx),
  )
}

/** WeChat cloud function entry. `event` is `{ action, payload }`. */
export async function main(event: { action?: string; payload?: unknown }): Promise<Result> {
  const action = typeof event?.action === 'string' ? event.action : ''
  try {
    return { ok: true, data: await call(action, event?.payload, callerOpenid()) }
  } catch (e) {
    if (isAppError(e)) return { ok: false, error: { code: e.code, message: e.message } }
    log(action || 'router', 'unexpected error', { error: String((e as Error)?.stack ?? e) })
    return { ok: false, error: { code: 'INTERNAL', message: '系统繁忙，请稍后再试' } }
  }
}

/** The routing table, for the tests that walk every route's schema (issue 15: every saved text is checked). */
export { ROUTES }
