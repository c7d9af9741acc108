/**
 * subscription.report — the result of requestSubscribeMessage: each `accept` adds one message to
 * the caller's ledger for that template (one acceptance = one message, MESSAGES.md).
 */
import type { TemplateName } from '../../domain/notifications'
import { environment } from '../../infra/environment'
import * as quota from '../../infra/repositories/quota'
import { requireOpenid, type CallContext } from '../context'
import { quotaOf } from './quota'

const NAME_BY_ID = new Map(Object.entries(environment.templates).map(([name, id]) => [id, name as TemplateName]))

/** @param payload `{ results: { [templateId]: 'accept' | 'reject' | 'ban' | 'filter' } }`. @returns the caller's quota per template name. */
export async function reportSubscription(payload: { results?: Record<string, string> }, ctx: CallContext) {
  const openid = requireOpenid(ctx)
  const accepted = Object.entries(payload?.results ?? {})
    .filter(([id, r]) => r === 'accept' && NAME_BY_ID.has(id))
    .map(([id]) => NAME_BY_ID.get(id)!)
  for (const name of accepted) await quota.grant(openid, name, ctx.now)
  return { quota: await quotaOf(openid) }
}
