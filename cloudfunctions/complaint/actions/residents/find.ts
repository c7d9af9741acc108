/** residents.find — residents of a room, for registering on their behalf (A1); masked and logged (G3-P5). */
import { AppError, forbidden } from '../../domain/errors'
import { isCustomerService, maskName, maskPhone, personRef } from '../../domain/policy'
import { normalizePlace, parseRoom } from '@shared/place'
import * as accessLog from '../../infra/repositories/access-log'
import * as users from '../../infra/repositories/users'
import { actorOf, requireStaff, type CallContext } from '../context'

/**
 * @param payload `{ room }` (any spelling; stored in one).
 * @returns the room's residents with name and phone masked. @throws INVALID_INPUT, FORBIDDEN.
 */
export async function findResidents(payload: { room?: string }, ctx: CallContext) {
  const u = requireStaff(ctx)
  const room = normalizePlace(String(payload?.room ?? ''))
  if (!room) throw new AppError('INVALID_INPUT', '请输入房号')
  // A building the estate does not have is named now, not only when the registration is sent.
  const building = parseRoom(room)?.building
  const { buildings } = (await ctx.settings()).estate
  if (building && buildings.length && !buildings.some((b) => b.name === building))
    throw new AppError('INVALID_INPUT', `本小区没有${building}栋，请核对楼栋`)
  const actor = actorOf(u, ctx.openid)
  if (!isCustomerService(actor) && u.role !== 'manager') throw forbidden()
  const found = await users.activeResidentsOfRoom(room, ctx.estate)
  await accessLog.record({
    complaintId: null,
    estate: ctx.estate,
    viewer: personRef(actor),
    at: ctx.now,
    fields: ['room'],
    purpose: 'resident_lookup',
    room,
  })
  return found.map((r) => ({ openid: r.openid, name: r.name, maskedName: maskName(r.name), room: r.room, phone: maskPhone(r.phone) }))
}
