/**
 * The timer's privacy work (issue 15): the content-check queue (send, retry, time out) and the
 * retention run. A check that failed for good or never got a verdict is put before the managers
 * in their messages (once a day), so an outage of the check service is never silent.
 */
import { dayOf } from '../../domain/calendar'
import type { OfficeSettings } from '../../domain/settings'
import { log } from '../../infra/cloud'
import * as inbox from '../../infra/repositories/inbox'
import * as users from '../../infra/repositories/users'
import { runMediaQueue, type MediaQueueReport } from '../media/queue'
import { emptyRetention, runRetention, type RetentionReport } from '../privacy/retention'
import * as estates from '../../infra/repositories/estates'
import { DEFAULT_ESTATE } from '@shared/matters'

/** What the privacy work of one timer run did. */
export interface PrivacyChoresReport {
  media: MediaQueueReport
  retention: RetentionReport
}

/** Tells each manager that `n` files could not be checked (one message a day per manager, updated). */
async function alertManagers(n: number, now: number): Promise<void> {
  for (const m of await users.activeManagersAnywhere()) {
    await inbox.put(`media-alert-${dayOf(now)}-${m.openid}`.slice(0, 120), {
      openid: m.openid,
      complaintId: null,
      complaintNo: '',
      kind: 'media_alert',
      title: '内容安全检测未完成',
      fields: [`${n} 个文件检测失败或未收到结果，请在“内容安全”中查看并处理`],
      at: now,
      read: false,
    })
  }
}

/**
 * Runs the queue and, when `retention` (the timer's full scan, every fifth minute), retention; a
 * failure of one is logged and never stops the other or the timer.
 */
export async function runPrivacyChores(
  settingsOf: (estate: string) => Promise<OfficeSettings>,
  now: number,
  retention = true,
): Promise<PrivacyChoresReport> {
  const media = await runMediaQueue(now).catch((e) => {
    log('media', 'queue run failed', { error: String((e as Error).message) })
    return { sent: 0, limited: 0, retried: 0, failed: 0, timedOut: 0 }
  })
  if (media.failed + media.timedOut) await alertManagers(media.failed + media.timedOut, now)
  const kept = emptyRetention()
  if (retention) {
    // Issue 16: each estate's closed complaints by that estate's retention periods; one estate's failure stops no other.
    const codes = (await estates.all()).map((e) => e.code)
    for (const estate of codes.length ? codes : [DEFAULT_ESTATE])
      await runRetention(estate, (await settingsOf(estate)).retention, now, kept).catch((e) => {
        log('retention', 'run failed', { estate, error: String((e as Error).message) })
      })
  }
  return { media, retention: kept }
}
