/**
 * The caller's view of one complaint (G3-P5), shared by the use cases that answer with it:
 * complaint.get, complaint.act, complaint.submit and complaint.register.
 */
import { notFound } from '../../domain/errors'
import type { Complaint } from '../../domain/model'
import { canView } from '../../domain/policy'
import { timelineFor } from '../../domain/timeline'
import { toView, type ComplaintView } from '../../domain/view'
import { fileUrls } from '../../infra/files'
import * as complaints from '../../infra/repositories/complaints'
import * as events from '../../infra/repositories/events'
import { requireUser, type CallContext } from '../context'

/** Every file a complaint refers to: photos, investigation files, the statement's, the result's, the signature. */
function allFiles(c: Complaint): string[] {
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
  if (!c || !canView(c, rules.actor)) throw notFound()
  const [history, urls] = await Promise.all([events.ofComplaint(c._id), fileUrls(allFiles(c))])
  return toView(c, rules, timelineFor(c, history, rules.actor), (f) => urls.get(f) ?? '')
}
