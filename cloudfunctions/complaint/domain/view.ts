/**
 * What a caller sees of a complaint (G3-P5): the projection the function returns, with the
 * actions the caller may take now. The mini-program renders these shapes and nothing else.
 * Instants are ms since epoch UTC; the client formats them in Asia/Shanghai.
 */
import { dayOf } from './calendar'
import { activeDeadline, extensionCap, shownDeadlines, type ClockKind, type ShownDeadlines } from './deadlines'
import { emergencyViews, type EmergencyViews } from './emergency-view'
import { allowedActions, blockedActions, type TransitionContext } from './lifecycle'
import type { Complaint, ComplaintEvent } from './model'
import { maskName, maskPhone, mayRevealContact, relationsOf, type Actor, type Relation } from './policy'
import type { ActionName } from './validation'
import {
  CATEGORIES,
  CHANNELS,
  CLOSURES,
  DEPARTMENTS,
  HANDLING_MODES,
  RECOURSE_NOTICE,
  REFUSAL_GROUNDS,
  RETURN_VISIT_CHANNELS,
  ROLES,
  SATISFACTION,
  STATUSES,
  TIERS,
  ACTION_LABELS,
  label,
  type Category,
  type Closure,
  type Status,
  type Tier,
} from '@shared/vocabulary'
import { BEFORE_DISPATCH } from '@shared/status-groups'

/** A stored file and a URL the client can display (temporary on WeChat cloud). */
export interface FileView {
  fileID: string
  url: string
}

/** One row of a list. */
export interface ComplaintSummary {
  id: string
  no: string
  status: Status
  statusLabel: string
  closure?: Closure
  closureLabel?: string
  category: Category
  categoryLabel: string
  location: string
  /** First 60 characters of the description. */
  preview: string
  emergency: boolean
  tier: Tier
  tierLabel: string
  departmentName?: string
  assigneeName?: string
  /** Complainant as this caller may see them: own name, masked name, or null (G3-P5). */
  complainantName: string | null
  createdAt: number
  /** The deadline supervision watches now (V1); `provisional` when it is 暂定 (H4: counted before the year's holidays were entered). */
  due?: { kind: ClockKind; at: number; overdue: boolean; near: boolean; provisional?: true }
  /** Highest escalation level reached: 1 supervisor, 2 manager. */
  escalationLevel: number
  /** Awaiting a supervisor's decision (plan or extension). */
  pendingApproval: boolean
  /** Issue 14: the emergency alert chain's state — `open` while nobody has acknowledged it (shown in red, first). */
  alertState?: 'open' | 'acknowledged' | 'cleared'
}

export interface EventView {
  id: string
  action: string
  actionLabel: string
  actorName: string
  actorRoleLabel: string
  at: number
  from: Status | null
  to: Status
  fromLabel: string
  toLabel: string
  reason?: string
  data?: Record<string, unknown>
}

/** The full record as this caller may see it; with the emergency's alert chain and what comes next (issue 14). */
export interface ComplaintView extends ComplaintSummary, EmergencyViews {
  description: string
  photos: FileView[]
  channel: string
  channelLabel: string
  involved?: string
  subjectStaffName?: string
  complainant: { name: string; room: string; phone: string; masked: boolean; canReveal: boolean } | null
  /** G3-P4: shown as accountable until the complaint is dispatched or answered. */
  firstContact?: { name: string; at: number; accountable: boolean }
  /** H4: `provisional` names the running deadlines that are 暂定. */
  deadlines: ShownDeadlines
  /**
   * H4-2: the last day (`YYYY-MM-DD`, Shanghai) a plan or extension may reach, for the date picker;
   * only while the caller may submit one.
   */
  latestDay?: string
  confirmation: { required: boolean; confirmed: boolean; method?: string; signature?: FileView }
  refusal?: { ground: string; groundLabel: string; explanation: string; at: number }
  investigation: { id: string; kind: string; text: string; files: FileView[]; by: string; at: number }[]
  statement?: { text: string; files: FileView[]; by: string; at: number }
  modeLabel?: string
  coordinatingDepartmentNames: string[]
  plan?: Complaint['plan'] & { steps: string[] }
  extension?: Complaint['extension']
  result?: { summary: string; modeLabel: string; files: FileView[]; by: string; at: number }
  rating?: { level: number; levelLabel: string; comment: string; channelLabel: string; at: number }
  ratings: { level: number; levelLabel: string; comment: string; channelLabel: string; at: number }[]
  reopenCount: number
  finalReply?: { text: string; by: string; at: number }
  /** F3: shown to the complainant once it went to the manager. */
  recourseNotice?: string
  acceptedAt?: number
  dispatchedAt?: number
  resolvedAt?: number
  closedAt?: number
  events: EventView[]
  allowedActions: ActionName[]
  blockedActions: { action: ActionName; reason: string }[]
}

