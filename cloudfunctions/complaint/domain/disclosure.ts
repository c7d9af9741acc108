/**
 * THE confidentiality rule (G3-P5, H2-S): how much of a complaint a viewer may see, and the
 * complaint as they may see it. Every rendering — the detail and its timeline, list rows and
 * search results, repeat candidates, the desk's suggestions, the registration form (print and xlsx), the report's
 * drill-down and list export, notifications and WeCom robot posts — is built from the projection
 * `disclose` returns, never from the stored record, so none can show more than the viewer's
 * level allows. Pure.
 *
 * | level       | who                                                                 | the complainant              |
 * |-------------|---------------------------------------------------------------------|------------------------------|
 * | complainant | the resident who complained                                         | in full (themself)           |
 * | contact     | customer service, the manager, the assignee, the department's       | masked; in full on request,  |
 * |             | supervisor, the first-contact owner (whose post needs the contact)  | which the caller logs        |
 * | masked      | other handlers of the department                                    | masked (王*, 138****1111)    |
 * | accused     | the staff member the complaint is about                             | nothing; the matter only as  |
 * |             |                                                                     | the allegation summary       |
 * | none        | everyone else (opens nothing; an outline in report rows only)       | nothing                      |
 */
import { dayOf, startOfDay } from './calendar'
import type { Complaint, ComplaintEvent, Confirmation, PersonRef } from './model'
import { maskName, maskPhone, mayRevealContact, relationsOf, type Actor } from './policy'
import { hotlineForComplainant } from './hotline'

/** How much of a complaint a viewer may see (see the table above). */
export type Disclosure = 'complainant' | 'contact' | 'masked' | 'accused' | 'none'

/** G3-P5, H2-S: the viewer's level for complaint `c`. The timer sees what the office sees. */
export function disclosureOf(c: Complaint, actor: Actor): Disclosure {
  const r = relationsOf(c, actor)
  if (r.has('subject')) return 'accused'
  if (r.has('complainant')) return 'complainant'
  if (r.has('system') || mayRevealContact(c, actor)) return 'contact'
  return r.size > 0 ? 'masked' : 'none'
}

/** Whether a level opens the complaint at all (G3-P5: residents their own, handlers their department's). */
export const opens = (level: Disclosure) => level !== 'none'

/**
 * Whether a level sees the desk's suggestions from the text (issue 18: category, a staff member it
 * is about, a refusal ground, a likely repeat): `contact` only — customer service and the manager,
 * who decide acceptance. Never the complainant, never the accused (H2-S: the suggestion names the
 * complaint's words and who it is about), never a handler who sees the complainant masked.
 */
export const seesSuggestions = (level: Disclosure) => level === 'contact'

/** What the staff member complained about sees in place of a resident's name (H2-S). */
export const HIDDEN_COMPLAINANT = '投诉人'

/** H2-S: what the accused sees of the matter until customer service or the handler writes the allegation. */
export const ALLEGATION_PENDING = '有一件投诉涉及您的工作，承办人将向您说明投诉要点并听取您的陈述。'

/** The complainant as the viewer may see them. */
export interface SeenComplainant {
  name: string
  room: string
  phone: string
  /** Whether they use the mini-program (their OPENID itself is never shown). */
  usesMiniProgram: boolean
}

/** The confirmation as the viewer may see it: whether it was signed, and the signature only for those who may see it. */
export interface SeenConfirmation extends Omit<Confirmation, 'signatureFile'> {
  signed: boolean
  signatureFile?: string
}

/** A stored complaint as one viewer may see it: what every renderer takes. */
export type SeenComplaint = Omit<Complaint, 'complainant' | 'confirmation'> & {
  /** null when the viewer may not know who complained. */
  complainant: SeenComplainant | null
  confirmation: SeenConfirmation
}

/** The projection of a complaint (and its events) for one viewer. */
export interface Seen<E extends ComplaintEvent = ComplaintEvent> {
  level: Disclosure
  /** Whether the complainant's contact is shown in full: their own, or a `contact` viewer on request (logged by the caller). */
  revealed: boolean
  /** Whether the complaint's instants are to the day only (the accused and outlines: no exact time). */
  dayOnly: boolean
  complaint: SeenComplaint
  /** The events the viewer sees, oldest first, residents named as the viewer may see them. */
  events: E[]
}

/** What the complainant's timeline shows; investigation internals stay with staff (G3-P5). */
export const COMPLAINANT_EVENTS: ReadonlySet<string> = new Set([
  'submit',
  'register',
  'confirm',
  'accept',
  'refuse',
  'dispatch',
  'transfer',
  'take',
  'approve_plan',
  'approve_extension',
  'give_result',
  'rate',
  'record_return_visit',
  'mark_return_visit_due',
  'close_no_response',
  'final_reply',
  // The complainant's own part (C1–C3): theirs to see.
  'add_info',
  'urge',
  'withdraw',
  // Issue 18: their complaint joined or left a matter, and the matter's result (no other complainant in them).
  'link_matter',
  'unlink_matter',
  'share_result',
])

/** H2-S: the accused's timeline — the allegation they are told and the statement they gave. */
export const ACCUSED_EVENTS: ReadonlySet<string> = new Set(['summarise_allegation', 'record_statement'])

