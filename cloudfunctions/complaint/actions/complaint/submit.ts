/** complaint.submit — a resident files a complaint in the mini-program (A1). */
import { parseInput, schemas } from '../../domain/validation'
import { requireUser, type CallContext } from '../context'
import { create, draftOf } from './intake'

/** @param payload `schemas.submit`. @returns the resident's view of the new complaint. @throws INVALID_INPUT, CONTENT_RISKY. */
export async function submit(payload: unknown, ctx: CallContext) {
  const user = requireUser(ctx, ['resident'])
  const input = parseInput(schemas.submit, payload)
  const rules = await ctx.rules()
  const complainant = { openid: user.openid, name: user.name, room: user.room ?? '', phone: user.phone }
  return create('submit', draftOf(input, rules, { complainant }), input, ctx)
}