export { ACTION_LABELS }

const NEAR_MS = 24 * 3_600_000

/** Whose name the caller sees (G3-P5): the complainant their own; staff masked; the subject nothing. */
function complainantNameFor(c: Complaint, actor: Actor): string | null {
  const r = relationsOf(c, actor)
  if (r.has('subject') || r.size === 0) return null
  if (r.has('complainant')) return c.complainant.name
  return maskName(c.complainant.name)
}

/** V1: the watched deadline as of `now`; H4: marked when it is 暂定. */
function dueView(c: Complaint, now: number): ComplaintSummary['due'] {
  const d = activeDeadline(c)
  if (!d) return undefined
  const near = now <= d.at && d.at - now <= NEAR_MS
  return { kind: d.kind, at: d.at, overdue: now > d.at, near, ...(d.provisional && { provisional: true as const }) }
}

/** One row of a list as `actor` sees it at `now` (G3-P5: the complainant's name as they may see it). */
export function toSummary(c: Complaint, actor: Actor, now: number): ComplaintSummary {
  return {
    id: c._id,
    no: c.no,
    status: c.status,
    statusLabel: STATUSES[c.status],
    closure: c.closure,
    closureLabel: c.closure ? CLOSURES[c.closure] : undefined,
    category: c.category,
    categoryLabel: CATEGORIES[c.category],
    location: c.location,
    preview: Array.from(c.description).slice(0, 60).join(''),
    emergency: c.emergency,
    tier: c.tier,
    tierLabel: TIERS[c.tier],
    departmentName: c.departmentCode ? DEPARTMENTS[c.departmentCode] : undefined,
    assigneeName: c.assignee?.name,
    complainantName: complainantNameFor(c, actor),
    createdAt: c.createdAt,
    due: dueView(c, now),
    escalationLevel: c.supervision.level,
    pendingApproval: c.status === 'plan_pending' || c.extension?.status === 'pending',
    alertState: c.alert?.state,
  }
}

/** One event of the timeline with its labels. */
export function toEventView(e: ComplaintEvent & { _id: string }): EventView {
  return {
    id: e._id,
    action: e.action,
    actionLabel: label(ACTION_LABELS, e.action),
    actorName: e.actor.name,
    actorRoleLabel: e.actor.role === 'system' ? '系统' : label(ROLES, e.actor.role),
    at: e.at,
    from: e.from,
    to: e.to,
    fromLabel: e.from ? STATUSES[e.from] : '',
    toLabel: STATUSES[e.to],
    reason: e.reason,
    data: e.data,
  }
}

type Files = (ids?: string[]) => FileView[]
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
 * G3-P5: the complainant as the caller sees them — in full for the complainant themself, masked
 * for staff (who may reveal them if their post needs it), not at all for the staff member it is about.
 */
function complainantView(c: Complaint, r: Set<Relation>, actor: Actor): ComplaintView['complainant'] {
  if (r.has('subject')) return null
  const { name, room, phone } = c.complainant
  if (r.has('complainant')) return { name, room, phone, masked: false, canReveal: false }
  return { name: maskName(name), room, phone: maskPhone(phone), masked: true, canReveal: mayRevealContact(c, actor) }
}

/** The refusal with its ground's label (A4). */
function refusalView(c: Complaint): ComplaintView['refusal'] {
  if (!c.refusal) return undefined
  const { ground, explanation, at } = c.refusal
  return { ground, groundLabel: REFUSAL_GROUNDS[ground], explanation, at }
}

