/**
 * Shapes of what the complaint function stores. Instants are milliseconds since epoch, UTC;
 * calendar days are `YYYY-MM-DD` in Asia/Shanghai.
 */
import type {
  Category,
  Channel,
  Closure,
  DepartmentCode,
  HandlingMode,
  RefusalGround,
  ReturnVisitChannel,
  Role,
  SatisfactionLevel,
  Status,
  Tier,
  UrgeTarget,
  WithdrawalReason,
  HotlineSatisfaction,
} from '@shared/vocabulary'
import type { PrivacyRecord } from './privacy'

/** A user of the mini-program, keyed by their OPENID. Collection `users`. */
export interface User {
  _id: string
  /** WeChat OPENID, the only identity the functions trust (from cloud.getWXContext()). */
  openid: string
  role: Role
  name: string
  phone: string
  /** Residents: their room, e.g. `3栋2单元1502`. */
  room?: string
  /** Staff: their department. Agents belong to customer_service. */
  departmentCode?: DepartmentCode
  /** Staff: their WeCom (企业微信) user id, bound in their profile, for emergency alerts (issue 14). */
  wecomUserId?: string
  active: boolean
  createdAt: number
}

/** Somebody as recorded on a complaint at the moment they acted. */
export interface PersonRef {
  openid: string
  name: string
  /** `system` when the timer acted (V1, F2, F4). */
  role: Role | 'system'
}

export interface Complainant {
  /** Present when the complainant uses the mini-program (self-filed, or found by room). */
  openid?: string
  name: string
  room: string
  phone: string
}

/**
 * A recording attached to a complaint (issue 19): a voice note or a short video in cloud storage,
 * with its length as the uploader's device measured it (checked against LIMITS when attached).
 */
export interface MediaClip {
  fileID: string
  durationMs: number
}

/** A note, site visit or piece of evidence recorded during investigation (H2). */
export interface InvestigationRecord {
  id: string
  kind: 'note' | 'site_visit' | 'evidence'
  text: string
  files: string[]
  /** Short videos taken on site (issue 19). */
  videos?: MediaClip[]
  by: PersonRef
  at: number
}

/** The accused staff member's own statement (H2-S). */
export interface StaffStatement {
  text: string
  files: string[]
  recordedBy: PersonRef
  at: number
}

/**
 * The allegation as the staff member it is about is told it (H2-S, G3-P5): written by customer
 * service or the handler in their own words, so the accused learns what to answer without the
 * complainant's text, photos, place or exact time.
 */
export interface AllegationSummary {
  text: string
  by: PersonRef
  at: number
}

/** A written handling plan for complex work (H3-PLAN). */
export interface HandlingPlan {
  owner: string
  steps: string[]
  /** Last day of the plan, Asia/Shanghai. */
  deadline: string
  status: 'pending' | 'approved' | 'returned'
  submittedBy: PersonRef
  submittedAt: number
  decidedBy?: PersonRef
  decidedAt?: number
  decisionNote?: string
}

/** A request to move the handling deadline (H3-EXT). */
export interface ExtensionRequest {
  /** Requested new last day, Asia/Shanghai. */
  newDeadline: string
  reason: string
  status: 'pending' | 'approved' | 'rejected'
  requestedBy: PersonRef
  requestedAt: number
  decidedBy?: PersonRef
  decidedAt?: number
  decisionNote?: string
}

export interface HandlingResult {
  summary: string
  mode: HandlingMode
  /** Other departments that took part, for coordination (H3). */
  coordinatingDepartments: DepartmentCode[]
  files: string[]
  by: PersonRef
  at: number
}

export interface Rating {
  level: SatisfactionLevel
  comment: string
  channel: ReturnVisitChannel
  /** Staff member who recorded a phone or in-person return visit. */
  recordedBy?: PersonRef
  at: number
}

/** How the complainant confirmed a staff registration (A3). */
export interface Confirmation {
  required: boolean
  method?: 'miniprogram' | 'signature' | 'phone_readback'
  /** fileID of the signature image captured on the staff device. */
  signatureFile?: string
  by?: PersonRef
  at?: number
}

/** The deadlines counted in working days (H1, H4-1, H4-2, F2): the ones that can be provisional. */
export type CountedClock = 'dispatchDueAt' | 'handlingDueAt' | 'returnVisitDueAt'

/** How a deadline was counted (`workdays` working days after `from`, ms UTC), to count it again. */
export interface CountBasis {
  from: number
  workdays: number
}

