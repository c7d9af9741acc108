/** complaint.submit — a resident files a complaint in the mini-program (A1). */
import { invalidInput } from '../../domain/errors'
import type { Complaint, User } from '../../domain/model'
import { placeOfScene } from '../../domain/place-codes'
import type { InputOf } from '../../domain/validation'
import * as complaints from '../../infra/repositories/complaints'
import { requireUser, type CallContext } from '../context'
import { checkAttachments } from './attachments'
import { create, draftOf } from './intake'
import { complainantRoom } from '../rooms/complainant-room'

/**
 * C3, C5: what the filing adds to the draft — the withdrawn complaint of the same resident it
 * takes up, and the place code it was filed from (kept only while that place exists).
 * @throws INVALID_INPUT when `refersTo` is not one of the caller's withdrawn complaints.
 */
async function extrasOf(input: InputOf<'submit'>, user: User, ctx: CallContext): Promise<Partial<Complaint>> {
  const out: Partial<Complaint> = {}
  if (input.refersTo) {
    const earlier = await complaints.byId(input.refersTo, ctx.estate)
    if (!earlier || earlier.complainant.openid !== user.openid || earlier.status !== 'withdrawn')
      throw invalidInput('只能引用您本人已撤销的投诉')
    out.refersTo = { id: earlier._id, no: earlier.no }
  }
  if (input.placeCode && placeOfScene((await ctx.settings()).estate, input.placeCode)) out.placeCode = input.placeCode
  return out
}

/**
 * @param input `schemas.submit` (with `refersTo`, `placeCode`), parsed by the router.
 * @returns the resident's view of the new complaint. @throws INVALID_INPUT, CONTENT_RISKY.
 */
export async function submit(input: InputOf<'submit'>, ctx: CallContext) {
  const user = requireUser(ctx, ['resident'])
  const rules = await ctx.rules()
  // Issue 16: the room the resident is verified for, or marked unverified (never refused for it).
  const { room, roomVerified } = await complainantRoom(user, ctx, input.room)
  const complainant = { openid: user.openid, name: user.name, room, phone: user.phone }
  const files = await checkAttachments(
    [
      { ids: input.photos, folder: 'complaints', label: '照片' },
      { ids: input.voiceNotes.map((v) => v.fileID), folder: 'voice', label: '语音' },
      { ids: input.videos.map((v) => v.fileID), folder: 'videos', label: '视频' },
    ],
    ctx,
  )
  const extras = await extrasOf(input, user, ctx)
  return create('submit', draftOf(input, rules, { complainant, roomVerified, ...extras }), input, ctx, files)
}
