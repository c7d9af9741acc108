/**
 * THE lifecycle of a complaint as one transition table: for every action, the states it may be
 * taken from, who (by relation to the complaint) may take it, when it is available, the clauses
 * it carries out, and its effect. Pure: no I/O; the use case loads, calls `decide`, and writes.
 */
import type { WorkCalendar } from './calendar'
import { guardFailed, invalidState, forbidden } from './errors'
import type { Complaint } from './model'
import { relationsOf, type Actor, type Relation } from './policy'
import type { OfficeSettings } from './settings'
import type { ActionName } from './validation'
import { ACTION_LABELS, STATUSES, type Role, type Status } from '@shared/vocabulary'
import { AWAITING_RATING, BEFORE_DISPATCH, ESCALATED, IN_PROGRESS, SUPERVISED, WITH_DEPARTMENT } from '@shared/status-groups'
import * as fx from './effects'
import { hotlineNotApplicable, satisfactionUnavailable } from './effects/hotline'
import { isHotline } from './hotline'
import { TAKES_SHARED_RESULT } from './matter'

/** Everything a transition may depend on besides the complaint and the input. */
export interface TransitionContext {
  now: number
  actor: Actor
  settings: OfficeSettings
  calendar: WorkCalendar
}

/** Who should hear about a change; the notifier resolves audiences to people (issue 4). */
export interface NotificationIntent {
  kind: string
  audience:
    | 'complainant'
    | 'assignee'
    | 'department'
    | 'department_supervisor'
    | 'customer_service'
    | 'managers'
    // Issue 14: the emergency chain — on duty (the department's and customer service's), then their supervisors, then all of them and the managers.
    | 'on_duty'
    | 'duty_supervisors'
    | 'alert_chain'
  /** Department to address when it differs from the complaint's (emergency routing, transfer). */
  departmentCode?: string
}

/** What a transition does: the next state, the fields it changes, and what the event says. */
export interface Outcome {
  to: Status
  patch: Partial<Complaint>
  reason?: string
  data?: Record<string, unknown>
  notify?: NotificationIntent[]
  /** Extra events recorded with this one (e.g. an emergency accepted and dispatched at once). */
  also?: { action: string; from: Status; to: Status; reason?: string; data?: Record<string, unknown> }[]
}

/** One row of the table. */
export interface Transition {
  action: ActionName
  clauses: string[]
  /** States the action may be taken from; `new` for actions that create a complaint. */
  from: readonly Status[] | 'new'
  by: Relation[]
  /** For `new` actions, which roles may create the complaint (there is no relation yet). */
  roles?: Role[]
  /** Whether the action means anything for this complaint now (e.g. an extension to decide); when
   * false it is neither offered nor shown as blocked. */
  applies?: (c: Complaint) => boolean
  /**
   * The action records something beside the lifecycle and never moves the complaint (W3, W4: the
   * exchange with the 12345 hotline, also on a refused or closed order); status groups leave it out.
   */
  keepsStatus?: true
  /** Why it does not apply, in Chinese, when asked for anyway (a clearer word than the general one). */
  notApplicable?: (c: Complaint) => string
  /** Availability beyond state and relation; returns the Chinese reason it is unavailable. */
  guard?: (c: Complaint, ctx: TransitionContext) => string | null
  apply: (c: Complaint, input: any, ctx: TransitionContext) => Outcome
}

/** H2-S: a complaint about a staff member needs their statement before any conclusion. */
const statementRecorded = (c: Complaint) => (c.subjectStaff && !c.statement ? '需先记录被投诉员工本人的陈述和申辩' : null)