/** Deadlines of the two clocks (H1, H4) and of the feedback stage (F2, F4); ms UTC. */
export interface Deadlines {
  dispatchDueAt?: number
  /** H4-3: someone acting on an emergency. */
  responseDueAt?: number
  handlingDueAt?: number
  /** F2: return visit due. */
  returnVisitDueAt?: number
  /** F4: closed as no response after this. */
  autoCloseAt?: number
  /**
   * H4: the counted deadlines that ran through a year without an official holiday schedule (暂定),
   * each with how it was counted, so entering the schedule can count it again. Absent when none.
   */
  provisional?: Partial<Record<CountedClock, CountBasis>>
}

/** What supervision has already done, so the timer never repeats itself (V1). */
export interface Supervision {
  /** Deadline the last warning was for (a new deadline warns again). */
  warnedFor?: number
  /** 0 none, 1 department supervisor, 2 office manager. */
  level: number
  escalatedFor?: number
}

/** Information the complainant added to an open complaint (C1): text and photos, each an event too. */
export interface Addition {
  id: string
  text: string
  photos: string[]
  /** Issue 19: voice notes and short videos added with it. */
  voiceNotes?: MediaClip[]
  videos?: MediaClip[]
  at: number
  /** After the result (F3): whether the complainant asked for it to be handled again with this addition. */
  reopen?: boolean
}

/** One urge by the complainant (C2), and whom it reached by role. */
export interface Urge {
  at: number
  to: UrgeTarget[]
}

/** The complainant withdrew the complaint before its result (C3). */
export interface Withdrawal {
  reason: WithdrawalReason
  text: string
  by: PersonRef
  at: number
}

/** Which side of the conversation (C4) a message or a read mark belongs to. */
export type ThreadSide = 'complainant' | 'staff'

/**
 * The conversation (C4) as the complaint knows it, written with each message in one transaction:
 * how many messages, and when each side last wrote. The messages are in `conversation`.
 */
export interface ThreadInfo {
  count: number
  lastAt: number
  complainantAt?: number
  staffAt?: number
}

/**
 * Until when each side has seen what the other wrote (C1, C4): the complainant the staff's
 * replies; the staff handling it the complainant's messages and additions. An advisory mark,
 * written without a new version (reading never conflicts with a change).
 */
export interface SeenMarks {
  complainant?: number
  staff?: number
}

/**
 * A work order from the city's 12345 hotline (W1–W4, issue 18): the hotline's number and deadline,
 * the reply the office returned to the hotline, and the satisfaction result the hotline sent back.
 */
export interface HotlineOrder {
  /** W1: the hotline's order number, written one way (shared/hotline.ts `hotlineOrderNo`); one complaint per number. */
  orderNo: string
  /** W2: the hotline's deadline (ms UTC); it is the handling deadline when sooner than the procedure's. */
  dueAt: number
  /** W3: the reply returned to the hotline: its text, when it was sent, who recorded it (and when). */
  reply?: { text: string; at: number; by: PersonRef; recordedAt: number }
  /** W4: the hotline's own satisfaction result, as it came back. */
  satisfaction?: { result: HotlineSatisfaction; note: string; by: PersonRef; at: number }
}

