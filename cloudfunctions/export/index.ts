/**
 * The `export` cloud function (V2, S1, G3-P5, issue 15): the .xlsx files of the report module — a
 * complaint's registration form, a filtered list of complaints, the period report, the manager's
 * access log — and any WeChat user's copy of their own data (`privacy.export`). A function of its
 * own so that the spreadsheet library (exceljs and its zip writer, about half a megabyte) is loaded
 * only by a call that writes a file, never on the `report` function's cold start. The actions and
 * their rules live in `report/actions/exports.ts` and `report/actions/privacy.ts`, their payload
 * schemas in `report/domain/payloads.ts` and `complaint/domain/privacy.ts`; the caller is checked
 * as for every report (`reportContext`), or as any WeChat user for their own data. Routes
 * `{ action, payload }`; the caller's identity comes only from cloud.getWXContext(). A timer
 * trigger deletes old export files (G3-P5).
 */
import { AppError, isAppError } from '../complaint/domain/errors'
import { nothing } from '../complaint/domain/payloads'
import { accessLogQuerySchema } from '../complaint/domain/privacy'
import { query, route, routeOf, routeTable, runRoute, type Route } from '../complaint/domain/routing'
import { checkFreeText } from '../complaint/infra/content'
import { callerOpenid, logger } from '../complaint/infra/cloud'
import { reportContext, type ReportContext } from '../report/actions/context'
import { exportComplaints, exportForm, exportReport, purgeExports } from '../report/actions/exports'
import { exportAccessLog, exportMyData } from '../report/actions/privacy'
import * as p from '../report/domain/payloads'
import { exportHouseholds, householdContext, householdTemplate, importHouseholds } from '../report/actions/households'
import { householdImport } from '../complaint/domain/household-payloads'
import type { CallContext } from '../complaint/actions/context'

const log = logger('export')

/** Every action with the schema of its payload and its use case; each only asks, so none is content-checked. */
const ROUTES = routeTable<ReportContext>({
  'export.form': query(p.exportFormRequest, exportForm),
  'export.complaints': query(p.exportListRequest, exportComplaints),
  'export.report': query(p.periodRequest, exportReport),
  'export.accessLog': query(accessLogQuerySchema, exportAccessLog),
})

/** Issue 16: the estate's household roster as a file, for its manager (the caller's estate from their context). */
const HOUSEHOLD_ROUTES = routeTable<CallContext>({
  'households.import': query(householdImport, importHouseholds),
  'households.export': query(nothing, exportHouseholds),
  'households.template': query(nothing, householdTemplate),
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
  const roster = HOUSEHOLD_ROUTES.get(action)
  if (roster)
    return runRoute(
      roster,
      payload,
      () => householdContext(openid),
      async (ctx) => (await ctx.settings()).departments,
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
export { ROUTES, SELF_ROUTES, HOUSEHOLD_ROUTES }
