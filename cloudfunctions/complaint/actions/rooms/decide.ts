/**
 * room.decide — customer service (or the manager) approves a waiting binding request, or refuses
 * it with a reason; the resident is told in their messages (issue 16). No subscription template
 * of the environment fits a binding, so the message is in-app only.
 */
import { conflict, notFound } from '../../domain/errors'
import type { RoomDecide } from '../../domain/household-payloads'
import { actorOf } from '../context'
import { personRef } from '../../domain/policy'
import { decision, decisionMessage } from '../../domain/room-bindings'
import { log } from '../../infra/cloud'
import * as inbox from '../../infra/repositories/inbox'
import * as bindings from '../../infra/repositories/room-bindings'
import type { CallContext } from '../context'
import { requireResidentDesk } from '../households/access'
import { bindingView } from './view'

/**
 * @param input `{ id, approve, reason? }` (roomDecide; a refusal needs the reason).
 * @returns the request as decided. @throws NOT_FOUND (not a request of this estate), INVALID_STATE
 *   (already decided), INVALID_INPUT (a refusal without a reason), CONFLICT (decided meanwhile by someone else).
 */
export async function decideRoom(input: RoomDecide, ctx: CallContext) {
  const user = requireResidentDesk(ctx)
  const b = await bindings.inEstate(ctx.estate, input.id)
  if (!b) throw notFound('绑定申请不存在')
  const fields = decision(b, input.approve, input.reason ?? '', personRef(actorOf(user, ctx.openid)), ctx.now)
  if (!(await bindings.decide(b._id, fields))) throw conflict('这个申请刚刚已由他人审核，请刷新')
  const m = decisionMessage(b, fields)
  await inbox.put(`room-${b._id}`, {
    openid: b.openid,
    complaintId: null,
    complaintNo: '',
    kind: 'room_binding',
    ...m,
    at: ctx.now,
    read: false,
  })
  log('rooms', fields.status === 'verified' ? 'binding approved' : 'binding refused', { estate: ctx.estate })
  return bindingView({ ...b, ...fields })
}
