/**
 * The `alert` cloud function (issue 14): delivers emergency alerts on the channels that need no
 * per-message consent — WeCom application messages and SMS — from the `alert_outbox` the
 * complaint function fills, and reports which channels its environment configures. It alone holds
 * those channels' secrets (its environment variables; see docs/DEPLOY.md).
 *
 * Events: a timer (every minute: retries), `{ action: 'alert.deliver', payload: { complaintId? } }`
 * from the complaint function right after an alert step, `{ action: 'alert.status' }`. Whoever
 * calls, it can only deliver what is queued, at most once each, and answer booleans and the names
 * of missing settings. Payloads are checked by hand, not with the complaint function's schemas,
 * to keep this bundle small (zod alone would be most of it).
 */
import { AppError, isAppError } from '../complaint/domain/errors'
import { logger } from '../complaint/infra/cloud'
import * as alerts from '../complaint/infra/repositories/alert-outbox'
import { channelStatus, deliverDue } from './deliver'

const log = logger('alert')

type Handler = (payload: Record<string, unknown>, now: number) => Promise<unknown>

/** The payload as an object holding only `allowed` keys. @throws AppError INVALID_INPUT. */
function fieldsOf(payload: unknown, allowed: string[]): Record<string, unknown> {
  if (payload === undefined || payload === null) return {}
  if (typeof payload !== 'object' || Array.isArray(payload)) throw new AppError('INVALID_INPUT', '提交的内容格式不正确')
  const unknown = Object.keys(payload).filter((k) => !allowed.includes(k))
  if (unknown.length) throw new AppError('INVALID_INPUT', `不支持的字段：${unknown.join('、')}`)
  return payload as Record<string, unknown>
}

/** Delivers what is due, of one complaint when named. */
const deliver: Handler = async (payload, now) => {
  const { complaintId } = fieldsOf(payload, ['complaintId'])
  if (complaintId !== undefined && (typeof complaintId !== 'string' || !complaintId || complaintId.length > 64))
    throw new AppError('INVALID_INPUT', '投诉编号格式不正确')
  return { due: (await deliverDue(now, complaintId as string | undefined)).due }
}

/** Reports (and records) which channels the environment configures. */
const status: Handler = async (payload, now) => {
  fieldsOf(payload, [])
  const s = await channelStatus(now)
  await alerts.saveStatus(s)
  return s
}

/** Every action by name (own entries only: `constructor`, `__proto__` … are unknown actions). */
const ROUTES = new Map<string, Handler>(
  Object.entries({
    'alert.deliver': deliver,
    'alert.status': status,
  }),
)

export type Result = { ok: true; data: unknown } | { ok: false; error: { code: string; message: string } }

/** WeChat cloud function entry: a timer trigger, or `{ action, payload }`. */
export async function main(event: { action?: string; payload?: unknown; Type?: string }): Promise<Result> {
  const now = Date.now()
  try {
    if (event?.Type === 'Timer') return { ok: true, data: { due: (await deliverDue(now)).due } }
    const handler = ROUTES.get(typeof event?.action === 'string' ? event.action : '')
    if (!handler) throw new AppError('UNKNOWN_ACTION', '不支持的操作')
    return { ok: true, data: await handler(event?.payload as Record<string, unknown>, now) }
  } catch (e) {
    if (isAppError(e)) return { ok: false, error: { code: e.code, message: e.message } }
    log('router', 'unexpected error', { error: String((e as Error)?.message ?? e) })
    return { ok: false, error: { code: 'INTERNAL', message: '系统繁忙，请稍后再试' } }
  }
}
