/**
 * What a caller sees of a complaint (G3-P5): the projection the function returns, with the
 * actions the caller may take now. The mini-program renders these shapes and nothing else.
 * Instants are ms since epoch UTC; the client formats them in Asia/Shanghai.
 */
import { dayOf } from './calendar'
import { activeDeadline, extensionCap, isProvisional, type ClockKind } from './deadlines'
import { allowedActions, blockedActions, type TransitionContext } from './lifecycle'
import type { Complaint, ComplaintEvent, CountedClock, Deadlines } from './model'
import { maskName, maskPhone, mayRevealContact, relationsOf, type Actor } from './policy'
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

/** The full record as this caller may see it. */
export interface ComplaintView extends ComplaintSummary {
  description: string
  photos: FileView[]
  channel: string
  channelLabel: string
  involved?: string
  subjectStaffName?: string
  complainant: { name: string; room: string; phone: string; masked: boolean; canReveal: boolean } | null
  /** G3-P4: shown as accountable until the complaint is dispatched or answered. */
  firstContact?: { name: string; at: number; accountable: boolean }
  deadlines: DeadlinesView
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

/** A complaint's deadlines as shown: `provisional` names the ones that are 暂定 (H4). */
export type DeadlinesView = Omit<Deadlines, 'provisional'> & { provisional?: Partial<Record<CountedClock, true>> }

const COUNTED: CountedClock[] = ['dispatchDueAt', 'handlingDueAt', 'returnVisitDueAt']

/** The deadlines without how provisional ones were counted: only which running ones are 暂定. */
function deadlinesView(c: Complaint): DeadlinesView {
  const { provisional: _basis, ...rest } = c.deadlines
  const marked = COUNTED.filter((k) => isProvisional(c.deadlines, k, c.status))
  return marked.length ? { ...rest, provisional: Object.fromEntries(marked.map((k) => [k, true as const])) } : rest
}

const NEAR_MS = 24 * 3_600_000

/** Whose name the caller sees (G3-P5): the complainant their own; staff masked; the subject nothing. */
function complainantNameFor(c: Complaint, actor: Actor): string | null {
  const r = relationsOf(c, actor)
  if (r.has('subject') || r.size === 0) return null
  if (r.has('complainant')) return c.complainant.name
  return maskName(c.complainant.name)
}

export function toSummary(c: Complaint, actor: Actor, now: number): ComplaintSummary {
  const d = activeDeadline(c)
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
    due: d
      ? {
          kind: d.kind,
          at: d.at,
          overdue: now > d.at,
          near: now <= d.at && d.at - now <= NEAR_MS,
          ...(d.provisional ? { provisional: true as const } : {}),
        }
      : undefined,
    escalationLevel: c.supervision.level,
    pendingApproval: c.status === 'plan_pending' || c.extension?.status === 'pending',
  }
}

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

/**
 * The full view for `ctx.actor`. `url` turns a fileID into a displayable URL; `events` are the
 * complaint's events oldest first, already filtered for the caller.
 */
export function toView(c: Complaint, ctx: TransitionContext, events: EventView[], url: (fileID: string) => string): ComplaintView {
  const actor = ctx.actor
  const r = relationsOf(c, actor)
  const files = (ids: string[] = []) => ids.map((fileID) => ({ fileID, url: url(fileID) }))
  const isComplainant = r.has('complainant')
  const hidden = r.has('subject')
  const rating = (x: NonNullable<Complaint['rating']>) => ({
    level: x.level,
    levelLabel: SATISFACTION[x.level],
    comment: x.comment,
    channelLabel: RETURN_VISIT_CHANNELS[x.channel],
    at: x.at,
  })
  const beforeDispatch = ['awaiting_confirmation', 'submitted', 'accepted'].includes(c.status)
  const allowed = allowedActions(c, ctx)
  return {
    ...toSummary(c, actor, ctx.now),
    description: c.description,
    photos: files(c.photos),
    channel: c.channel,
    channelLabel: CHANNELS[c.channel],
    involved: c.involved || undefined,
    subjectStaffName: c.subjectStaff?.name,
    complainant: hidden
      ? null
      : isComplainant
        ? { name: c.complainant.name, room: c.complainant.room, phone: c.complainant.phone, masked: false, canReveal: false }
        : {
            name: maskName(c.complainant.name),
            room: c.complainant.room,
            phone: maskPhone(c.complainant.phone),
            masked: true,
            canReveal: mayRevealContact(c, actor),
          },
    firstContact: c.firstContact && !hidden ? { name: c.firstContact.name, at: c.firstContact.at, accountable: beforeDispatch } : undefined,
    deadlines: deadlinesView(c),
    latestDay: latestDay(c, ctx, allowed),
    confirmation: {
      required: c.confirmation.required,
      confirmed: !!c.confirmation.at,
      method: c.confirmation.method,
      signature: c.confirmation.signatureFile && !hidden ? files([c.confirmation.signatureFile])[0] : undefined,
    },
    refusal: c.refusal
      ? { ground: c.refusal.ground, groundLabel: REFUSAL_GROUNDS[c.refusal.ground], explanation: c.refusal.explanation, at: c.refusal.at }
      : undefined,
    investigation: isComplainant
      ? []
      : c.investigation.map((i) => ({ id: i.id, kind: i.kind, text: i.text, files: files(i.files), by: i.by.name, at: i.at })),
    statement:
      c.statement && !isComplainant
        ? { text: c.statement.text, files: files(c.statement.files), by: c.statement.recordedBy.name, at: c.statement.at }
        : undefined,
    modeLabel: c.mode ? HANDLING_MODES[c.mode] : undefined,
    coordinatingDepartmentNames: (c.coordinatingDepartments ?? []).map((d) => DEPARTMENTS[d]),
    plan: c.plan,
    extension: c.extension,
    result: c.result
      ? {
          summary: c.result.summary,
          modeLabel: HANDLING_MODES[c.result.mode],
          files: files(c.result.files),
          by: c.result.by.name,
          at: c.result.at,
        }
      : undefined,
    rating: c.rating ? rating(c.rating) : undefined,
    ratings: (c.ratings ?? []).map(rating),
    reopenCount: c.reopenCount,
    finalReply: c.finalReply ? { text: c.finalReply.text, by: c.finalReply.by.name, at: c.finalReply.at } : undefined,
    recourseNotice: c.status === 'escalated' || c.closure === 'dissatisfied_final' ? RECOURSE_NOTICE : undefined,
    acceptedAt: c.acceptedAt,
    dispatchedAt: c.dispatchedAt,
    resolvedAt: c.resolvedAt,
    closedAt: c.closedAt,
    events,
    allowedActions: allowed,
    blockedActions: blockedActions(c, ctx),
  }
}

/** The plan's or extension's latest day when the caller may ask for one (see ComplaintView.latestDay). */
function latestDay(c: Complaint, ctx: TransitionContext, allowed: ActionName[]): string | undefined {
  if (!allowed.includes('submit_plan') && !allowed.includes('request_extension')) return undefined
  return dayOf(extensionCap(c.acceptedAt ?? c.createdAt, ctx.settings.deadlines, ctx.calendar))
}