/** H2, H2-S, G3-P5: the investigation record and the accused's statement — staff only, never the complainant. */
function investigationViews(c: Complaint, isComplainant: boolean, files: Files): Pick<ComplaintView, 'investigation' | 'statement'> {
  if (isComplainant) return { investigation: [], statement: undefined }
  return {
    investigation: c.investigation.map((i) => ({ id: i.id, kind: i.kind, text: i.text, files: files(i.files), by: i.by.name, at: i.at })),
    statement: c.statement
      ? { text: c.statement.text, files: files(c.statement.files), by: c.statement.recordedBy.name, at: c.statement.at }
      : undefined,
  }
}

/** F1, F3: the result, and the manager's final reply. */
function outcomeViews(c: Complaint, files: Files): Pick<ComplaintView, 'result' | 'finalReply'> {
  const r = c.result
  return {
    result: r ? { summary: r.summary, modeLabel: HANDLING_MODES[r.mode], files: files(r.files), by: r.by.name, at: r.at } : undefined,
    finalReply: c.finalReply ? { text: c.finalReply.text, by: c.finalReply.by.name, at: c.finalReply.at } : undefined,
  }
}

/** A3: whether and how the complainant confirmed a registration; the signature is hidden from the accused (G3-P5). */
function confirmationView(c: Complaint, hidden: boolean, files: Files): ComplaintView['confirmation'] {
  const k = c.confirmation
  return {
    required: k.required,
    confirmed: !!k.at,
    method: k.method,
    signature: k.signatureFile && !hidden ? files([k.signatureFile])[0] : undefined,
  }
}

/** G3-P4: the first-contact owner, accountable until the complaint is dispatched; hidden from the accused (G3-P5). */
function firstContactView(c: Complaint, hidden: boolean): ComplaintView['firstContact'] {
  if (!c.firstContact || hidden) return undefined
  return { name: c.firstContact.name, at: c.firstContact.at, accountable: BEFORE_DISPATCH.includes(c.status) }
}

/**
 * The full view for `ctx.actor`. `url` turns a fileID into a displayable URL; `events` are the
 * complaint's events oldest first, already filtered for the caller (timeline.ts).
 */
export function toView(c: Complaint, ctx: TransitionContext, events: EventView[], url: (fileID: string) => string): ComplaintView {
  const r = relationsOf(c, ctx.actor)
  const files: Files = (ids = []) => ids.map((fileID) => ({ fileID, url: url(fileID) }))
  const hidden = r.has('subject')
  const allowed = allowedActions(c, ctx)
  return {
    ...toSummary(c, ctx.actor, ctx.now),
    description: c.description,
    photos: files(c.photos),
    channel: c.channel,
    channelLabel: CHANNELS[c.channel],
    involved: c.involved || undefined,
    subjectStaffName: c.subjectStaff?.name,
    complainant: complainantView(c, r, ctx.actor),
    firstContact: firstContactView(c, hidden),
    deadlines: shownDeadlines(c.deadlines, c.status),
    latestDay: latestDay(c, ctx, allowed),
    confirmation: confirmationView(c, hidden, files),
    refusal: refusalView(c),
    ...investigationViews(c, r.has('complainant'), files),
    modeLabel: c.mode ? HANDLING_MODES[c.mode] : undefined,
    coordinatingDepartmentNames: (c.coordinatingDepartments ?? []).map((d) => DEPARTMENTS[d]),
    plan: c.plan,
    extension: c.extension,
    ...outcomeViews(c, files),
    rating: c.rating ? ratingView(c.rating) : undefined,
    ratings: (c.ratings ?? []).map(ratingView),
    reopenCount: c.reopenCount,
    recourseNotice: c.status === 'escalated' || c.closure === 'dissatisfied_final' ? RECOURSE_NOTICE : undefined,
    acceptedAt: c.acceptedAt,
    dispatchedAt: c.dispatchedAt,
    resolvedAt: c.resolvedAt,
    closedAt: c.closedAt,
    events,
    allowedActions: allowed,
    blockedActions: blockedActions(c, ctx),
    ...emergencyViews(c, ctx, r),
  }
}

/** The plan's or extension's latest day when the caller may ask for one (see ComplaintView.latestDay). */
function latestDay(c: Complaint, ctx: TransitionContext, allowed: ActionName[]): string | undefined {
  if (!allowed.includes('submit_plan') && !allowed.includes('request_extension')) return undefined
  return dayOf(extensionCap(c.acceptedAt ?? c.createdAt, ctx.settings.deadlines, ctx.calendar))
}
