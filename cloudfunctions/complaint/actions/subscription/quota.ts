/** A user's remaining subscription messages per template (the quota ledger, MESSAGES.md). */
import { environment } from '../../infra/environment'
import * as quota from '../../infra/repositories/quota'

/** `openid`'s remaining messages for every template of this environment (0 when none). */
export async function quotaOf(openid: string): Promise<Record<string, number>> {
  const rows = await quota.of(openid)
  return Object.fromEntries(Object.keys(environment.templates).map((n) => [n, rows.find((r) => r.template === n)?.count ?? 0]))
}
