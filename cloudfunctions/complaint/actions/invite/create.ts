/**
 * invite.create — a one-time code for a staff member (estate, department, role), valid 7 days: the
 * estate's manager invites into their own estate; the company administrator into any (issue 16:
 * each estate's first manager).
 */
import { randomBytes } from 'node:crypto'
import { forbidden } from '../../domain/errors'
import { personRef } from '../../domain/policy'
import type { InviteInput } from '../../domain/validation'
import * as invites from '../../infra/repositories/invites'
import type { CallContext } from '../context'
import { estateNamed, managesEstate, requireAccount } from '../estate/common'

const VALID_MS = 7 * 86_400_000

/**
 * @param input `{ role, departmentCode, name, phone?, estate? }` (inviteSchema, parsed by the router; `estate` absent: the caller's current one).
 * @returns `{ code, expiresAt, estate }`. @throws INVALID_INPUT; NOT_FOUND (没有这个小区); FORBIDDEN unless the caller manages that estate.
 */
export async function createInvite(input: InviteInput, ctx: CallContext) {
  const account = requireAccount(ctx)
  const estate = input.estate ?? ctx.estate
  if (!managesEstate(account, estate)) throw forbidden()
  if (estate !== ctx.estate) await estateNamed(estate)
  const by = ctx.user ?? { ...account, role: 'manager' as const }
  const code = randomBytes(6).toString('hex').toUpperCase()
  await invites.create({
    code,
    ...input,
    estate,
    createdBy: personRef({ openid: by.openid, role: by.role, name: by.name }),
    createdAt: ctx.now,
    expiresAt: ctx.now + VALID_MS,
    usedBy: null,
    usedAt: null,
  })
  return { code, expiresAt: ctx.now + VALID_MS, estate }
}