/** THE table, in the order the procedure runs; `allowedActions` offers actions in this order. */
export const TRANSITIONS: Transition[] = [
  { action: 'submit', clauses: ['A1', 'A2', 'H1-E'], from: 'new', by: [], roles: ['resident'], apply: fx.submit },
  {
    action: 'register',
    clauses: ['A1', 'A2', 'A2-3', 'A3', 'G3-P4', 'H1-E'],
    from: 'new',
    by: [],
    roles: ['agent', 'handler', 'supervisor', 'manager'],
    apply: fx.register,
  },
  {
    action: 'confirm',
    clauses: ['A3'],
    from: ['awaiting_confirmation', 'accepted', ...WITH_DEPARTMENT],
    by: ['complainant', 'first_contact', 'customer_service'],
    applies: (c) => c.confirmation.required && !c.confirmation.at,
    apply: fx.confirm,
  },
  {
    action: 'accept',
    clauses: ['A2-3', 'H1', 'H4-1', 'H4-2', 'G3-P4'],
    from: ['submitted'],
    by: ['customer_service', 'manager'],
    apply: fx.accept,
  },
  {
    action: 'refuse',
    clauses: ['A4-R1', 'A4-R2', 'A4-R3', 'A4-R4', 'A4-R5'],
    from: ['submitted', 'awaiting_confirmation'],
    by: ['customer_service', 'manager'],
    apply: fx.refuse,
  },
  { action: 'dispatch', clauses: ['H1'], from: ['accepted'], by: ['customer_service', 'manager'], apply: fx.dispatch },
  {
    action: 'transfer',
    clauses: ['H1'],
    from: ['dispatched', 'investigating', 'reopened', 'escalated'],
    by: ['customer_service', 'department_supervisor', 'manager'],
    apply: fx.transfer,
  },
  {
    action: 'take',
    clauses: ['H2', 'H4-3'],
    from: ['dispatched', 'reopened'],
    by: ['department_member', 'department_supervisor'],
    apply: fx.take,
  },
  {
    action: 'assign',
    clauses: ['H1'],
    from: ['dispatched', 'reopened', 'investigating'],
    by: ['department_supervisor', 'manager'],
    apply: fx.assign,
  },
  {
    action: 'add_note',
    clauses: ['H2'],
    from: ['investigating', 'plan_pending', 'handling'],
    by: ['assignee', 'department_supervisor'],
    apply: fx.addNote,
  },
  {
    action: 'record_statement',
    clauses: ['H2-S'],
    from: ['investigating', 'handling'],
    by: ['assignee', 'department_supervisor'],
    applies: (c) => !!c.subjectStaff,
    apply: fx.recordStatement,
  },
  { action: 'set_mode', clauses: ['H3', 'H2-S'], from: ['investigating'], by: ['assignee'], guard: statementRecorded, apply: fx.setMode },
  {
    action: 'submit_plan',
    clauses: ['H3-PLAN', 'H4-2', 'H2-S'],
    from: ['investigating', 'handling'],
    by: ['assignee'],
    guard: statementRecorded,
    apply: fx.submitPlan,
  },
  {
    action: 'approve_plan',
    clauses: ['H3-PLAN', 'H4-2'],
    from: ['plan_pending'],
    by: ['department_supervisor', 'manager'],
    apply: fx.approvePlan,
  },
  { action: 'return_plan', clauses: ['H3-PLAN'], from: ['plan_pending'], by: ['department_supervisor', 'manager'], apply: fx.returnPlan },
  {
    action: 'request_extension',
    clauses: ['H3-EXT', 'H4-2'],
    from: ['investigating', 'plan_pending', 'handling'],
    by: ['assignee'],
    guard: (c) => (c.extension?.status === 'pending' ? '已有待审批的延期申请' : null),
    apply: fx.requestExtension,
  },
  {
    action: 'approve_extension',
    clauses: ['H3-EXT', 'H4-2'],
    from: ['investigating', 'plan_pending', 'handling'],
    by: ['department_supervisor', 'manager'],
    applies: (c) => c.extension?.status === 'pending',
    apply: fx.approveExtension,
  },
  {
    action: 'reject_extension',
    clauses: ['H3-EXT'],
    from: ['investigating', 'plan_pending', 'handling'],
    by: ['department_supervisor', 'manager'],
    applies: (c) => c.extension?.status === 'pending',
    apply: fx.rejectExtension,
  },
  {
    action: 'give_result',
    clauses: ['F1', 'H3', 'H2-S'],
    from: ['investigating', 'handling'],
    by: ['assignee'],
    guard: statementRecorded,
    apply: fx.giveResult,
  },
  { action: 'rate', clauses: ['F2', 'F3'], from: ['resolved', 'return_visit'], by: ['complainant'], apply: fx.rate },
  {
    action: 'record_return_visit',
    clauses: ['F2', 'F3'],
    from: ['resolved', 'return_visit'],
    by: ['customer_service', 'manager'],
    apply: fx.recordReturnVisit,
  },
  { action: 'final_reply', clauses: ['F3'], from: ['escalated'], by: ['manager'], apply: fx.finalReply },
  // Timer-driven (V1, F2, F4): only the system takes these.
  {
    action: 'mark_return_visit_due',
    clauses: ['F2'],
    from: ['resolved'],
    by: ['system'],
    guard: (c, ctx) => (c.deadlines.returnVisitDueAt !== undefined && ctx.now > c.deadlines.returnVisitDueAt ? null : '未到回访期限'),
    apply: fx.markReturnVisitDue,
  },
  {
    action: 'close_no_response',
    clauses: ['F4'],
    from: ['resolved', 'return_visit'],
    by: ['system'],
    guard: (c, ctx) => (c.deadlines.autoCloseAt !== undefined && ctx.now >= c.deadlines.autoCloseAt ? null : '未满评价期限'),
    apply: fx.closeNoResponse,
  },
  { action: 'warn_deadline', clauses: ['V1'], from: SUPERVISED, by: ['system'], guard: fx.warnDue, apply: fx.warnDeadline },
  { action: 'escalate', clauses: ['V1', 'G3-P3'], from: SUPERVISED, by: ['system'], guard: fx.escalationDue, apply: fx.escalate },
  // Issue 14: the emergency alert chain — 接警 by someone on it, customer service's judgement, escalation by the timer.
  {
    action: 'acknowledge_emergency',
    clauses: ['H1-E', 'H4-3'],
    from: WITH_DEPARTMENT,
    by: ['department_member', 'department_supervisor', 'customer_service', 'manager'],
    applies: (c) => c.alert?.state === 'open',
    guard: fx.notOnChain,
    apply: fx.acknowledgeEmergency,
  },
  {
    action: 'confirm_emergency',
    clauses: ['H1-E'],
    from: WITH_DEPARTMENT,
    by: ['customer_service', 'manager'],
    applies: (c) => c.alert?.review === 'pending',
    apply: fx.confirmEmergency,
  },
  {
    action: 'clear_emergency',
    clauses: ['H1-E'],
    from: WITH_DEPARTMENT,
    by: ['customer_service', 'manager'],
    applies: (c) => c.alert?.review === 'pending',
    apply: fx.clearEmergency,
  },
  {
    action: 'escalate_emergency',
    clauses: ['H1-E', 'V1'],
    from: WITH_DEPARTMENT,
    by: ['system'],
    applies: (c) => c.alert?.state === 'open',
    guard: fx.emergencyEscalationDue,
    apply: fx.escalateEmergency,
  },
  // The complainant's own part while it runs (C1–C3).
  { action: 'add_info', clauses: ['C1', 'F3'], from: [...IN_PROGRESS, ...AWAITING_RATING], by: ['complainant'], apply: fx.addInfo },
  {
    action: 'urge',
    clauses: ['C2', 'V1'],
    from: [...BEFORE_DISPATCH.filter((s) => s !== 'awaiting_confirmation'), ...WITH_DEPARTMENT, ...ESCALATED],
    by: ['complainant'],
    guard: fx.urgeUnavailable,
    apply: fx.urge,
  },
  { action: 'withdraw', clauses: ['C3'], from: [...BEFORE_DISPATCH, ...WITH_DEPARTMENT], by: ['complainant'], apply: fx.withdraw },
  // H2-S, G3-P5: what the accused is told of the matter, while the department handles it.
  {
    action: 'summarise_allegation',
    clauses: ['H2-S', 'G3-P5'],
    from: WITH_DEPARTMENT,
    by: ['customer_service', 'assignee', 'department_supervisor', 'manager'],
    applies: (c) => !!c.subjectStaff,
    apply: fx.summariseAllegation,
  },
  // W3, W4 (issue 18): a 12345 work order's reply to the hotline and the hotline's own result; the status stays.
  {
    action: 'hotline_reply',
    clauses: ['W3'],
    from: Object.keys(STATUSES) as Status[],
    keepsStatus: true,
    by: ['customer_service', 'first_contact', 'manager'],
    applies: (c) => isHotline(c) && !c.hotline!.reply,
    notApplicable: hotlineNotApplicable('reply'),
    apply: fx.hotlineReply,
  },
  {
    action: 'hotline_satisfaction',
    clauses: ['W4'],
    from: Object.keys(STATUSES) as Status[],
    keepsStatus: true,
    by: ['customer_service', 'first_contact', 'manager'],
    applies: (c) => isHotline(c) && !c.hotline!.satisfaction,
    notApplicable: hotlineNotApplicable('satisfaction'),
    guard: satisfactionUnavailable,
    apply: fx.hotlineSatisfaction,
  },
  // Issue 18: a matter is handled once, on its lead complaint; its result reaches every linked one (actions/matter/sync.ts).
  { action: 'share_result', clauses: ['F1', 'H3'], from: TAKES_SHARED_RESULT, by: ['system'], apply: fx.shareResult },
]

