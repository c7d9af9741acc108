/**
 * Writing a new complaint (A1, A2): the draft from what the complainant tells, then the creating
 * transition of the table (submit or register), stored with its number, events and
 * notifications in one transaction. Shared by complaint.submit and complaint.register.
 */
import { triageAtIntake } from '../../domain/emergency'
import { detectEmergency, effectiveRules } from '../../domain/triage'
import { forbidden } from '../../domain/errors'
import { eventsOf } from '../../domain/history'
import { transitionFor, type TransitionContext } from '../../domain/lifecycle'
import type { Complaint } from '../../domain/model'
import { isCustomerService, isStaff, personRef, SYSTEM_ACTOR } from '../../domain/policy'
import type { InputOf } from '../../domain/validation'
import type { ComplaintView } from '../../domain/view'
import { fileIdsIn } from '../../domain/free-text'
import { checksFor } from '../../domain/media-check'
import { deliverPending, outboxEntries } from '../../infra/notifier'
import * as complaints from '../../infra/repositories/complaints'
import type { CallContext } from '../context'
import { sendAttached } from '../media/queue'
import { complaintView } from './view'

type Recordings = Pick<InputOf<'submit'>, 'voiceNotes' | 'videos'>

/** Issue 19: the voice notes and videos of a filing, only when there are any (registration has none). */
function clipsOf(input: Partial<Recordings>): Partial<Complaint> {
  return {
    ...(input.voiceNotes?.length ? { voiceNotes: input.voiceNotes } : {}),
    ...(input.videos?.length ? { videos: input.videos } : {}),
  }
}

/** A new complaint about the matter the complainant describes (A2), before the creating transition. */
export function draftOf(
  input: Omit<InputOf<'submit'>, keyof Recordings> & Partial<Recordings>,
  ctx: TransitionContext,
  extra: Partial<Complaint>,
): Complaint {
  return {
    _id: '',
    no: '',
    version: 1,
    status: 'submitted',
    channel: 'miniprogram',
    category: input.category,
    tier: input.emergency ? 'emergency' : 'general',
    emergency: input.emergency,
    complainant: { name: '', room: '', phone: '' },
    location: input.location,
    description: input.description,
    photos: input.photos,
    ...clipsOf(input),
    involved: input.involved || undefined,
    confirmation: { required: false },
    investigation: [],
    ratings: [],
    reopenCount: 0,
    deadlines: {},
    supervision: { level: 0 },
    createdAt: ctx.now,
    updatedAt: ctx.now,
    ...extra,
  }
}

/**
 * H1-E at filing (issue 14): the text, place and category read with the office's emergency rules.
 * A complaint the complainant or staff flagged, or the rules found urgent, becomes an emergency
 * with its alert prepared; customer service (or the manager) flagging it have judged it already.
 */
function flagged(draft: Complaint, rules: TransitionContext): Complaint {
  const staff = isStaff(rules.actor)
  const judged = isCustomerService(rules.actor) || rules.actor.role === 'manager'
  const t = triageAtIntake(draft, draft.emergency, { staff, judged }, rules.settings)
  if (!t.emergency) return draft
  return { ...draft, emergency: true, tier: 'emergency', alert: t.alert }
}

/**
 * Applies the creating transition `action` to `draft` and stores the complaint, claiming `files`
 * (the caller's uploads it attaches, already checked) for it and queuing their content checks in
 * the same transaction (issue 15). Its text was content-checked by the router (`ctx.contentReview`).
 * @returns the caller's view of it. @throws FORBIDDEN for a role that may not create it.
 */
export async function create(
  action: 'submit' | 'register',
  draft: Complaint,
  input: unknown,
  ctx: CallContext,
  files: readonly string[] = [],
): Promise<ComplaintView> {
  const rules = await ctx.rules()
  const t = transitionFor(action)!
  if (!t.roles?.includes(rules.actor.role as never)) throw forbidden()
  const o = t.apply(flagged(draft, rules), input, rules)
  // Issue 16: the complaint belongs to the caller's current estate, whatever the draft or payload said.
  const { _id, no, ...complaint } = { ...draft, ...o.patch, status: o.to, contentReview: ctx.contentReview ?? 'passed', estate: ctx.estate }
  const actor = personRef(rules.actor)
  // A resident's emergency is accepted and dispatched by the system (H1-E); staff's own steps are theirs.
  const chainedBy = action === 'submit' ? personRef(SYSTEM_ACTOR) : actor
  const events = eventsOf(o, { action, from: null, actor, chainedBy, at: ctx.now })
  const checked = fileIdsIn(input)
  const media = checksFor(checked, actor, ctx.now)
  const saved = await complaints.create(complaint, { events, outbox: outboxEntries(o.notify, ctx.now), files, media })
  await deliverPending(ctx.now, saved._id)
  await sendAttached(checked, ctx.now)
  return complaintView(saved._id, ctx)
}

/** The routes that file a complaint (a resident's submit, staff's registration). */
const FILING = new Set(['complaint.submit', 'complaint.register'])

/**
 * Whether `action` files an emergency — flagged in the payload, or found by the office's rules in
 * its text, place and category (H1-E) — so its content check holds a risky text for review instead
 * of refusing it: nothing may stop an emergency from reaching a person (docs/DESIGN.md, Emergencies).
 * @param input the payload the route's schema accepted.
 */
export async function filesEmergency(action: string, input: unknown, ctx: CallContext): Promise<boolean> {
  if (!FILING.has(action)) return false
  const p = (input ?? {}) as { emergency?: boolean; description?: string; category?: string; location?: string }
  if (p.emergency) return true
  const settings = await ctx.settings()
  const found = detectEmergency(
    String(p.description ?? ''),
    { category: p.category as never, location: String(p.location ?? '') },
    effectiveRules(settings.emergency),
  )
  return found.emergency
}
