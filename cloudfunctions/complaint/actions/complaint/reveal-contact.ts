/** complaint.revealContact — full complainant details for staff who need them, logged (G3-P5). */
import { forbidden, notFound } from '../../domain/errors'
import { canView, mayRevealContact, personRef } from '../../domain/policy'
import * as accessLog from '../../infra/repositories/access-log'
import * as complaints from '../../infra/repositories/complaints'
import { requireStaff, type CallContext } from '../context'

/**
 * @param payload `{ id }`. @returns the complainant's name, room and phone.
 * @throws NOT_FOUND, FORBIDDEN for staff whose post does not need them.
 */
export async function revealContact(payload: { id?: string }, ctx: CallContext) {
  requireStaff(ctx)
  const c = await complaints.byId(String(payload?.id ?? ''))
  const rules = await ctx.rules()
  if (!c || !canView(c, rules.actor)) throw notFound()
  if (!mayRevealContact(c, rules.actor)) throw forbidden('您的岗位无需查看投诉人联系方式')
  await accessLog.record({
    complaintId: c._id,
    complaintNo: c.no,
    viewer: personRef(rules.actor),
    at: ctx.now,
    fields: ['name', 'room', 'phone'],
    purpose: 'reveal_contact',
  })
  return { name: c.complainant.name, room: c.complainant.room, phone: c.complainant.phone }
}
