/** complaint.revealContact — full complainant details for staff who need them, logged (G3-P5). */
import { discloseAt, disclosureOf, opens } from '../../domain/disclosure'
import { forbidden, notFound } from '../../domain/errors'
import { personRef } from '../../domain/policy'
import * as accessLog from '../../infra/repositories/access-log'
import * as complaints from '../../infra/repositories/complaints'
import { requireStaff, type CallContext } from '../context'

/**
 * @param payload `{ id }`. @returns the complainant's name, room and phone, as the `contact` level
 * sees them on request (domain/disclosure.ts).
 * @throws NOT_FOUND, FORBIDDEN for staff whose post does not need them.
 */
export async function revealContact(payload: { id?: string }, ctx: CallContext) {
  requireStaff(ctx)
  const c = await complaints.byId(String(payload?.id ?? ''), ctx.estate)
  const rules = await ctx.rules()
  const level = c ? disclosureOf(c, rules.actor) : 'none'
  if (!c || !opens(level)) throw notFound()
  const seen = discloseAt(c, level, { reveal: true })
  if (!seen.revealed || !seen.complaint.complainant) throw forbidden('您的岗位无需查看投诉人联系方式')
  await accessLog.record({
    complaintId: c._id,
    complaintNo: c.no,
    estate: ctx.estate,
    viewer: personRef(rules.actor),
    at: ctx.now,
    fields: ['name', 'room', 'phone'],
    purpose: 'reveal_contact',
  })
  const { name, room, phone } = seen.complaint.complainant
  return { name, room, phone }
}
