/** me.get — the caller's account: null until a resident saves a profile or staff bind an invite. */
import { accountView } from '../estate/common'
import { fileKeyOf } from '../../infra/files'
import * as inbox from '../../infra/repositories/inbox'
import type { CallContext } from '../context'

/**
 * @returns `{ openid, user, unreadMessages, fileKey }` (`fileKey`: the caller's folder in cloud storage, shared/uploads.ts);
 * `user` is the AccountView (issue 16: with `estate`, `estates`, `companyRole`) of an active account — one with a role in their
 * current estate, or a company role — else null.
 */
export async function me(_p: unknown, ctx: CallContext) {
  const [unreadMessages, fileKey] = ctx.openid ? await Promise.all([inbox.unreadCount(ctx.openid), fileKeyOf(ctx.openid)]) : [0, '']
  const account = ctx.account?.active && (ctx.user || ctx.account.companyRole) ? ctx.account : null
  return { openid: ctx.openid, user: account ? await accountView(account, ctx.estate, ctx) : null, unreadMessages, fileKey }
}
