/** invite.revoke — withdraws an open invite so its code can no longer be bound (manager). */
import { invalidInput } from '../../domain/errors'
import * as invites from '../../infra/repositories/invites'
import { requireUser, type CallContext } from '../context'

/** @param payload `{ code }`. @returns `{ code, status: 'revoked' }`. @throws INVALID_INPUT for a code that is not open. */
export async function revokeInvite(payload: { code?: string }, ctx: CallContext) {
  requireUser(ctx, ['manager'])
  const code = String(payload?.code ?? '')
    .trim()
    .toUpperCase()
  if (!(await invites.revoke(code, ctx.now))) throw invalidInput('该邀请码不存在、已使用或已撤销')
  return { code, status: 'revoked' }
}
