/**
 * The caller's view of one complaint (G3-P5, H2-S: rendered from their projection, which also
 * decides which files get URLs), shared by the use cases that answer with it:
 * complaint.get, complaint.act, complaint.submit and complaint.register.
 */
import { disclosureOf, discloseAt, opens, type Seen } from '../../domain/disclosure'
import { notFound } from '../../domain/errors'
import type { Complaint } from '../../domain/model'
import { toView, type ComplaintView } from '../../domain/view'
import { fileUrls } from '../../infra/files'
import * as complaints from '../../infra/repositories/complaints'
import * as events from '../../infra/repositories/events'
import { requireUser, type CallContext } from '../context'

/** Every file the caller's projection refers to: photos, investigation files, the statement's, the result's, the signature. */
function allFiles(c: Seen['complaint']): string[] {
  return [
    ...c.photos,
    ...c.investigation.flatMap((i) => i.files),
    ...(c.statement?.files ?? []),
    ...(c.result?.files ?? []),
    ...(c.confirmation.signatureFile ? [c.confirmation.signatureFile] : []),
    ...(c.additions ?? []).flatMap((a) => a.photos),
  ]
}

/**
 * The caller's view of complaint `id` (or of `loaded`, just written), with its timeline and files.
 * @throws NOT_FOUND when it does not exist or is not theirs to see.
 */
export async function complaintView(id: string, ctx: CallContext, loaded?: Complaint): Promise<ComplaintView> {
  requireUser(ctx)
  const c = loaded ?? (await complaints.byId(String(id ?? '')))
  const rules = await ctx.rules()
  const level = c ? disclosureOf(c, rules.actor) : 'none'
  if (!c || !opens(level)) throw notFound()
  const seen = discloseAt(c, level, { events: await events.ofComplaint(c._id) })
  const urls = await fileUrls(allFiles(seen.complaint))
  return toView(c, rules, seen, (f) => urls.get(f) ?? '')
}
