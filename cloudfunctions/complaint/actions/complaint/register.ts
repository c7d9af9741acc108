/**
 * complaint.register — staff record a complaint from another channel on the complainant's behalf
 * (A1, A2, A2-3, A3, G3-P4).
 */
import { AppError } from '../../domain/errors'
import { hotlineOrderOf } from '../../domain/hotline'
import type { Complaint } from '../../domain/model'
import type { InputOf } from '../../domain/validation'
import { roomProblem } from '@shared/place'
import * as users from '../../infra/repositories/users'
import { requireStaff, type CallContext } from '../context'
import { checkAttachments } from './attachments'
import { create, draftOf } from './intake'
import { resolveSubject } from './subject'

/**
 * The complainant as the registration records them. One found by room must be a resident of that
 * room, and their record — not the form — gives the name and contact (staff only saw them masked);
 * a room typed by staff is checked against the estate (A2), so it is found by room later.
 * @throws INVALID_INPUT.
 */
async function complainantOf(given: InputOf<'register'>['complainant'], ctx: CallContext): Promise<Complaint['complainant']> {
  if (given.openid) {
    const resident = await users.activeResident(given.openid, ctx.estate)
    if (!resident || (given.room && resident.room !== given.room)) throw new AppError('INVALID_INPUT', '所选业主与房号不符，请重新查找')
    return { openid: resident.openid, name: resident.name, room: resident.room ?? '', phone: resident.phone }
  }
  if (given.room) {
    const problem = roomProblem(given.room, (await ctx.settings()).estate.buildings)
    if (problem) throw new AppError('INVALID_INPUT', problem)
  }
  return { ...given }
}

/**
 * @param input `schemas.register`, parsed by the router. @returns the staff member's view of the new complaint.
 * A 12345 work order (channel `hotline`) carries its order number and the hotline's deadline (W1, W2).
 * @throws INVALID_INPUT, GUARD_FAILED, FORBIDDEN, CONTENT_RISKY; CONFLICT for an order number already registered (W1).
 */
export async function register(input: InputOf<'register'>, ctx: CallContext) {
  requireStaff(ctx)
  const hotline = hotlineOrderOf(input.channel, input.hotline, ctx.now)
  // Photos and the signature were taken on the staff member's device: their uploads.
  const files = await checkAttachments(
    [
      { ids: input.photos, folder: 'complaints', label: '照片' },
      { ids: input.confirmation?.signatureFile ? [input.confirmation.signatureFile] : [], folder: 'signatures', label: '签字图片' },
    ],
    ctx,
  )
  const rules = await ctx.rules()
  const complainant = await complainantOf(input.complainant, ctx)
  const { confirmation: _c, resolvedOnSpot: _r, hotline: _h, receivedAt, subjectStaff, ...matter } = input
  const draft = draftOf(matter, rules, {
    channel: input.channel,
    ...(hotline && { hotline }),
    complainant,
    subjectStaff: await resolveSubject(subjectStaff, ctx.estate),
    createdAt: receivedAt && receivedAt <= rules.now ? receivedAt : rules.now,
  })
  return create('register', draft, input, ctx, files)
}
