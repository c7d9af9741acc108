/**
 * The caller's view of one complaint (G3-P5, H2-S: rendered from their projection, which also
 * decides which files get URLs), shared by the use cases that answer with it:
 * complaint.get, complaint.act, complaint.submit and complaint.register. Files the content check
 * hides from the caller are left out before the projection; the uploader and the manager see a note
 * on them (issue 15).
 */
import { disclosureOf, discloseAt, opens, seesSuggestions, type Seen } from '../../domain/disclosure'
import { notFound } from '../../domain/errors'
import { filesOf, hiddenFiles, noteFor, withoutFiles } from '../../domain/media-check'
import type { Complaint } from '../../domain/model'
import { allowedActions, type TransitionContext } from '../../domain/lifecycle'
import { decidesAcceptance, recentRepeat, type RepeatSuggestion } from '../../domain/suggestions-view'
import { toView, type ComplaintView } from '../../domain/view'
import { clipFiles } from '../../domain/clip-view'
import { fileUrls } from '../../infra/files'
import * as complaints from '../../infra/repositories/complaints'
import * as events from '../../infra/repositories/events'
import * as mediaChecks from '../../infra/repositories/media-checks'
import { requireUser, type CallContext } from '../context'
import { joinProblem } from '../../domain/matter'
import { managesMatters } from '../matter/common'
import { progressOf } from '../matter/progress'

/**
 * Every file the caller's projection refers to: photos, investigation files, the statement's, the
 * result's, the signature, voice notes and videos (issue 19).
 */
function allFiles(c: Seen['complaint']): string[] {
  return [
    ...c.photos,
    ...c.investigation.flatMap((i) => i.files),
    ...(c.statement?.files ?? []),
    ...(c.result?.files ?? []),
    ...(c.confirmation.signatureFile ? [c.confirmation.signatureFile] : []),
    ...(c.additions ?? []).flatMap((a) => [...a.photos, ...clipFiles(a.voiceNotes), ...clipFiles(a.videos)]),
    ...clipFiles(c.voiceNotes),
    ...clipFiles(c.videos),
    ...c.investigation.flatMap((i) => clipFiles(i.videos)),
  ]
}

/** Notes on the view's files (FileView.note), wherever the view holds them. */
function annotate<T>(value: T, notes: Map<string, string>): T {
  if (!notes.size || !value || typeof value !== 'object') return value
  if (Array.isArray(value)) return value.map((v) => annotate(v, notes)) as T
  const v = value as Record<string, unknown>
  if (typeof v.fileID === 'string' && typeof v.url === 'string')
    return (notes.has(v.fileID) ? { ...v, note: notes.get(v.fileID) } : value) as T
  return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, annotate(x, notes)])) as T
}

/**
 * Issue 18, A4-R4: the likely repeat shown with the desk's suggestions — looked up only for a
 * caller who sees them and decides acceptance now, among the complainant's complaints the caller
 * also sees in full (never one about the caller).
 */
async function likelyRepeat(c: Complaint, rules: TransitionContext): Promise<RepeatSuggestion | null> {
  if (!seesSuggestions(disclosureOf(c, rules.actor)) || !decidesAcceptance(allowedActions(c, rules))) return null
  const earlier = (await complaints.ofSameComplainant(c)).filter((e) => disclosureOf(e, rules.actor) === 'contact')
  return recentRepeat(c, earlier)
}

/**
 * The caller's view of complaint `id` (or of `loaded`, just written), with its timeline and files.
 * @throws NOT_FOUND when it does not exist or is not theirs to see.
 */
export async function complaintView(id: string, ctx: CallContext, loaded?: Complaint): Promise<ComplaintView> {
  requireUser(ctx)
  const stored = loaded ?? (await complaints.byId(String(id ?? ''), ctx.estate))
  const rules = await ctx.rules()
  const level = stored ? disclosureOf(stored, rules.actor) : 'none'
  if (!stored || !opens(level)) throw notFound()
  const checks = await mediaChecks.ofFiles(filesOf(stored))
  const c = withoutFiles(stored, hiddenFiles(stored, checks, rules.actor))
  const [history, repeat] = await Promise.all([events.ofComplaint(c._id), likelyRepeat(c, rules)])
  const seen = discloseAt(c, level, { events: history })
  const urls = await fileUrls(allFiles(seen.complaint))
  const view = toView(c, rules, seen, (f) => urls.get(f) ?? '', repeat)
  if (stored.matter && level !== 'accused') view.linkedMatter = (await progressOf(stored, rules.actor)) ?? undefined
  // Offered where it means something: on a linked complaint (to unlink), or one that may join a matter now.
  if (managesMatters(rules.actor) && (stored.matter || !joinProblem(stored))) view.mayLinkMatter = true
  const notes = new Map([...checks].map(([f, check]) => [f, noteFor(check, rules.actor)]).filter(([, n]) => n) as [string, string][])
  return annotate(view, notes)
}