/** A person as the viewer may see them: residents in full only when revealed, masked for staff, hidden from the accused. */
function seenPerson<P extends PersonRef | undefined>(p: P, level: Disclosure, revealed: boolean): P {
  if (!p || p.role !== 'resident' || revealed) return p
  return { ...p, openid: '', name: level === 'accused' || level === 'none' ? HIDDEN_COMPLAINANT : maskName(p.name) }
}

function seenComplainant(c: Complaint, revealed: boolean): SeenComplainant {
  const { name, room, phone, openid } = c.complainant
  return { name: revealed ? name : maskName(name), room, phone: revealed ? phone : maskPhone(phone), usesMiniProgram: !!openid }
}

/** The whole record for the complainant and staff, the complainant as the level allows (complainant, contact, masked). */
function openRecord(c: Complaint, level: Disclosure, revealed: boolean): SeenComplaint {
  const { signatureFile, ...confirmation } = c.confirmation
  const own = level === 'complainant'
  return {
    ...c,
    complainant: seenComplainant(c, revealed),
    confirmation: { ...confirmation, by: seenPerson(confirmation.by, level, revealed), signed: !!signatureFile, signatureFile },
    // H2, H2-S: the investigation, the accused's statement and what they were told stay with staff.
    investigation: own ? [] : c.investigation,
    statement: own ? undefined : c.statement,
    allegation: own ? undefined : c.allegation,
    // W3, W4: the office's reply to the 12345 hotline and the hotline's result stay with staff.
    ...(c.hotline && { hotline: own ? hotlineForComplainant(c.hotline) : c.hotline }),
  }
}

/**
 * The outline every viewer who opens a complaint may know — its number, state, kind and who is
 * handling it — with the day it was made but not the time. Listed field by field, so a field
 * added to the model later stays hidden here until someone decides otherwise.
 */
function outline(c: Complaint): SeenComplaint {
  const day = startOfDay(dayOf(c.createdAt))
  return {
    _id: c._id,
    no: c.no,
    version: c.version,
    status: c.status,
    closure: c.closure,
    channel: c.channel,
    category: c.category,
    tier: c.tier,
    emergency: c.emergency,
    complainant: null,
    location: '',
    description: '',
    photos: [],
    confirmation: { required: false, signed: false },
    departmentCode: c.departmentCode,
    investigation: [],
    ratings: [],
    reopenCount: 0,
    deadlines: {},
    supervision: { level: 0 },
    createdAt: day,
    updatedAt: day,
  }
}

/** H2-S: the accused's record — the outline, the allegation in the handler's words, their own statement, who takes it. */
function accusedRecord(c: Complaint): SeenComplaint {
  return {
    ...outline(c),
    description: c.allegation?.text ?? ALLEGATION_PENDING,
    subjectStaff: c.subjectStaff,
    allegation: c.allegation,
    statement: c.statement,
    assignee: c.assignee,
  }
}

function recordAt(c: Complaint, level: Disclosure, revealed: boolean): SeenComplaint {
  if (level === 'accused') return accusedRecord(c)
  if (level === 'none') return outline(c)
  return openRecord(c, level, revealed)
}

/** The events a level sees, residents named as it may see them; the accused's without reasons or details. */
function eventsAt<E extends ComplaintEvent>(events: E[], level: Disclosure, revealed: boolean): E[] {
  if (level === 'none') return []
  if (level === 'accused')
    return events.filter((e) => ACCUSED_EVENTS.has(e.action)).map((e) => ({ ...e, reason: undefined, data: undefined }))
  const shown = level === 'complainant' ? events.filter((e) => COMPLAINANT_EVENTS.has(e.action)) : events
  return shown.map((e) => (e.actor.role === 'resident' ? { ...e, actor: seenPerson(e.actor, level, revealed) } : e))
}

/** How a rendering asks: `reveal` for the complainant's contact in full where the level allows it (the caller logs it). */
export interface DiscloseOptions<E extends ComplaintEvent> {
  reveal?: boolean
  events?: E[]
}

/**
 * The complaint `c` (and its `events`, oldest first) as a viewer of `level` may see it.
 * With `reveal`, a `contact` viewer sees the complainant's contact in full; other levels ignore it.
 */
export function discloseAt<E extends ComplaintEvent = ComplaintEvent>(
  c: Complaint,
  level: Disclosure,
  opts: DiscloseOptions<E> = {},
): Seen<E> {
  const revealed = level === 'complainant' || (level === 'contact' && !!opts.reveal)
  return {
    level,
    revealed,
    dayOnly: level === 'accused' || level === 'none',
    complaint: recordAt(c, level, revealed),
    events: eventsAt(opts.events ?? [], level, revealed),
  }
}

/** The complaint `c` as `actor` may see it (disclosureOf, then discloseAt). */
export function disclose<E extends ComplaintEvent = ComplaintEvent>(c: Complaint, actor: Actor, opts: DiscloseOptions<E> = {}): Seen<E> {
  return discloseAt(c, disclosureOf(c, actor), opts)
}

/**
 * The level a staff group's robot post is written at: the group may include the staff member a
 * complaint is about (H2-S), and always handlers who see it masked.
 */
export function groupDisclosure(c: Complaint): Disclosure {
  return c.subjectStaff ? 'accused' : 'masked'
}
