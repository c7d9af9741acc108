/** invite.create — the manager issues a one-time code for a staff member (department + role), valid 7 days. */
import { randomBytes } from 'node:crypto'
import { personRef } from '../../domain/policy'
import { inviteSchema, parseInput } from '../../domain/validation'
import * as invites from '../../infra/repositories/invites'
import { actorOf, requireUser, type CallContext } from '../context'

const VALID_MS = 7 * 86_400_000

/** @param payload `{ role, departmentCode, name, phone? }`. @returns `{ code, expiresAt }`. @throws INVALID_INPUT, FORBIDDEN. */
export async function createInvite(payload: unknown, ctx: CallContext) {
  const manager = requireUser(ctx, ['manager'])
  const input = parseInput(inviteSchema, payload)
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
