/**
 * The `report` cloud function (G3-P6, S1–S4): figures, weak points, corrective and preventive
 * actions and drill-down lists for the office manager and department supervisors, and the public
 * monthly report (公示) every resident may read. Routes `{ action, payload }`; the caller's identity
 * comes only from cloud.getWXContext(). The free text a payload saves is content-checked before its
 * use case. The .xlsx files (`export.*`, and a resident's copy of their own data, `privacy.export`)
 * are served by the `export` function, which carries the spreadsheet library.
 */
import { AppError, isAppError } from '../complaint/domain/errors'
import { nothing } from '../complaint/domain/payloads'
import { query, route, routeOf, routeTable, runRoute, type Route } from '../complaint/domain/routing'
import { checkFreeText } from '../complaint/infra/content'
import { callerOpenid, log } from './infra/cloud'
import { reportContext, type ReportContext } from './actions/context'
import { periodReport } from './actions/period'
import { weakPoints } from './actions/weak-points'
import { createAction, listActions, updateAction } from './actions/improvement'
import { drillDown } from './actions/drilldown'
import { emergencyReport } from './actions/emergencies'
import { latestPublicReport, publishPublicReport } from './actions/public-report'
import { companyContext, companyReport, type CompanyContext } from './actions/company'
import { nightlyRecount } from './actions/rollup-recount'
import { companyRequest } from './domain/company'
import { publishRequest } from './domain/public-report'
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
  'report.emergencies': query(p.periodRequest, emergencyReport),
  'publicReport.publish': route(publishRequest, publishPublicReport),
})

/**
 * Issue 16: actions of the company administrator and the quality department (the caller's
 * `companyRole`), across estates.
 */
const COMPANY_ROUTES = routeTable<CompanyContext>({
  'report.company': query(companyRequest, companyReport),
})

/** Actions any WeChat user calls, with no report role. */
const SELF_ROUTES = routeTable<string>({
  // S4: the public monthly report (公示) is for every resident.
  'publicReport.latest': query(nothing, latestPublicReport),
})

export type Result = { ok: true; data: unknown } | { ok: false; error: { code: string; message: string } }

/**
 * Runs one routed action for the caller on the payload its schema accepted.
 * @throws AppError for an unknown action, a refused payload or a refused caller.
 */
async function call(action: string, payload: unknown, openid: string): Promise<unknown> {
  const company = COMPANY_ROUTES.get(action)
  if (company)
    return runRoute(
      company,
      payload,
      () => companyContext(openid),
      async (ctx) => (await ctx.settings()).departments,
    )
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

/** The timer's run: the nightly rollup recount, once a day after 02:00; how many rollups it repaired (0 when not yet time or done). */
async function recountOnTimer(now: number): Promise<{ rollupRepairs: number }> {
  try {
    return { rollupRepairs: (await nightlyRecount(now))?.repairs.length ?? 0 }
  } catch (e) {
    log('rollups', 'recount failed', { error: String((e as Error).message) })
    return { rollupRepairs: 0 }
  }
}

/** The caller of a self-service action: any WeChat user. @throws UNAUTHENTICATED outside WeChat. */
function callerOf(openid: string): string {
  if (!openid) throw new AppError('UNAUTHENTICATED', '请在微信中打开小程序')
  return openid
}

/** WeChat cloud function entry. `event` is `{ action, payload }`, or the hourly timer's event (issue 17: the nightly rollup recount). */
export async function main(event: { action?: string; payload?: unknown; Type?: string }): Promise<Result> {
  const openid = callerOpenid()
  // A timer trigger carries no OPENID; a call from the mini-program always does.
  if (!openid && event?.Type === 'Timer') return { ok: true, data: await recountOnTimer(Date.now()) }
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
export { ROUTES, SELF_ROUTES, COMPANY_ROUTES }
