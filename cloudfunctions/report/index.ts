/**
 * The `report` cloud function (G3-P6, S1–S3): figures, weak points, corrective and preventive
 * actions, drill-down lists and .xlsx exports for the office manager and department supervisors.
 * Routes `{ action, payload }`; the caller's identity comes only from cloud.getWXContext().
 * A timer trigger deletes old export files (G3-P5). Any WeChat user may also export their own data
 * (privacy.export, issue 15). The free text a payload saves is content-checked before its use case.
 */
import { AppError, isAppError } from '../complaint/domain/errors'
import { nothing } from '../complaint/domain/payloads'
import { accessLogQuerySchema } from '../complaint/domain/privacy'
import { query, route, routeOf, routeTable, runRoute, type Route } from '../complaint/domain/routing'
import { checkFreeText } from '../complaint/infra/content'
import { callerOpenid, log } from './infra/cloud'
import { reportContext, type ReportContext } from './actions/context'
import { periodReport } from './actions/period'
import { weakPoints } from './actions/weak-points'
import { createAction, listActions, updateAction } from './actions/improvement'
import { drillDown } from './actions/drilldown'
import { exportComplaints, exportForm, exportReport, purgeExports } from './actions/exports'
import { emergencyReport } from './actions/emergencies'
import { exportAccessLog, exportMyData } from './actions/privacy'
import { createSchema, listSchema, updateSchema } from './domain/improvement'
import * as p from './domain/payloads'

/** Every action with the schema of its payload (domain/payloads.ts, domain/improvement.ts) and its use case. */
const ROUTES = routeTable<ReportContext>({
  'report.period': query(p.periodRequest, periodReport),
  'report.weakPoints': query(p.periodRequest, weakPoints),
  'report.complaints': query(p.drillRequest, drillDown),
  'action.create': route(createSchema, createAction),
  'action.update': route(updateSchema, updateAction),
  'action.list': query(listSchema, listActions),
  'export.form': query(p.exportFormRequest, exportForm),
  'export.complaints': query(p.exportListRequest, exportComplaints),
  'export.report': query(p.periodRequest, exportReport),
  'export.accessLog': query(accessLogQuerySchema, exportAccessLog),
  'report.emergencies': query(p.periodRequest, emergencyReport),
})

/** Actions any WeChat user calls about themselves, with no report role: a copy of their own data (issue 15). */
const SELF_ROUTES = routeTable<string>({
  'privacy.export': route(nothing, exportMyData),
})

export type Result = { ok: true; data: unknown } | { ok: false; error: { code: string; message: string } }

/**
 * Runs one routed action for the caller on the payload its schema accepted.
 * @throws AppError for an unknown action, a refused payload or a refused caller.
 */
async function call(action: string, payload: unknown, openid: string): Promise<unknown> {
  const own = SELF_ROUTES.get(action)
  // Self-service routes name no department: none is known to them.
  if (own)
    return runRoute(
      own as Route<string>,
      payload,
      async () => callerOf(openid),
      async () => [],
    )
  return runRoute(
    routeOf(ROUTES, action),
    payload,
    () => reportContext(openid),
    async (ctx) => (await ctx.settings()).departments,
    checkFreeText,
  )
}

/** The caller of a self-service action: any WeChat user. @throws UNAUTHENTICATED outside WeChat. */
function callerOf(openid: string): string {
  if (!openid) throw new AppError('UNAUTHENTICATED', '请在微信中打开小程序')
  return openid
}

/** WeChat cloud function entry. `event` is `{ action, payload }`, or a timer trigger event. */
export async function main(event: { action?: string; payload?: unknown; Type?: string }): Promise<Result> {
  const openid = callerOpenid()
  // A timer trigger carries no OPENID; a call from the mini-program always does.
  if (!openid && event?.Type === 'Timer') return { ok: true, data: await purgeExports(Date.now()) }
  const action = typeof event?.action === 'string' ? event.action : ''
  try {
    return { ok: true, data: await call(action, event?.payload, openid) }
  } catch (e) {
    if (isAppError(e)) return { ok: false, error: { code: e.code, message: e.message } }
    log(action || 'router', 'unexpected error', { error: String((e as Error)?.stack ?? e) })
    return { ok: false, error: { code: 'INTERNAL', message: '系统繁忙，请稍后再试' } }
  }
}

/** The routing tables, for the tests that walk every route's schema (issue 15: every saved text is checked). */
export { ROUTES, SELF_ROUTES }
