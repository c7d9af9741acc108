/**
 * me.withdrawConsents — the caller withdraws their consent to subscription messages (PIPL art. 15):
 * every acceptance left in their ledger is removed, so nothing more is sent to them through WeChat
 * until they accept again; their in-app messages still arrive (they are how the complaint is answered).
 */
import * as quota from '../../infra/repositories/quota'
import { requireOpenid, type CallContext } from '../context'
import { quotaOf } from '../subscription/quota'

/** @returns `{ withdrawn: n, quota }` (quota now 0 for every template). */
export async function withdrawConsents(_p: unknown, ctx: CallContext) {
  const openid = requireOpenid(ctx)
  const withdrawn = await quota.removeAllOf(openid)
  return { withdrawn, quota: await quotaOf(openid) }
}
