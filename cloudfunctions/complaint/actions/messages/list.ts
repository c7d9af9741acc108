/** messages.list — the caller's in-app messages (the fallback channel of every notification), newest first. */
import * as inbox from '../../infra/repositories/inbox'
import { requireOpenid, type CallContext } from '../context'

/** @param payload `{ page? }` (20 a page). @returns `{ items, unread, page }`. */
export async function listMessages(payload: { page?: number }, ctx: CallContext) {
  const openid = requireOpenid(ctx)
  const page = Math.max(Number(payload?.page) || 1, 1)
  const items = await inbox.page(openid, page)
  return {
    items: items.map(({ openid: _o, ...rest }) => ({ id: rest._id, ...rest })),
    unread: await inbox.unreadCount(openid),
    page,
  }
}
