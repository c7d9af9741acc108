/**
 * The `export` cloud function (V2, S1, G3-P5): the .xlsx exports of the report module — a
 * complaint's registration form, a filtered list of complaints, the period report — for the office
 * manager and department supervisors. A function of its own so that the spreadsheet library
 * (exceljs and its zip writer, about half a megabyte) is loaded only by a call that writes a file,
 * never on the `report` function's cold start. The actions and their rules live in
 * `report/actions/exports.ts`, their payload schemas in `report/domain/payloads.ts`; the caller is
 * checked as for every report (`reportContext`). Routes `{ action, payload }`; the caller's
 * identity comes only from cloud.getWXContext(). A timer trigger deletes old export files (G3-P5).
 */
import { isAppError } from '../complaint/domain/errors'
import { route, routeOf, routeTable, runRoute } from '../complaint/domain/routing'
import { reportContext, type ReportContext } from '../report/actions/context'
import { exportComplaints, exportForm, exportReport, purgeExports } from '../report/actions/exports'
import * as p from '../report/domain/payloads'
import { callerOpenid, logger } from '../complaint/infra/cloud'

const log = logger('export')

/** Every action with the schema of its payload (report/domain/payloads.ts) and its use case. */
const ROUTES = routeTable<ReportContext>({
  'export.form': route(p.exportFormRequest, exportForm),
  'export.complaints': route(p.exportListRequest, exportComplaints),
  'export.report': route(p.periodRequest, exportReport),
})

export type Result = { ok: true; data: unknown } | { ok: false; error: { code: string; message: string } }

/**
 * Runs one routed action for the caller on the payload its schema accepted.
 * @throws AppError for an unknown action, a refused payload or a refused caller.
 */
async function call(action: string, payload: unknown, openid: string): Promise<unknown> {
  return runRoute(
    routeOf(ROUTES, action),
    payload,
    () => reportContext(openid),
    async (ctx) => (await ctx.settings()).departments,
  )
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
