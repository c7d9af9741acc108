/**
 * Records around a complaint: the registration form (登记表, A2/V2) as a printable record, and
 * the repeat-complaint hint for customer service (A4-R4: the system proposes, staff decide).
 */
import { forbidden, notFound } from '../domain/errors'
import { disclosureFor, formView } from '../domain/form-view'
import type { Complaint } from '../domain/model'
import { canView, isCustomerService, mayRevealContact, personRef } from '../domain/policy'
import { registrationForm as buildForm, type RegistrationForm } from '../domain/registration-form'
import { repeatCandidates } from '../domain/repeat'
import { toSummary } from '../domain/view'
import { fileUrls } from '../infra/files'
import * as accessLog from '../infra/repositories/access-log'
import * as complaints from '../infra/repositories/complaints'
import * as history from '../infra/repositories/events'
import { actorOf, requireStaff, type CallContext } from './context'

/** complaint.repeatCandidates — earlier complaints this one may repeat (customer service, manager). */
export async function repeats(payload: { id?: string }, ctx: CallContext) {
  const u = requireStaff(ctx)
  const rules = await ctx.rules()
  if (!isCustomerService(rules.actor) && u.role !== 'manager') throw forbidden()
  const c = await complaints.byId(String(payload?.id ?? ''))
  if (!c) throw notFound()
  return repeatCandidates(c, await complaints.ofSameComplainant(c)).map((r) => ({
    ...toSummary(r.complaint, rules.actor, ctx.now, rules.settings.departments),
    resultSummary: r.complaint.result?.summary,
    proposeRefusal: r.proposeRefusal,
    reason: r.reason,
    novelty: Math.round(r.novelty * 100) / 100,
  }))
}

/** The number of the complaint `c` repeats (A4-R4), for the form. */
async function repeatOfNo(c: Complaint): Promise<string | undefined> {
  return c.repeatOf ? (await complaints.byId(c.repeatOf))?.no : undefined
}

/**
 * complaint.form `{ id }` — the registration form (V2, domain/registration-form.ts) as a
 * printable record, with photo and signature URLs. Staff who need the complainant's details
 * (mayRevealContact) see them in full, and that view is logged (G3-P5); other staff see them
 * masked; the staff member the complaint is about sees no complainant at all.
 * @throws FORBIDDEN for residents; NOT_FOUND when it does not exist or is not the caller's to see.
 */
export async function registrationForm(payload: { id?: string }, ctx: CallContext): Promise<RegistrationForm> {
  const u = requireStaff(ctx)
  const c = await complaints.byId(String(payload?.id ?? ''))
  const actor = actorOf(u, ctx.openid)
  if (!c || !canView(c, actor)) throw notFound()
  const disclosure = disclosureFor(c, actor, mayRevealContact(c, actor))
  if (disclosure === 'full') {
    await accessLog.record({
      complaintId: c._id,
      complaintNo: c.no,
      viewer: personRef(actor),
      at: ctx.now,
      fields: ['name', 'room', 'phone'],
      purpose: 'registration_form',
    })
  }
  const [events, repeated, { departments }] = await Promise.all([history.ofComplaint(c._id), repeatOfNo(c), ctx.settings()])
  const form = buildForm(formView(c, events, disclosure, repeated), ctx.now, departments)
  const urls = await fileUrls([...form.photos, ...(form.signature ? [form.signature] : [])])
  return {
    ...form,
    photos: form.photos.map((f) => urls.get(f) ?? ''),
    signature: form.signature ? (urls.get(form.signature) ?? '') : undefined,
  }
}
