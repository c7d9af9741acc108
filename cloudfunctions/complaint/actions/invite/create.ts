/** invite.create — the manager issues a one-time code for a staff member (department + role), valid 7 days. */
import { randomBytes } from 'node:crypto'
import { personRef } from '../../domain/policy'
import type { InviteInput } from '../../domain/validation'
import * as invites from '../../infra/repositories/invites'
import { actorOf, requireUser, type CallContext } from '../context'

const VALID_MS = 7 * 86_400_000

/** @param input `{ role, departmentCode, name, phone? }` (inviteSchema, parsed by the router). @returns `{ code, expiresAt }`. @throws INVALID_INPUT, FORBIDDEN. */
export async function createInvite(input: InviteInput, ctx: CallContext) {
  const manager = requireUser(ctx, ['manager'])
  const code = randomBytes(6).toString('hex').toUpperCase()
  await invites.create({
    code,
    ...input,
    createdBy: personRef(actorOf(manager, ctx.openid)),
    createdAt: ctx.now,
    expiresAt: ctx.now + VALID_MS,
    usedBy: null,
    usedAt: null,
  })
  return { code, expiresAt: ctx.now + VALID_MS }
}
