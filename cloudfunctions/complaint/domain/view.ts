/**
 * What a caller sees of a complaint (G3-P5, H2-S): list rows and the full view, rendered from the
 * caller's projection (disclosure.ts) and never from the stored record, with the actions the
 * caller may take now. The mini-program renders these shapes and nothing else.
 * Instants are ms since epoch UTC; the client formats them in Asia/Shanghai.
 */
import type { MatterProgress } from './matter-view'
import { dayOf } from './calendar'
import { activeDeadline, extensionCap, type ClockKind, type ShownDeadlines } from './deadlines'
import { emergencyViews, type EmergencyViews } from './emergency-view'
import { allowedActions, blockedActions, type TransitionContext } from './lifecycle'
import { disclose, type Disclosure, type Seen, type SeenComplaint } from './disclosure'
import { recordViews, type Files } from './view-record'
import { clipsWith, type ClipView } from './clip-view'
import type { Complaint, ComplaintEvent } from './model'
import { attentionFor } from './conversation'
import type { Actor } from './policy'
import { residentPartView, type ResidentPartView } from './resident-view'
import { hotlineView, type HotlineView } from './hotline'
import { suggestionsFor, type RepeatSuggestion, type SuggestionsView } from './suggestions-view'
import type { ActionName } from './validation'
import {
  CATEGORIES,
  CLOSURES,
  ROLES,
  STATUSES,
  TIERS,
  ACTION_LABELS,
  label,
  type Category,
  type Closure,
  type Status,
  type Tier,
} from '@shared/vocabulary'
import { departmentName, type Department } from '@shared/departments'

/** A stored file and a URL the client can display (temporary on WeChat cloud). */
export interface FileView {
  fileID: string
  url: string
  /** To the uploader and the manager: why others may not see it (yet) — the content check (issue 15). */
  note?: string
}

