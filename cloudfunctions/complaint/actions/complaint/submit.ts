/** complaint.submit — a resident files a complaint in the mini-program (A1). */
import type { InputOf } from '../../domain/validation'
import { requireUser, type CallContext } from '../context'
import { checkAttachments } from './attachments'
import { create, draftOf } from './intake'

/** @param input `schemas.submit`, parsed by the router. @returns the resident's view of the new complaint. @throws INVALID_INPUT, CONTENT_RISKY. */
export async function submit(input: InputOf<'submit'>, ctx: CallContext) {
  const user = requireUser(ctx, ['resident'])
  const rules = await ctx.rules()
  const complainant = { openid: user.openid, name: user.name, room: user.room ?? '', phone: user.phone }
  const files = await checkAttachments([{ ids: input.photos, folder: 'complaints', label: '照片' }], ctx)
  return create('submit', draftOf(input, rules, { complainant }), input, ctx, files)
}
