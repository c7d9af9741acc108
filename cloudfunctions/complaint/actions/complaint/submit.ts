/** complaint.submit — a resident files a complaint in the mini-program (A1). */
import { invalidInput } from '../../domain/errors'
import type { Complaint, User } from '../../domain/model'
import { placeOfScene } from '../../domain/place-codes'
import { filingExtrasSchema, parseInput, schemas } from '../../domain/validation'
import * as complaints from '../../infra/repositories/complaints'
import { requireUser, type CallContext } from '../context'
import { create, draftOf } from './intake'

/**
 * C3, C5: what the filing adds to the draft — the withdrawn complaint of the same resident it
 * takes up, and the place code it was filed from (kept only while that place exists).
 * @throws INVALID_INPUT when `refersTo` is not one of the caller's withdrawn complaints.
 */
async function extrasOf(payload: unknown, user: User, ctx: CallContext): Promise<Partial<Complaint>> {
  const { refersTo, placeCode } = parseInput(filingExtrasSchema, payload)
  const out: Partial<Complaint> = {}
  if (refersTo) {
    const earlier = await complaints.byId(refersTo)
    if (!earlier || earlier.complainant.openid !== user.openid || earlier.status !== 'withdrawn')
      throw invalidInput('只能引用您本人已撤销的投诉')
    out.refersTo = { id: earlier._id, no: earlier.no }
  }
  if (placeCode && placeOfScene((await ctx.settings()).estate, placeCode)) out.placeCode = placeCode
  return out
}

/** @param payload `schemas.submit` (+ `refersTo`, `placeCode`). @returns the resident's view of the new complaint. @throws INVALID_INPUT, CONTENT_RISKY. */
export async function submit(payload: unknown, ctx: CallContext) {
  const user = requireUser(ctx, ['resident'])
  const input = parseInput(schemas.submit, payload)
  const extras = await extrasOf(payload, user, ctx)
  const rules = await ctx.rules()
  const complainant = { openid: user.openid, name: user.name, room: user.room ?? '', phone: user.phone }
  return create('submit', draftOf(input, rules, { complainant, ...extras }), input, ctx)
}