/** One complaint — the registration form and its current handling state. Collection `complaints`. */
export interface Complaint {
  _id: string
  /** Human-readable number, e.g. `TS20261129-0007`. */
  no: string
  /** Incremented by every change; updates are conditional on it. */
  version: number
  status: Status
  closure?: Closure
  channel: Channel
  category: Category
  tier: Tier
  emergency: boolean
  complainant: Complainant
  location: string
  description: string
  photos: string[]
  /** Issue 19: the complainant's voice notes and short videos, disclosed with the photos. */
  voiceNotes?: MediaClip[]
  videos?: MediaClip[]
  /** Who was involved, as the complainant describes them (A2). */
  involved?: string
  /** The staff member the complaint is about, if any (H2-S, G3-P5). */
  subjectStaff?: { name: string; openid?: string }
  /** H2-S: what the staff member it is about is told of it (they see nothing else of the matter). */
  allegation?: AllegationSummary
  /** The first staff member who received it (G3-P4). */
  firstContact?: PersonRef & { at: number }
  registeredBy?: PersonRef
  confirmation: Confirmation
  departmentCode?: DepartmentCode
  assignee?: PersonRef
  /** Complaint this one repeats, when staff linked it (A4-R4). */
  repeatOf?: string
  refusal?: { ground: RefusalGround; explanation: string; by: PersonRef; at: number }
  investigation: InvestigationRecord[]
  statement?: StaffStatement
  mode?: HandlingMode
  coordinatingDepartments?: DepartmentCode[]
  plan?: HandlingPlan
  extension?: ExtensionRequest
  result?: HandlingResult
  rating?: Rating
  /** History of ratings, including the dissatisfied ones that reopened it (F3). */
  ratings: Rating[]
  reopenCount: number
  finalReply?: { text: string; by: PersonRef; at: number }
  deadlines: Deadlines
  supervision: Supervision
  /** Whether user text is held for staff review by the content check. */
  contentReview?: 'pending' | 'passed'
  /** The emergency alert chain (issue 14, H1-E, H4-3); absent for complaints never flagged as emergencies. */
  alert?: EmergencyAlert
  /** Anonymisation and file deletion done to it (account deletion, retention; issue 15). */
  privacy?: PrivacyRecord
  /** C1: what the complainant added after filing. */
  additions?: Addition[]
  /** C2: the complainant's urges, oldest first. */
  urges?: Urge[]
  /** C3: the withdrawal, when the complainant withdrew it (status `withdrawn`). */
  withdrawal?: Withdrawal
  /** C3: a withdrawn complaint of the same complainant this one takes up again. */
  refersTo?: { id: string; no: string }
  /** C4: the conversation's counts; C1, C4: what each side has seen. */
  thread?: ThreadInfo
  seen?: SeenMarks
  /** C5: the place code of the QR code the complaint was filed from. */
  placeCode?: string
  /** W1–W4: the 12345 work order, when it came from the hotline (channel `hotline`). */
  hotline?: HotlineOrder
  createdAt: number
  acceptedAt?: number
  dispatchedAt?: number
  respondedAt?: number
  resolvedAt?: number
  closedAt?: number
  updatedAt: number
  /**
   * The instant that orders the complaint in work lists (domain/list-order.ts): the deadline that
   * applies now, or NO_DEADLINE. Written with every change by the complaints repository; filled
   * for older complaints by migration 002.
   */
  dueAt?: number
  /** The estate it belongs to (issue 16 fills it; absent: DEFAULT_ESTATE, shared/matters.ts). */
  estate?: string
  /** Issue 18: the matter it is linked to, handled once with the others (domain/matter.ts). */
  matter?: MatterLink
}

/** A complaint's link to its matter (issue 18). */
export interface MatterLink {
  id: string
  no: string
  /** Whether this is the lead complaint, on which the matter is handled. */
  lead: boolean
  at: number
}

/** An immutable record of one change (V2). Collection `events`. */
export interface ComplaintEvent {
  _id?: string
  complaintId: string
  complaintNo: string
  action: string
  actor: PersonRef
  at: number
  from: Status | null
  to: Status
  /** Why, in the actor's words or the rule's (shown on the timeline). */
  reason?: string
  /** Action-specific details (department, deadline, level …). */
  data?: Record<string, unknown>
}

/** A staff view of full complainant details (G3-P5). Collection `access_log`. */
export interface AccessLogEntry {
  complaintId: string
  viewer: PersonRef
  at: number
  fields: string[]
  purpose: string
}

/**
 * An emergency's alert chain (issue 14, H1-E, H4-3): how it was flagged, the words that fired, who
 * has been alerted so far (by step), and who acknowledged (接警) or cleared it. Stored on the complaint,
 * so the timer repeats nothing and two acknowledgements cannot both win.
 */
export interface EmergencyAlert {
  /** Who flagged it: the complainant's 紧急 switch, the text rules, or staff (registration, acceptance). */
  source: 'complainant' | 'detected' | 'staff'
  /** Rules that fired on the text, with the complainant's own words. */
  rules: { id: string; name: string; words: string[] }[]
  /** Mentions the rules set aside (negated, past …), each as a Chinese reason. */
  setAside: string[]
  /** What the complainant is told to do now (triage hint keys). */
  hints: string[]
  /** open: nobody has acknowledged; acknowledged; cleared by customer service (not an emergency), or stopped by a withdrawal (C3). */
  state: 'open' | 'acknowledged' | 'cleared'
  /** Customer service's judgement: pending until they confirm it or clear it with a reason. */
  review: 'pending' | 'confirmed' | 'cleared'
  /** When the complaint was received: the first-response clock (H4-3) runs from here. */
  raisedAt: number
  /** Steps taken: 0 the people on duty, 1 the duty supervisors, 2 the manager, 3 and on everyone again. */
  step: number
  /** When the next step is due while nobody has acknowledged; null once it stops. */
  nextAt: number | null
  acknowledged?: { by: PersonRef; at: number; via: 'acknowledge_emergency' | 'take' | 'assign' }
  reviewed?: { by: PersonRef; at: number; reason?: string }
}
