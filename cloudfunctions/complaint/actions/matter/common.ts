/**
 * What the matter use cases share (issue 18): who may link, unlink, start matters and send notices
 * (customer service and the manager, who coordinate — H1), and loading a complaint or a matter the
 * caller may see.
 */
import { AppError, forbidden, notFound } from '../../domain/errors'
import type { Matter } from '../../domain/matter'
import type { Complaint, PersonRef } from '../../domain/model'
import { canView, isCustomerService, personRef, type Actor } from '../../domain/policy'
import * as complaints from '../../infra/repositories/complaints'
import * as matters from '../../infra/repositories/matters'
import { actorOf, requireStaff, type CallContext } from '../context'

/** Whether `actor` coordinates matters: customer service or the manager. */
export const managesMatters = (actor: Actor) => isCustomerService(actor) || actor.role === 'manager'

/** The caller as customer service or the manager. @throws UNAUTHENTICATED, FORBIDDEN. */
export function requireDesk(ctx: CallContext): { actor: Actor; by: PersonRef } {
  const actor = actorOf(requireStaff(ctx), ctx.openid)
  if (!managesMatters(actor)) throw forbidden('只有客服中心或管理处经理可以关联事项、发送事项通知')
  return { actor, by: personRef(actor) }
}

/** Complaint `id` of `estate` if `actor` may open it. @throws NOT_FOUND (also for another estate's, issue 16). */
export async function complaintFor(id: string, actor: Actor, estate: string): Promise<Complaint> {
  const c = await complaints.byId(id, estate)
  if (!c || !canView(c, actor)) throw notFound()
  return c
}

/** Matter `id`. @throws NOT_FOUND. */
export async function matterFor(id: string): Promise<Matter> {
  const m = await matters.byId(id)
  if (!m) throw notFound('事项不存在')
  return m
}

/** A rule's refusal as an error: its Chinese message, INVALID_STATE. */
export function refuse(problem: string | null): void {
  if (problem) throw new AppError('INVALID_STATE', problem)
}
