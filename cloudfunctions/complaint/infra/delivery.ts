/**
 * One delivery of the outbox (ARCHITECTURE.md), shared by the notifier's complaint messages and a
 * matter's notices (issue 18): sending a subscription message (MESSAGES.md), settling a
 * recipient by WeChat's answer, and where an entry stands after a run (retries with back-off).
 */
import { sdk } from './cloud'
import { environment } from './environment'
import type { OutboxEntry, Recipient } from './repositories/outbox'

/** Retries of transient errors before a message becomes a dead letter. */
export const MAX_ATTEMPTS = 5
/** Back-off after the n-th failed attempt: 1, 2, 4, 8 … minutes. */
export const backoff = (attempts: number) => 60_000 * 2 ** Math.max(0, attempts - 1)

/** Errors that retrying cannot fix (MESSAGES.md): configuration or formatter bugs. */
export const PERMANENT = new Set([47003, 40037, 40003, 41030])

/** Sends one subscription message opening `page`; returns the WeChat error code, 0 on success. */
export async function sendSubscription(
  openid: string,
  templateId: string,
  page: string,
  data: Record<string, { value: string }>,
): Promise<{ code: number; message?: string }> {
  try {
    await sdk().openapi.subscribeMessage.send({
      touser: openid,
      templateId,
      page,
      data,
      miniprogramState: environment.miniprogramState,
      lang: 'zh_CN',
    })
    return { code: 0 }
  } catch (err) {
    const e = err as { errCode?: number; errMsg?: string; message?: string }
    return { code: typeof e.errCode === 'number' ? e.errCode : -1, message: e.errMsg ?? e.message }
  }
}

/** Records a send's outcome on the recipient: sent, or retried / dead by WeChat's or WeCom's code. */
export function settle(r: Recipient, result: { code: number; message?: string }, permanent: Set<number>) {
  r.attempts += 1
  if (result.code === 0) return void (r.state = 'sent')
  r.error = `${result.code} ${result.message ?? ''}`.trim()
  r.state = permanent.has(result.code) || r.attempts >= MAX_ATTEMPTS ? 'dead' : 'retry'
}

/** Where an entry stands after a run: done, or pending with back-off while a recipient waits for a retry. */
export function afterRun(e: OutboxEntry, recipients: Recipient[], now: number): Partial<OutboxEntry> {
  const waiting = recipients.some((r) => r.state === 'retry')
  const attempts = e.attempts + 1
  return {
    status: waiting ? 'pending' : 'done',
    dead: recipients.some((r) => r.state === 'dead'),
    attempts,
    nextAttemptAt: waiting ? now + backoff(attempts) : now,
    lockedUntil: 0,
  }
}
