/**
 * Records around a complaint: the registration form (登记表, A2/V2) as a printable record, and
 * the repeat-complaint hint for customer service (A4-R4: the system proposes, staff decide).
 */
import { discloseAt, disclosureOf, opens } from '../domain/disclosure'
import { forbidden, notFound } from '../domain/errors'
import { filesOf, hiddenFiles, withoutFiles } from '../domain/media-check'
import type { Complaint } from '../domain/model'
import { isCustomerService, personRef } from '../domain/policy'
import { registrationForm as buildForm, type RegistrationForm } from '../domain/registration-form'
import { repeatCandidates } from '../domain/repeat'
import { summaryFor } from '../domain/view'
import { fileUrls } from '../infra/files'
import * as accessLog from '../infra/repositories/access-log'
import * as complaints from '../infra/repositories/complaints'
import * as history from '../infra/repositories/events'
import * as mediaChecks from '../infra/repositories/media-checks'
import { actorOf, requireStaff, type CallContext } from './context'

/**
 * complaint.repeatCandidates — earlier complaints this one may repeat (customer service, manager).
 * G3-P5, H2-S: not for the staff member the complaint is about (NOT_FOUND, as complaint.get would
 * answer), and never listing a complaint about the caller: linking two complaints would tell the
 * accused who complained.
 */
export async function repeats(payload: { id?: string }, ctx: CallContext) {
  const u = requireStaff(ctx)
  const rules = await ctx.rules()
  if (!isCustomerService(rules.actor) && u.role !== 'manager') throw forbidden()
  const c = await complaints.byId(String(payload?.id ?? ''), ctx.estate)
  if (!c || disclosureOf(c, rules.actor) !== 'contact') throw notFound()
  const earlier = (await complaints.ofSameComplainant(c)).filter((e) => disclosureOf(e, rules.actor) === 'contact')
  return repeatCandidates(c, earlier).map((r) => ({
    ...summaryFor(r.complaint, rules.actor, ctx.now, rules.settings.departments),
    resultSummary: r.complaint.result?.summary,
    proposeRefusal: r.proposeRefusal,
    reason: r.reason,
    novelty: Math.round(r.novelty * 100) / 100,
  }))
}

/** The number of the complaint `c` repeats (A4-R4), for the form. */
async function repeatOfNo(c: Complaint): Promise<string | undefined> {
  return c.repeatOf ? (await complaints.byId(c.repeatOf, c.estate ?? null))?.no : undefined
}

/**
 * complaint.form `{ id }` — the registration form (V2, domain/registration-form.ts) as a
 * printable record, with photo and signature URLs, built from the caller's projection
 * (domain/disclosure.ts): staff whose post needs the complainant's details see them in full, and
 * that view is logged (G3-P5); other staff see them masked; the staff member the complaint is
 * about sees only the allegation summary (H2-S).
 * @throws FORBIDDEN for residents; NOT_FOUND when it does not exist or is not the caller's to see.
 */
export async function registrationForm(payload: { id?: string }, ctx: CallContext): Promise<RegistrationForm> {
  const u = requireStaff(ctx)
  const stored = await complaints.byId(String(payload?.id ?? ''), ctx.estate)
  const actor = actorOf(u, ctx.openid)
  const level = stored ? disclosureOf(stored, actor) : 'none'
  if (!stored || !opens(level)) throw notFound()
  // Files the content check hides from this viewer are not on their form either (issue 15).
  const c = withoutFiles(stored, hiddenFiles(stored, await mediaChecks.ofFiles(filesOf(stored)), actor))
  const [events, repeated, { departments }] = await Promise.all([history.ofComplaint(c._id), repeatOfNo(c), ctx.settings()])
  const seen = discloseAt(c, level, { reveal: true, events })
  if (seen.revealed) {
    await accessLog.record({
      complaintId: c._id,
      complaintNo: c.no,
      estate: ctx.estate,
      viewer: personRef(actor),
      at: ctx.now,
      fields: ['name', 'room', 'phone'],
      purpose: 'registration_form',
    })
  }
  const form = buildForm(seen, ctx.now, departments, repeated)
  const urls = await fileUrls([...form.photos, ...(form.signature ? [form.signature] : [])])
  return {
    ...form,
    photos: form.photos.map((f) => urls.get(f) ?? ''),
    signature: form.signature ? (urls.get(form.signature) ?? '') : undefined,
  }
}
