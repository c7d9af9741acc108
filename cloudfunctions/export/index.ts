/**
 * The `export` cloud function (V2, S1, G3-P5): the .xlsx exports of the report module — a
 * complaint's registration form, a filtered list of complaints, the period report — for the office
 * manager and department supervisors. A function of its own so that the spreadsheet library
 * (exceljs and its zip writer, about half a megabyte) is loaded only by a call that writes a file,
 * never on the `report` function's cold start. The actions and their rules live in
 * `report/actions/exports.ts`; the caller is checked as for every report (`reportContext`).
 * Routes `{ action, payload }`; the caller's identity comes only from cloud.getWXContext().
 * A timer trigger deletes old export files (G3-P5).
 */
import { AppError, isAppError } from '../complaint/domain/errors'
import { reportContext, type ReportContext } from '../report/actions/context'
import { exportComplaints, exportForm, exportReport, purgeExports } from '../report/actions/exports'
import { callerOpenid, logger } from '../complaint/infra/cloud'

const log = logger('export')

type Handler = (payload: any, ctx: ReportContext) => Promise<unknown>

const ROUTES: Record<string, Handler> = {
  'export.form': exportForm,
  'export.complaints': exportComplaints,
  'export.report': exportReport,
}

export type Result = { ok: true; data: unknown } | { ok: false; error: { code: string; message: string } }

/** Runs one routed action for the caller. @throws AppError for an unknown action or a refused caller. */
async function route(action: string, payload: unknown, openid: string): Promise<unknown> {
  const handler = ROUTES[action]
  if (!handler) throw new AppError('UNKNOWN_ACTION', '不支持的操作')
  return handler(payload ?? {}, await reportContext(openid))
}

/** WeChat cloud function entry. `event` is `{ action, payload }`, or a timer trigger event. */
export async function main(event: { action?: string; payload?: unknown; Type?: string }): Promise<Result> {
  const openid = callerOpenid()
  // A timer trigger carries no OPENID; a call from the mini-program always does.
  if (!openid && event?.Type === 'Timer') return { ok: true, data: await purgeExports(Date.now()) }
  const action = String(event?.action ?? '')
  try {
    return { ok: true, data: await route(action, event.payload, openid) }
  } catch (e) {
    if (isAppError(e)) return { ok: false, error: { code: e.code, message: e.message } }
    log(action || 'router', 'unexpected error', { error: String((e as Error)?.stack ?? e) })
    return { ok: false, error: { code: 'INTERNAL', message: '系统繁忙，请稍后再试' } }
  }
}
