/** invite.list — the latest invites, newest first, each with its status and who bound it (manager). */
import type { Invite } from '../../infra/repositories/invites'
import * as invites from '../../infra/repositories/invites'
import * as users from '../../infra/repositories/users'
import { requireUser, type CallContext } from '../context'

/** Where an invite stands at `now`. */
function statusOf(i: Invite, now: number): 'revoked' | 'used' | 'expired' | 'open' {
  if (i.revokedAt) return 'revoked'
  if (i.usedBy) return 'used'
  return i.expiresAt < now ? 'expired' : 'open'
}

/** @returns invites with `status` and `usedByName`. @throws FORBIDDEN. */
export async function listInvites(_p: unknown, ctx: CallContext) {
  requireUser(ctx, ['manager'])
  const found = await invites.latest(ctx.estate)
  const used = found.map((i) => i.usedBy).filter((x): x is string => !!x)
  const bound = used.length ? await users.byOpenids(used, 100) : []
  return found.map((i) => ({
    ...i,
    status: statusOf(i, ctx.now),
    usedByName: bound.find((u) => u.openid === i.usedBy)?.name ?? null,
  }))
}
