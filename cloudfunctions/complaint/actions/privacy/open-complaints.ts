/**
 * Before an account is deleted (注销), its open complaints are withdrawn where the procedure lets
 * the complainant withdraw them; the others must be finished first — always those whose result has
 * been given (the resident rates it, or it closes by itself: F4) (docs/DESIGN.md, "Deleting an
 * account"). Withdrawal is the transition `withdraw` of the lifecycle table (C3), with the reason
 * 其他 and the deletion as its explanation. This file is the one place deletion depends on it.
 */
import { unavailableReason } from '../../domain/lifecycle'
import type { Complaint } from '../../domain/model'
import { AWAITING_RATING } from '@shared/status-groups'
import type { ActionName } from '../../domain/validation'
import type { CallContext } from '../context'
import { act } from '../complaint/act'

/** The lifecycle action that ends a complaint its complainant no longer pursues. */
export const WITHDRAW = 'withdraw' as ActionName

/** Why the complaint ends, in the complainant's words on the withdrawal (C3: reason 其他 needs them). */
const REASON = '投诉人注销账号'

/** The withdrawal's payload for `c`. */
const withdrawalOf = (c: Complaint) => ({ id: c._id, action: WITHDRAW, reason: 'other', text: REASON })

/** Whether the caller may withdraw `c` now: no result given yet, and the table allows `withdraw` from this state for the complainant. */
export async function mayWithdraw(c: Complaint, ctx: CallContext): Promise<boolean> {
  if (AWAITING_RATING.includes(c.status)) return false
  return unavailableReason(c, WITHDRAW, await ctx.rules()) === null
}

/**
 * Withdraws each of `open` the caller may withdraw, as the caller.
 * @returns the complaints that are left open (to be finished first).
 */
export async function withdrawOpen(open: Complaint[], ctx: CallContext): Promise<Complaint[]> {
  const left: Complaint[] = []
  for (const c of open) {
    if (await mayWithdraw(c, ctx)) await act(withdrawalOf(c) as never, ctx)
    else left.push(c)
  }
  return left
}
