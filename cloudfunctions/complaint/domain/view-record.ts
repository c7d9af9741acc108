/**
 * The record part of a complaint's full view (view.ts): its matter, the complainant, the
 * investigation, the outcome — each rendered from the viewer's projection (disclosure.ts), never
 * from the stored record (G3-P5, H2-S). Pure.
 */
import { shownDeadlines } from './deadlines'
import type { Seen, SeenComplaint } from './disclosure'
import type { Complaint } from './model'
import type { ComplaintView, FileView } from './view'
import type { Clips } from './clip-view'
import { CHANNELS, HANDLING_MODES, RECOURSE_NOTICE, REFUSAL_GROUNDS, RETURN_VISIT_CHANNELS, SATISFACTION } from '@shared/vocabulary'
import { BEFORE_DISPATCH } from '@shared/status-groups'
import { departmentName, type Department } from '@shared/departments'

/** Turns fileIDs into files the client can display. */
export type Files = (ids?: string[]) => FileView[]
type RatingView = ComplaintView['ratings'][number]

/** A rating with its labels. */
const ratingView = (x: NonNullable<Complaint['rating']>): RatingView => ({
  level: x.level,
  levelLabel: SATISFACTION[x.level],
  comment: x.comment,
  channelLabel: RETURN_VISIT_CHANNELS[x.channel],
  at: x.at,
})

/**
 * G3-P5: the complainant as the viewer's projection has them — in full for the complainant
 * themself, masked for staff (revealable by those whose post needs it), null for the accused.
 */
function complainantView(seen: Seen): ComplaintView['complainant'] {
  const p = seen.complaint.complainant
  if (!p) return null
  return { name: p.name, room: p.room, phone: p.phone, masked: !seen.revealed, canReveal: seen.level === 'contact' && !seen.revealed }
}

/** The refusal with its ground's label (A4). */
function refusalView(c: SeenComplaint): ComplaintView['refusal'] {
  if (!c.refusal) return undefined
  const { ground, explanation, at } = c.refusal
  return { ground, groundLabel: REFUSAL_GROUNDS[ground], explanation, at }
}

/** H2, H2-S: the investigation record, the accused's statement and what they were told, as far as the projection has them. */
function investigationViews(
  c: SeenComplaint,
  files: Files,
  clips: Clips,
): Pick<ComplaintView, 'investigation' | 'statement' | 'allegation'> {
  const a = c.allegation
  return {
    investigation: c.investigation.map((i) => ({
      id: i.id,
      kind: i.kind,
      text: i.text,
      files: files(i.files),
      ...(i.videos?.length ? { videos: clips(i.videos) } : {}),
      by: i.by.name,
      at: i.at,
    })),
    statement: c.statement
      ? { text: c.statement.text, files: files(c.statement.files), by: c.statement.recordedBy.name, at: c.statement.at }
      : undefined,
    allegation: a ? { text: a.text, by: a.by.name, at: a.at } : undefined,
  }
}

/** F1, F3: the result, and the manager's final reply. */
function outcomeViews(c: SeenComplaint, files: Files): Pick<ComplaintView, 'result' | 'finalReply'> {
  const r = c.result
  return {
    result: r ? { summary: r.summary, modeLabel: HANDLING_MODES[r.mode], files: files(r.files), by: r.by.name, at: r.at } : undefined,
    finalReply: c.finalReply ? { text: c.finalReply.text, by: c.finalReply.by.name, at: c.finalReply.at } : undefined,
  }
}

/** A3: whether and how the complainant confirmed a registration, with the signature where the projection keeps it. */
function confirmationView(c: SeenComplaint, files: Files): ComplaintView['confirmation'] {
  const k = c.confirmation
  return {
    required: k.required,
    confirmed: !!k.at,
    method: k.method,
    signature: k.signatureFile ? files([k.signatureFile])[0] : undefined,
  }
}

/** G3-P4: the first-contact owner, accountable until the complaint is dispatched (absent from the accused's projection). */
function firstContactView(c: SeenComplaint): ComplaintView['firstContact'] {
  if (!c.firstContact) return undefined
  return { name: c.firstContact.name, at: c.firstContact.at, accountable: BEFORE_DISPATCH.includes(c.status) }
}

/** The record's matter and its handling, from the viewer's projection `seen`; `departments` (settings) name coordinating departments. */
export function recordViews(seen: Seen, files: Files, departments: readonly Department[], clips: Clips = () => []) {
  const c = seen.complaint
  return {
    description: c.description,
    photos: files(c.photos),
    channel: c.channel,
    channelLabel: CHANNELS[c.channel],
    involved: c.involved || undefined,
    subjectStaffName: c.subjectStaff?.name,
    complainant: complainantView(seen),
    firstContact: firstContactView(c),
    deadlines: shownDeadlines(c.deadlines, c.status),
    confirmation: confirmationView(c, files),
    refusal: refusalView(c),
    ...investigationViews(c, files, clips),
    modeLabel: c.mode ? HANDLING_MODES[c.mode] : undefined,
    coordinatingDepartmentNames: (c.coordinatingDepartments ?? []).map((d) => departmentName(departments, d)),
    plan: c.plan,
    extension: c.extension,
    ...outcomeViews(c, files),
    rating: c.rating ? ratingView(c.rating) : undefined,
    ratings: (c.ratings ?? []).map(ratingView),
    reopenCount: c.reopenCount,
    recourseNotice: !seen.dayOnly && (c.status === 'escalated' || c.closure === 'dissatisfied_final') ? RECOURSE_NOTICE : undefined,
    acceptedAt: c.acceptedAt,
    dispatchedAt: c.dispatchedAt,
    resolvedAt: c.resolvedAt,
    closedAt: c.closedAt,
  }
}
