/**
 * The queue of content checks (issue 15): each file a change attached was queued in the change's
 * own transaction (complaints.commit); here checks are sent to WeChat within its limits (2,000 a
 * minute, 200,000 a day), retried with back-off, and those that never get an answer are handed to
 * the manager. Nothing here can fail or hold up the change that attached the file.
 */
import { MEDIA_LIMITS, STALE_SENDING_MS, VERDICT_WAIT_MS, nextMinute, retryDelay, type MediaCheck } from '../../domain/media-check'
import { log } from '../../infra/cloud'
import { MediaCallError, requestMediaCheck, urlOf } from '../../infra/media-check'
import * as counters from '../../infra/repositories/counters'
import * as checks from '../../infra/repositories/media-checks'

const MINUTE = 'media-check-minute'
const DAY = 'media-check-day'
const SHANGHAI_OFFSET_MS = 8 * 3_600_000

/** What one send came to. */
type Sent = 'sent' | 'limited' | 'retry' | 'failed' | 'skipped'

/** Takes one call from both of WeChat's windows. @returns false when either is used up. */
async function takeSlot(now: number): Promise<boolean> {
  const minute = Math.floor(now / 60_000)
  if (!(await counters.takeInWindow(MINUTE, minute, MEDIA_LIMITS.perMinute))) return false
  if (await counters.takeInWindow(DAY, Math.floor((now + SHANGHAI_OFFSET_MS) / 86_400_000), MEDIA_LIMITS.perDay)) return true
  await counters.giveBackInWindow(MINUTE, minute)
  return false
}

/** After a failed call: 45009 waits for the next minute; anything else is retried with back-off, up to MEDIA_LIMITS.maxAttempts. */
async function afterFailure(c: MediaCheck, code: string, now: number): Promise<Sent> {
  if (code === '45009') {
    await checks.move(c._id, 'sending', { status: 'queued', nextAttemptAt: nextMinute(now), lastError: code })
    return 'limited'
  }
  const attempts = c.attempts + 1
  const failed = attempts >= MEDIA_LIMITS.maxAttempts
  await checks.move(c._id, 'sending', {
    status: failed ? 'failed' : 'queued',
    attempts,
    nextAttemptAt: now + retryDelay(attempts),
    lastError: code,
  })
  log('media', failed ? 'check failed for good' : 'check failed; will retry', { id: c._id, code, attempts })
  return failed ? 'failed' : 'retry'
}

/** Claims one queued check and asks WeChat for it. A check another run claimed first is skipped. */
async function sendOne(c: MediaCheck, now: number): Promise<Sent> {
  if (!(await checks.move(c._id, 'queued', { status: 'sending', nextAttemptAt: now }))) return 'skipped'
  if (!(await takeSlot(now))) {
    await checks.move(c._id, 'sending', { status: 'queued', nextAttemptAt: nextMinute(now) })
    return 'limited'
  }
  const url = await urlOf(c.fileID)
  // No such file in storage: nothing WeChat could check, so the manager is shown it.
  if (!url) return afterFailure({ ...c, attempts: MEDIA_LIMITS.maxAttempts - 1 }, 'file_missing', now)
  try {
    const traceId = await requestMediaCheck({ url, mediaType: c.mediaType as 1 | 2, openid: c.uploader.openid })
    await checks.move(c._id, 'sending', { status: 'sent', traceId, sentAt: now, attempts: c.attempts + 1 })
    return 'sent'
  } catch (e) {
    return afterFailure(c, e instanceof MediaCallError ? e.code : 'error', now)
  }
}

/**
 * Right after a change: sends the checks of the files it attached (already queued with it).
 * Never throws: a check that cannot go now waits for the timer.
 */
export async function sendAttached(fileIDs: string[], now: number): Promise<void> {
  if (!fileIDs.length) return
  try {
    const queued = [...(await checks.ofFiles(fileIDs)).values()].filter((c) => c.status === 'queued')
    await Promise.all(queued.map((c) => sendOne(c, now)))
  } catch (e) {
    log('media', 'sending checks after a change failed; the timer retries', { error: String((e as Error).message) })
  }
}

/** What one queue run did. */
export interface MediaQueueReport {
  sent: number
  limited: number
  retried: number
  failed: number
  timedOut: number
}

/** Checks claimed by a run that died: back to the queue. */
async function requeueStale(now: number): Promise<void> {
  for (const c of await checks.due('sending', now - STALE_SENDING_MS, 100)) {
    await checks.move(c._id, 'sending', { status: 'queued', nextAttemptAt: now })
  }
}

/** Sent checks with no verdict after VERDICT_WAIT_MS: shown to the manager. @returns how many. */
async function timeOut(now: number): Promise<number> {
  let n = 0
  for (const c of await checks.unanswered(now - VERDICT_WAIT_MS, 200)) if (await checks.move(c._id, 'sent', { status: 'timeout' })) n += 1
  return n
}

/** One run of the queue by the timer: stale claims requeued, due checks sent within the limits (at most `budget`), silent ones timed out. */
export async function runMediaQueue(now: number, budget = 200): Promise<MediaQueueReport> {
  const report: MediaQueueReport = { sent: 0, limited: 0, retried: 0, failed: 0, timedOut: 0 }
  await requeueStale(now)
  for (const c of await checks.due('queued', now, budget)) {
    const r = await sendOne(c, now)
    if (r === 'sent') report.sent += 1
    if (r === 'retry') report.retried += 1
    if (r === 'failed') report.failed += 1
    if (r === 'limited') {
      report.limited += 1
      break // the window is used up: the rest wait for the next run
    }
  }
  report.timedOut = await timeOut(now)
  if (report.failed || report.timedOut || report.limited) log('media', 'queue run', { ...report })
  return report
}
