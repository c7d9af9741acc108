/**
 * The `report` cloud function (G3-P6, S1–S3): figures, weak points, corrective and preventive
 * actions and drill-down lists for the office manager and department supervisors. Routes
 * `{ action, payload }`; the caller's identity comes only from cloud.getWXContext(). The .xlsx
 * exports (`export.*`) are served by the `export` function, which carries the spreadsheet library.
 */
import { AppError, isAppError } from '../complaint/domain/errors'
import { callerOpenid, log } from './infra/cloud'
import { reportContext, type ReportContext } from './actions/context'
import { periodReport } from './actions/period'
import { weakPoints } from './actions/weak-points'
import { createAction, listActions, updateAction } from './actions/improvement'
import { drillDown } from './actions/drilldown'

type Handler = (payload: any, ctx: ReportContext) => Promise<unknown>

const ROUTES: Record<string, Handler> = {
  'report.period': periodReport,
  'report.weakPoints': weakPoints,
  'report.complaints': drillDown,
  'action.create': createAction,
  'action.update': updateAction,
  'action.list': listActions,
}

export type Result = { ok: true; data: unknown } | { ok: false; error: { code: string; message: string } }

/** Runs one routed action for the caller. @throws AppError for an unknown action or a refused caller. */
async function route(action: string, payload: unknown, openid: string): Promise<unknown> {
  const handler = ROUTES[action]
  if (!handler) throw new AppError('UNKNOWN_ACTION', '不支持的操作')
  return handler(payload ?? {}, await reportContext(openid))
}

/** WeChat cloud function entry. `event` is `{ action, payload }`. */
export async function main(event: { action?: string; payload?: unknown }): Promise<Result> {
  const openid = callerOpenid()
  const action = String(event?.action ?? '')
  try {
    return { ok: true, data: await route(action, event.payload, openid) }
  } catch (e) {
    if (isAppError(e)) return { ok: false, error: { code: e.code, message: e.message } }
    log(action || 'router', 'unexpected error', { error: String((e as Error)?.stack ?? e) })
    return { ok: false, error: { code: 'INTERNAL', message: '系统繁忙，请稍后再试' } }
  }
}
