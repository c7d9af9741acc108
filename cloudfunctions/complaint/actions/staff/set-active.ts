/**
 * staff.deactivate / staff.reactivate — the manager stops (or restores) a staff member's access:
 * an inactive user is treated as unknown by every action and gets no notifications.
 */
import { AppError } from '../../domain/errors'
import { userView } from '../../domain/user-view'
import * as users from '../../infra/repositories/users'
import { requireUser, type CallContext } from '../context'

/**
 * The use case that sets a staff member's access to `active`.
 * @returns a handler of `{ openid }` answering the UserView; it throws NOT_FOUND, or INVALID_INPUT for the manager themself.
 */
export function setStaffActive(active: boolean) {
  return async (payload: { openid?: string }, ctx: CallContext) => {
    const manager = requireUser(ctx, ['manager'])
    // Issue 16: only staff of the manager's estate; another estate's are not found.
    const u = await users.inEstate(String(payload?.openid ?? ''), ctx.estate)
    if (!u || u.role === 'resident') throw new AppError('NOT_FOUND', '找不到该员工')
    if (u.openid === manager.openid) throw new AppError('INVALID_INPUT', '不能停用自己的账号')
    await users.update(u._id, { active })
    return userView({ ...u, active }, (await ctx.settings()).departments)
  }
}
