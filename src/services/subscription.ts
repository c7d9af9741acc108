/** Subscription consent: ask on the tap, then tell the function what the user allowed. */
import { call } from './api'
import { requestConsent } from './subscribe'
import type { ConsentResult } from './types'

/**
 * What the H5 stand-in dialog says each consent group is for (WeChat's own panel lists the template
 * titles instead): residents hear about their complaint, staff about their work.
 */
export const CONSENT_PURPOSE = {
  submit: '投诉受理、处理进度和结果将通过微信服务通知告诉您',
  rate: '投诉将重新处理，新的处理进度和结果将通过微信服务通知告诉您',
  staff: '新的工单、审批和超时提醒将通过微信服务通知发给您',
  reply: '物业回复您的留言时，将通过微信服务通知告诉您',
} as const

/** Reports consent answers so the function's quota ledger counts them. */
export function reportSubscription(results: Record<string, ConsentResult>): Promise<{ quota: Record<string, number> }> {
  return call('subscription.report', { results })
}

/**
 * Asks for consent to `tmplIds` (the H5 dialog says `purpose`, see CONSENT_PURPOSE) and reports the answer. Call it FIRST in a tap handler, before any
 * await (WeChat refuses the panel afterwards). Never rejects: consent never blocks the action.
 */
export function askConsent(tmplIds: string[] | undefined, purpose: string): Promise<void> {
  return requestConsent(tmplIds ?? [], purpose)
    .then((results) => (Object.keys(results).length ? reportSubscription(results) : undefined))
    .then(
      () => undefined,
      () => undefined,
    )
}

/**
 * Issue 4: a staff tap that tops up task pushes. Asks for consent to `tmplIds` (FIRST, inside the
 * tap), reports the answer and resolves with the remaining quota per template name, or null when
 * the user allowed nothing. @throws ApiError when the report fails.
 */
export async function topUpConsent(tmplIds: string[], purpose?: string): Promise<Record<string, number> | null> {
  const results = await requestConsent(tmplIds, purpose)
  if (!Object.values(results).includes('accept')) return null
  return (await reportSubscription(results)).quota
}
