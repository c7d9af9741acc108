/** me.get — the caller's account: null until a resident saves a profile or staff bind an invite. */
import { userView } from '../../domain/user-view'
import { fileKeyOf } from '../../infra/files'
import * as inbox from '../../infra/repositories/inbox'
import type { CallContext } from '../context'

/** @returns `{ openid, user, unreadMessages, fileKey }` (`fileKey`: the caller's folder in cloud storage, shared/uploads.ts). */
export async function me(_p: unknown, ctx: CallContext) {
  const [unreadMessages, fileKey] = ctx.openid ? await Promise.all([inbox.unreadCount(ctx.openid), fileKeyOf(ctx.openid)]) : [0, '']
  // Only staff have a department to name: a resident's call reads no settings.
  const departments = ctx.user?.departmentCode ? (await ctx.settings()).departments : []
  return { openid: ctx.openid, user: ctx.user ? userView(ctx.user, departments) : null, unreadMessages, fileKey }
}