const BY_ACTION = new Map(TRANSITIONS.map((t) => [t.action, t]))

/** The row of `action`, or undefined for an unknown action. */
export function transitionFor(action: ActionName): Transition | undefined {
  return BY_ACTION.get(action)
}

/** Why `action` is not available to `ctx.actor` on `c` now, or null when it is. */
export function unavailableReason(c: Complaint, action: ActionName, ctx: TransitionContext): string | null {
  const t = BY_ACTION.get(action)
  if (!t || t.from === 'new') return '未知的操作'
  if (!t.from.includes(c.status)) return `投诉当前为“${STATUSES[c.status]}”，不能${ACTION_LABELS[action]}`
  const rel = relationsOf(c, ctx.actor)
  if (!t.by.some((r) => rel.has(r))) return 'forbidden'
  if (t.applies && !t.applies(c)) return 'not applicable'
  return t.guard ? t.guard(c, ctx) : null
}

/** Actions the actor may take on `c` now — what the mini-program shows as buttons. */
export function allowedActions(c: Complaint, ctx: TransitionContext): ActionName[] {
  return TRANSITIONS.filter((t) => t.from !== 'new' && !t.by.includes('system') && unavailableReason(c, t.action, ctx) === null).map(
    (t) => t.action,
  )
}

/** Actions the actor could take in this state but a guard blocks, with the reason (e.g. H2-S). */
export function blockedActions(c: Complaint, ctx: TransitionContext): { action: ActionName; reason: string }[] {
  const out: { action: ActionName; reason: string }[] = []
  for (const t of TRANSITIONS) {
    if (t.from === 'new' || t.by.includes('system') || !t.from.includes(c.status) || !t.guard || (t.applies && !t.applies(c))) continue
    const rel = relationsOf(c, ctx.actor)
    if (!t.by.some((r) => rel.has(r))) continue
    const reason = t.guard(c, ctx)
    if (reason) out.push({ action: t.action, reason })
  }
  return out
}

/**
 * Decides one transition on an existing complaint.
 * @returns the outcome to write. @throws AppError FORBIDDEN, INVALID_STATE or GUARD_FAILED.
 */
export function decide(c: Complaint, action: ActionName, input: unknown, ctx: TransitionContext): Outcome {
  const t = BY_ACTION.get(action)
  if (!t || t.from === 'new') throw invalidState('未知的操作')
  const rel = relationsOf(c, ctx.actor)
  if (!t.by.some((r) => rel.has(r))) throw forbidden()
  if (!t.from.includes(c.status)) throw invalidState(`投诉当前为“${STATUSES[c.status]}”，不能${ACTION_LABELS[action]}，请刷新后查看`)
  if (t.applies && !t.applies(c)) throw guardFailed(t.notApplicable?.(c) ?? `该投诉当前没有需要“${ACTION_LABELS[action]}”的事项`)
  const blocked = t.guard?.(c, ctx)
  if (blocked) throw guardFailed(blocked)
  return t.apply(c, input, ctx)
}
