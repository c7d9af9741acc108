/**
 * The room a resident's complaint carries (issue 16): their verified room (the one they pick when
 * they have several), or — never blocking a complaint, an emergency least of all — a room they are
 * waiting to be verified for or their profile's room, marked unverified.
 */
import { complaintRoom, type ComplaintRoom } from '../../domain/room-bindings'
import type { User } from '../../domain/model'
import * as bindings from '../../infra/repositories/room-bindings'
import type { CallContext } from '../context'

/** @returns `{ room, roomVerified }` for `user` in `ctx.estate`. @throws INVALID_INPUT when `picked` is not one of their rooms. */
export async function complainantRoom(user: User, ctx: CallContext, picked?: string): Promise<ComplaintRoom> {
  return complaintRoom(await bindings.mine(ctx.estate, user.openid), user.room ?? '', picked)
}
