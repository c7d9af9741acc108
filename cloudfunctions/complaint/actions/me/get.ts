/** me.get — the caller's account: null until a resident saves a profile or staff bind an invite. */
import { userView } from '../../domain/user-view'
import * as inbox from '../../infra/repositories/inbox'
import type { CallContext } from '../context'

/** @returns `{ openid, user, unreadMessages }`. */
export async function me(_p: unknown, ctx: CallContext) {
  const unreadMessages = ctx.openid ? await inbox.unreadCount(ctx.openid) : 0
  return { openid: ctx.openid, user: ctx.user ? userView(ctx.user) : null, unreadMessages }
}
