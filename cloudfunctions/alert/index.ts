/**
 * The `alert` cloud function (issue 14): delivers emergency alerts on the channels that need no
 * per-message consent — WeCom application messages and SMS — from the `alert_outbox` the
 * complaint function fills, and reports which channels its environment configures. It alone holds
 * those channels' secrets (its environment variables; see docs/DEPLOY.md).
 *
 * Events: a timer (every minute: retries), `{ action: 'deliver', complaintId? }` from the complaint
 * function right after an alert step, `{ action: 'status' }`. Whoever calls, it can only deliver
 * what is queued, at most once each, and answer booleans and the names of missing settings.
 */
import { logger } from '../complaint/infra/cloud'
import { channelStatus, deliverDue } from './deliver'
import * as alerts from '../complaint/infra/repositories/alert-outbox'

const log = logger('alert')

export type Result = { ok: true; data: unknown } | { ok: false; error: { code: string; message: string } }

/** WeChat cloud function entry. */
export async function main(event: { action?: string; complaintId?: unknown; Type?: string }): Promise<Result> {
  const now = Date.now()
  try {
    if (event?.Type === 'Timer' || event?.action === 'deliver') {
      const complaintId = typeof event.complaintId === 'string' && event.complaintId ? event.complaintId : undefined
      const r = await deliverDue(now, complaintId)
      return { ok: true, data: { due: r.due } }
    }
    if (event?.action === 'status') {
      const status = await channelStatus(now)
      await alerts.saveStatus(status)
      return { ok: true, data: status }
    }
    return { ok: false, error: { code: 'UNKNOWN_ACTION', message: '不支持的操作' } }
  } catch (e) {
    log('router', 'unexpected error', { error: String((e as Error)?.message ?? e) })
    return { ok: false, error: { code: 'INTERNAL', message: '系统繁忙，请稍后再试' } }
  }
}
