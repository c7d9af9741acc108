/**
 * matter.get — the matter page for staff: its linked complaints, each as the caller may see it
 * (domain/matter-view.ts through the disclosure policy), the shared progress and the notices sent.
 * Open to customer service and the manager, and to staff who may open one of its complaints.
 */
import { notFound } from '../../domain/errors'
import { matterView } from '../../domain/matter-view'
import { canView } from '../../domain/policy'
import * as complaints from '../../infra/repositories/complaints'
import { actorOf, requireStaff, type CallContext } from '../context'
import { managesMatters, matterFor } from './common'

/**
 * The matter `input.id` for the calling staff member.
 * @throws UNAUTHENTICATED, FORBIDDEN (residents), NOT_FOUND (no such matter, or none of its complaints theirs to see).
 */
export async function getMatter(input: { id: string }, ctx: CallContext) {
  const actor = actorOf(requireStaff(ctx), ctx.openid)
  const m = await matterFor(input.id)
  const linked = [...(await complaints.byIds(m.complaintIds, m.estate)).values()]
  const manage = managesMatters(actor)
  if (!manage && !linked.some((c) => canView(c, actor))) throw notFound('事项不存在')
  return matterView(m, linked, actor, manage)
}