/** One row of a list. */
export interface ComplaintSummary {
  id: string
  no: string
  /**
   * How much of the complaint this caller sees (G3-P5, H2-S; domain/disclosure.ts). `accused`: the
   * matter is only the allegation summary, `createdAt` only the day (its Shanghai midnight).
   */
  disclosure: Disclosure
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
  /** The department it is with (H1), by code and by its name in settings. */
  departmentCode?: string
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
  /** C1: additions the staff handling it now have not seen (absent when none, or for others). */
  newInfo?: number
  /** C4: the other side wrote since the caller's side last read the conversation. */
  unreadMessages?: boolean
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

/** The full record as this caller may see it; with the emergency's alert chain and what comes next (issue 14), and the resident's part (C1–C4). */
export interface ComplaintView extends ComplaintSummary, EmergencyViews, ResidentPartView {
  /** Issue 18: the matter it is linked to, its shared progress as this caller may see it (domain/matter-view.ts). */
  linkedMatter?: MatterProgress
  /** Issue 18: whether this caller may link, unlink or start a matter here now (customer service, the manager; a complaint linked or able to join one). */
  mayLinkMatter?: boolean
  description: string
  photos: FileView[]
  /** Issue 19: the complainant's voice notes and short videos, to whoever sees the photos. */
  voiceNotes: ClipView[]
  videos: ClipView[]
  channel: string
  channelLabel: string
  involved?: string
  subjectStaffName?: string
  complainant: { name: string; room: string; phone: string; masked: boolean; canReveal: boolean } | null
  /** Issue 16: false when the complainant's room is not one they are verified for (shown 未核验); absent on older complaints. */
  roomVerified?: boolean
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
  investigation: { id: string; kind: string; text: string; files: FileView[]; videos?: ClipView[]; by: string; at: number }[]
  statement?: { text: string; files: FileView[]; by: string; at: number }
  /** H2-S: what the staff member it is about is told of it (staff and the accused only). */
  allegation?: { text: string; by: string; at: number }
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
  /** W1–W4: the 12345 work order (staff see the reply and the hotline's result; the complainant its number and deadline). */
  hotline?: HotlineView
  events: EventView[]
  allowedActions: ActionName[]
  blockedActions: { action: ActionName; reason: string }[]
  /**
   * Issue 18: suggestions for the accept and refuse forms, each with its reason — only for a viewer
   * who may accept or refuse and sees the complaint at the `contact` level (suggestions-view.ts).
   */
  suggestions?: SuggestionsView
}

export { ACTION_LABELS }

const NEAR_MS = 24 * 3_600_000

/** V1: the watched deadline as of `now`, as the viewer may see it (the accused's record has none); H4: marked when it is 暂定. */
function dueView(c: SeenComplaint, now: number): ComplaintSummary['due'] {
  const d = activeDeadline(c)
  if (!d) return undefined
  const near = now <= d.at && d.at - now <= NEAR_MS
  return { kind: d.kind, at: d.at, overdue: now > d.at, near, ...(d.provisional && { provisional: true as const }) }
}

/**
 * One row of a list, built from the viewer's projection (disclosure.ts) at `now`: the complainant's
 * name as they may see it, the preview of what they may read; `departments` (settings) name its department.
 */
export function toSummary(seen: Seen, now: number, departments: readonly Department[]): ComplaintSummary {
  const c = seen.complaint
  return {
    id: c._id,
    no: c.no,
    disclosure: seen.level,
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
    departmentCode: c.departmentCode,
    departmentName: departmentName(departments, c.departmentCode) || undefined,
    assigneeName: c.assignee?.name,
    complainantName: c.complainant?.name ?? null,
    createdAt: c.createdAt,
    due: dueView(c, now),
    escalationLevel: c.supervision.level,
    pendingApproval: c.status === 'plan_pending' || c.extension?.status === 'pending',
    alertState: c.alert?.state,
  }
}

/**
 * One row of a list for `actor` at `now`: toSummary of what they may see (G3-P5, H2-S), its department
 * named by `departments`, with the badges of what the complainant added or wrote (C1, C4) for whoever handles it now.
 */
export function summaryFor(c: Complaint, actor: Actor, now: number, departments: readonly Department[]): ComplaintSummary {
  return { ...toSummary(disclose(c, actor), now, departments), ...attentionFor(c, actor) }
}

/** One event of the timeline with its labels (an event of the viewer's projection: residents already named as they may see them). */
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
 * The full view of `c` for `ctx.actor`, its content built from their projection `seen`
 * (disclosure.ts, with the events oldest first) and its actions from the stored record.
 * `url` turns a fileID into a displayable URL; `repeat` is the likely repeat the caller found, shown
 * with the suggestions to whoever may see them (issue 18).
 */
export function toView(
  c: Complaint,
  ctx: TransitionContext,
  seen: Seen<ComplaintEvent & { _id: string }>,
  url: (fileID: string) => string,
  repeat: RepeatSuggestion | null = null,
): ComplaintView {
  const files: Files = (ids = []) => ids.map((fileID) => ({ fileID, url: url(fileID) }))
  const clips = clipsWith(url)
  const allowed = allowedActions(c, ctx)
  return {
    ...toSummary(seen, ctx.now, ctx.settings.departments),
    ...attentionFor(c, ctx.actor),
    ...recordViews(seen, files, ctx.settings.departments, clips),
    ...residentPartView(c, seen.complaint, ctx.actor, files, clips),
    ...hotlineView(seen.complaint),
    voiceNotes: clips(seen.complaint.voiceNotes),
    videos: clips(seen.complaint.videos),
    latestDay: latestDay(c, ctx, allowed),
    events: seen.events.map(toEventView),
    allowedActions: allowed,
    blockedActions: blockedActions(c, ctx),
    roomVerified: c.roomVerified,
    ...emergencyViews(c, ctx, seen.level),
    suggestions: suggestionsFor(seen, allowed, ctx.settings, repeat),
  }
}

/** The plan's or extension's latest day when the caller may ask for one (see ComplaintView.latestDay). */
function latestDay(c: Complaint, ctx: TransitionContext, allowed: ActionName[]): string | undefined {
  if (!allowed.includes('submit_plan') && !allowed.includes('request_extension')) return undefined
  return dayOf(extensionCap(c.acceptedAt ?? c.createdAt, ctx.settings.deadlines, ctx.calendar))
}
