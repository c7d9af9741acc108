/** me.bindInvite — binds the caller's WeChat identity to the staff account an invite describes. */
import { AppError } from '../../domain/errors'
import { userView } from '../../domain/user-view'
import { withMembership } from '../../domain/estate'
import type { User } from '../../domain/model'
import { DEFAULT_ESTATE } from '@shared/matters'
import { get as settingsOf } from '../../infra/repositories/settings'
import { inviteCodeOf } from '@shared/limits'
import * as invites from '../../infra/repositories/invites'
import * as users from '../../infra/repositories/users'
import { requireOpenid, type CallContext } from '../context'

/** What an account keeps through binding another invite: its company role and WeCom binding. */
const keptOf = (u: User | null) => ({
  ...(u?.companyRole ? { companyRole: u.companyRole } : {}),
  ...(u?.wecomUserId ? { wecomUserId: u.wecomUserId } : {}),
})

/**
 * @param payload `{ code }` (12 characters 0–9, A–F; O read as 0).
 * @returns the staff account. @throws INVITE_INVALID for a malformed, used, revoked or expired code.
 */
export async function bindInvite(payload: { code?: string }, ctx: CallContext) {
  const openid = requireOpenid(ctx)
  const code = inviteCodeOf(String(payload?.code ?? ''))
  if (!/^[0-9A-F]{12}$/.test(code)) throw new AppError('INVITE_INVALID', '邀请码格式不正确：应为 12 位，由数字 0–9 和字母 A–F 组成')
  // Read outside the transaction: cloud transactions allow only document operations by id.
  const existing = await users.byOpenid(openid)
  const user = await invites.redeem(code, { openid, at: ctx.now, existingId: existing?._id }, (inv) => {
    if (!inv || inv.usedBy || inv.revokedAt || inv.expiresAt < ctx.now)
      throw new AppError('INVITE_INVALID', '邀请码无效、已使用或已过期，请联系管理处经理')
    // Issue 16: the invite names the estate; the staff member gets a membership there, and is in it now.
    const estate = inv.estate ?? DEFAULT_ESTATE
    const membership = { estate, role: inv.role, departmentCode: inv.departmentCode }
    return {
      ...keptOf(existing),
      openid,
      role: inv.role,
      name: inv.name,
      // A staff member joining another estate keeps the phone they have when this invite names none.
      phone: inv.phone || existing?.phone || '',
      departmentCode: inv.departmentCode,
      memberships: withMembership(existing?.memberships, membership),
      estate,
      active: true,
      createdAt: existing?.createdAt ?? ctx.now,
    }
  })
  return userView({ ...user, _id: existing?._id ?? '' }, (await settingsOf(user.estate ?? DEFAULT_ESTATE)).departments)
}
