/** me.bindWecom — a staff member binds (or unbinds) their WeCom account, so emergency alerts reach them there (issue 14). */
import { userView } from '../../domain/user-view'
import { parseInput, wecomBindingSchema } from '../../domain/validation'
import * as users from '../../infra/repositories/users'
import { requireStaff, type CallContext } from '../context'

/** @param payload `{ wecomUserId }` ('' unbinds). @returns the staff member's account. @throws INVALID_INPUT, FORBIDDEN for residents. */
export async function bindWecom(payload: unknown, ctx: CallContext) {
  const user = requireStaff(ctx)
  const { wecomUserId } = parseInput(wecomBindingSchema, payload)
  await users.update(user._id, { wecomUserId })
  return userView({ ...user, wecomUserId })
}
