/** messages.markRead — marks the caller's given messages (or all of them) read. */
import * as inbox from '../../infra/repositories/inbox'
import { requireOpenid, type CallContext } from '../context'

/** @param payload `{ ids? }` (all when absent). @returns `{ unread }`. */
export async function markRead(payload: { ids?: string[] }, ctx: CallContext) {
  const openid = requireOpenid(ctx)
  await inbox.markRead(openid, Array.isArray(payload?.ids) ? payload.ids.map(String) : undefined)
  return { unread: await inbox.unreadCount(openid) }
}
