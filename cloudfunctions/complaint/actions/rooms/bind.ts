/**
 * room.bind — a resident asks to be bound to a room of the estate's roster (issue 16): verified at
 * once when the mobile they give is the roster's owner phone for the room, otherwise waiting for
 * customer service to approve or refuse it. A room may have several residents.
 */
import { notFound } from '../../domain/errors'
import type { RoomBind } from '../../domain/household-payloads'
import { checkNewRequest, verifiesAtOnce, type RoomBinding } from '../../domain/room-bindings'
import { roomKeyOf } from '@shared/households'
import { log } from '../../infra/cloud'
import * as households from '../../infra/repositories/households'
import * as bindings from '../../infra/repositories/room-bindings'
import { requireOpenid, type CallContext } from '../context'
import { bindingView } from './view'

/**
 * @param input `{ building, unit?, room, relation, phone, name }` (roomBind, parsed by the router).
 * @returns the request as the resident sees it (`status` verified or pending).
 * @throws NOT_FOUND when the room is not in the estate's roster; CONFLICT when a request for it waits or is verified.
 */
export async function bindRoom(input: RoomBind, ctx: CallContext) {
  const openid = requireOpenid(ctx)
  const roomKey = roomKeyOf(input.building, input.unit, input.room)
  const household = await households.byRoom(ctx.estate, roomKey)
  if (!household) throw notFound(`这个房号不在房屋台账中（${roomKey}），请核对楼栋、单元和房号，或联系客服中心`)
  checkNewRequest(await bindings.mineFor(ctx.estate, openid, roomKey))
  const verified = verifiesAtOnce(household, input.phone)
  const b: Omit<RoomBinding, '_id'> = {
    estate: ctx.estate,
    openid,
    roomKey,
    building: household.building,
    unit: household.unit,
    room: household.room,
    relation: input.relation,
    name: input.name,
    phone: input.phone,
    status: verified ? 'verified' : 'pending',
    createdAt: ctx.now,
    ...(verified ? { decidedAt: ctx.now } : {}),
  }
  const id = await bindings.add(b)
  log('rooms', verified ? 'binding verified by the roster' : 'binding waiting for customer service', { estate: ctx.estate })
  return bindingView({ ...b, _id: id })
}
