/** room.mine — the resident's rooms in the estate and where each request stands (issue 16). */
import * as bindings from '../../infra/repositories/room-bindings'
import { requireOpenid, type CallContext } from '../context'
import { bindingView } from './view'

/** @returns `{ items }`: the caller's requests in `ctx.estate`, newest first (pending, verified, or refused with the reason). */
export async function myRooms(_input: unknown, ctx: CallContext) {
  const openid = requireOpenid(ctx)
  return { items: (await bindings.mine(ctx.estate, openid)).map(bindingView) }
}
