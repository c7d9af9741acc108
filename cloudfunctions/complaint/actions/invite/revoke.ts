/** invite.revoke — withdraws an open invite so its code can no longer be bound (manager). */
import { invalidInput } from '../../domain/errors'
import * as invites from '../../infra/repositories/invites'
import { requireUser, type CallContext } from '../context'

/** @param payload `{ code }`. @returns `{ code, status: 'revoked' }`. @throws INVALID_INPUT for a code that is not open, or of another estate (issue 16). */
export async function revokeInvite(payload: { code?: string }, ctx: CallContext) {
  requireUser(ctx, ['manager'])
  const code = String(payload?.code ?? '')
    .trim()
    .toUpperCase()
  // Issue 16: another estate's invite is not this manager's to revoke.
  if (!(await invites.revoke(code, ctx.now, ctx.estate))) throw invalidInput('该邀请码不存在、已使用、已撤销或不属于本小区')
  return { code, status: 'revoked' }
}
