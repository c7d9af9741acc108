/** me.bindWecom — a staff member binds (or unbinds) their WeCom account, so emergency alerts reach them there (issue 14). */
import { userView } from '../../domain/user-view'
import type * as z from 'zod/mini'
import type { wecomBindingSchema } from '../../domain/validation'
import * as users from '../../infra/repositories/users'
import { requireStaff, type CallContext } from '../context'

/** @param input `{ wecomUserId }` ('' unbinds), checked by the router. @returns the staff member's account. @throws FORBIDDEN for residents. */
export async function bindWecom(input: z.output<typeof wecomBindingSchema>, ctx: CallContext) {
  const user = requireStaff(ctx)
  const { wecomUserId } = input
  await users.update(user._id, { wecomUserId })
  return userView({ ...user, wecomUserId }, (await ctx.settings()).departments)
}
