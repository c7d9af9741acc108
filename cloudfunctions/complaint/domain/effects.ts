/**
 * The effect of each transition in lifecycle.ts: which state follows, which fields change,
 * what the event records and who is told. Pure functions of (complaint, validated input, context).
 */
import { endOfDay, formatInstant } from './calendar'
import {
  acceptanceDeadlines,
  activeDeadline,
  extensionCap,
  feedbackDeadlines,
  handlingDue,
  handlingRound,
  responseDue,
  setFixed,
} from './deadlines'
import { guardFailed, invalidInput } from './errors'
import type { Outcome, TransitionContext } from './lifecycle'
import type { Complaint, PersonRef, Rating } from './model'
import { personRef, isStaff } from './policy'
import type { InputOf } from './validation'
import { isDissatisfied } from '@shared/thresholds'
import {
  CONFIRMATION_CHANNELS,
  DEPARTMENTS,
  RECOURSE_NOTICE,
  type DepartmentCode,
  type ReturnVisitChannel,
  type SatisfactionLevel,
  type Tier,
} from '@shared/vocabulary'

const HOUR = 3_600_000
const MINUTE = 60_000

const me = (ctx: TransitionContext): PersonRef => personRef(ctx.actor)
const firstContact = (c: Complaint, ctx: TransitionContext) =>
  c.firstContact ?? (isStaff(ctx.actor) ? { ...me(ctx), at: ctx.now } : undefined)

/** H1-E: an emergency is accepted and dispatched by the routing table the moment it is raised. */
function emergencyIntake(c: Complaint, ctx: TransitionContext): Outcome {
  const s = ctx.settings.deadlines
  const departmentCode = ctx.settings.routing[c.category]
  return {
    to: 'dispatched',
    patch: {
      tier: 'emergency',
      emergency: true,
      departmentCode,
      acceptedAt: ctx.now,
      dispatchedAt: ctx.now,
      deadlines: {
        dispatchDueAt: ctx.now,
        responseDueAt: responseDue(ctx.now, s),
        handlingDueAt: handlingDue('emergency', ctx.now, s, ctx.calendar),
      },
    },
    also: [
      { action: 'accept', from: 'submitted', to: 'accepted', reason: '紧急投诉自动受理', data: { tier: 'emergency' } },
      { action: 'dispatch', from: 'accepted', to: 'dispatched', reason: '紧急投诉按类别立即派单', data: { departmentCode, onTime: true } },
    ],
    notify: [
      { kind: 'emergency', audience: 'department', departmentCode },
      { kind: 'emergency', audience: 'department_supervisor', departmentCode },
      { kind: 'accepted', audience: 'complainant' },
    ],
  }
}

export function submit(c: Complaint, _i: unknown, ctx: TransitionContext): Outcome {
  if (c.emergency) return emergencyIntake(c, ctx)
  return { to: 'submitted', patch: {}, notify: [{ kind: 'new_complaint', audience: 'customer_service' }] }
}

export function register(c: Complaint, input: InputOf<'register'>, ctx: TransitionContext): Outcome {
  const needsConfirmation = CONFIRMATION_CHANNELS.includes(c.channel)
  const given = input.confirmation
  if (given?.method === 'signature' && !given.signatureFile) throw invalidInput('请投诉人签字后再提交')
  if (given?.method === 'phone_readback' && c.channel !== 'phone') throw invalidInput('电话复述确认只适用于电话投诉')
  const confirmation = needsConfirmation
    ? given
      ? { required: true, method: given.method, signatureFile: given.signatureFile, by: me(ctx), at: ctx.now }
      : { required: true }
    : { required: false }
  const patch: Partial<Complaint> = { confirmation, registeredBy: me(ctx), firstContact: { ...me(ctx), at: ctx.now } }
  if (c.emergency) {
    const o = emergencyIntake(c, ctx)
    return { ...o, patch: { ...patch, ...o.patch } }
  }
  if (input.resolvedOnSpot) {
    // A2-3: answered or handled at first contact; it still gets its return visit (F2).
    if (needsConfirmation && !given) throw guardFailed('当场处理的现场/电话投诉需投诉人签字或电话复述确认')
    const s = ctx.settings.deadlines
    return {
      to: 'resolved',
      patch: {
        ...patch,
        acceptedAt: ctx.now,
        resolvedAt: ctx.now,
        mode: input.resolvedOnSpot.mode,
        result: {
          summary: input.resolvedOnSpot.summary,
          mode: input.resolvedOnSpot.mode,
          coordinatingDepartments: [],
          files: [],
          by: me(ctx),
          at: ctx.now,
        },
        deadlines: feedbackDeadlines({}, ctx.now, s, ctx.calendar),
      },
      also: [
        { action: 'accept', from: 'submitted', to: 'accepted', reason: '首问当场受理' },
        { action: 'give_result', from: 'accepted', to: 'resolved', reason: '首问当场处理完毕' },
      ],
      notify: [{ kind: 'result', audience: 'complainant' }],
    }
  }
  if (needsConfirmation && !given) {
    return { to: 'awaiting_confirmation', patch, notify: [{ kind: 'confirm_request', audience: 'complainant' }] }
  }
  return { to: 'submitted', patch }
}

export function confirm(c: Complaint, input: InputOf<'confirm'>, ctx: TransitionContext): Outcome {
  const byComplainant = ctx.actor.role === 'resident'
  if (byComplainant && input.method !== 'miniprogram') throw invalidInput('请在小程序中确认')
  if (!byComplainant && input.method === 'miniprogram') throw invalidInput('工作人员代为确认需投诉人签字或电话复述确认')
  if (input.method === 'signature' && !input.signatureFile) throw invalidInput('请投诉人签字后再提交')
  if (input.method === 'phone_readback' && c.channel !== 'phone') throw invalidInput('电话复述确认只适用于电话投诉')
  return {
    to: c.status === 'awaiting_confirmation' ? 'submitted' : c.status,
    patch: { confirmation: { required: true, method: input.method, signatureFile: input.signatureFile, by: me(ctx), at: ctx.now } },
    data: { method: input.method },
  }
}

export function accept(c: Complaint, input: InputOf<'accept'>, ctx: TransitionContext): Outcome {
  const s = ctx.settings.deadlines
  const tier: Tier = input.tier ?? (c.emergency ? 'emergency' : 'general')
  const emergency = tier === 'emergency'
  const deadlines = acceptanceDeadlines(c.deadlines, tier, ctx.now, s, ctx.calendar)
  const patch: Partial<Complaint> = {
    tier,
    emergency,
    acceptedAt: ctx.now,
    deadlines,
    firstContact: firstContact(c, ctx),
    ...(input.subjectStaff ? { subjectStaff: input.subjectStaff } : {}),
  }
  const notify: Outcome['notify'] = [{ kind: 'accepted', audience: 'complainant' }]
  const departmentCode = input.departmentCode ?? (emergency ? ctx.settings.routing[c.category] : undefined)
  if (!departmentCode) return { to: 'accepted', patch, reason: input.note || undefined, data: { tier }, notify }
  const kind = emergency ? 'emergency' : 'task'
  return {
    to: 'dispatched',
    patch: { ...patch, departmentCode, dispatchedAt: ctx.now },
    reason: input.note || undefined,
    data: { tier },
    also: [{ action: 'dispatch', from: 'accepted', to: 'dispatched', data: { departmentCode, onTime: true } }],
    notify: [
      ...notify,
      { kind, audience: 'department', departmentCode },
      ...(emergency ? [{ kind, audience: 'department_supervisor' as const, departmentCode }] : []),
    ],
  }
}

export function refuse(c: Complaint, input: InputOf<'refuse'>, ctx: TransitionContext): Outcome {
  if (input.ground === 'A4-R4' && !input.repeatOf) throw invalidInput('以重复投诉不予受理时，请关联此前已处理的投诉')
  return {
    to: 'refused',
    patch: {
      refusal: { ground: input.ground, explanation: input.explanation, by: me(ctx), at: ctx.now },
      repeatOf: input.repeatOf,
      closedAt: ctx.now,
      firstContact: firstContact(c, ctx),
    },
    reason: input.explanation,
    data: { ground: input.ground, repeatOf: input.repeatOf },
    notify: [{ kind: 'refused', audience: 'complainant' }],
  }
}

export function dispatch(c: Complaint, input: InputOf<'dispatch'>, ctx: TransitionContext): Outcome {
  const departmentCode: DepartmentCode = input.departmentCode ?? ctx.settings.routing[c.category]
  const onTime = c.deadlines.dispatchDueAt === undefined || ctx.now <= c.deadlines.dispatchDueAt
  return {
    to: 'dispatched',
    patch: { departmentCode, dispatchedAt: ctx.now },
    reason: input.note || undefined,
    data: { departmentCode, onTime },
    notify: [{ kind: c.emergency ? 'emergency' : 'task', audience: 'department', departmentCode }],
  }
}

export function transfer(c: Complaint, input: InputOf<'transfer'>, ctx: TransitionContext): Outcome {
  if (input.departmentCode === c.departmentCode) throw guardFailed(`该投诉已在${DEPARTMENTS[input.departmentCode]}，无需转派`)
  const fromEscalation = c.status === 'escalated'
  const s = ctx.settings.deadlines
  return {
    to: 'dispatched',
    patch: {
      departmentCode: input.departmentCode,
      assignee: undefined,
      dispatchedAt: ctx.now,
      // A manager sending an escalated complaint back starts a new handling round.
      ...(fromEscalation ? { deadlines: handlingRound(c.deadlines, c.tier, ctx.now, s, ctx.calendar) } : {}),
    },
    reason: input.reason,
    data: { fromDepartment: c.departmentCode, departmentCode: input.departmentCode },
    notify: [{ kind: c.emergency ? 'emergency' : 'task', audience: 'department', departmentCode: input.departmentCode }],
  }
}

export function take(c: Complaint, _input: InputOf<'take'>, ctx: TransitionContext): Outcome {
  const onTimeResponse = c.emergency && !c.respondedAt ? ctx.now <= (c.deadlines.responseDueAt ?? Infinity) : undefined
  return {
    to: 'investigating',
    patch: { assignee: me(ctx), respondedAt: c.respondedAt ?? ctx.now },
    data: onTimeResponse === undefined ? undefined : { onTimeResponse },
  }
}

/** `input.assignee` is resolved from `assigneeOpenid` by the use case (it needs the users collection). */
export function assign(
  c: Complaint,
  input: InputOf<'assign'> & { assignee: PersonRef & { departmentCode?: string } },
  ctx: TransitionContext,
): Outcome {
  const a = input.assignee
  if (a.departmentCode !== c.departmentCode || (a.role !== 'handler' && a.role !== 'supervisor'))
    throw invalidInput('只能指派本部门的承办人')
  if (c.subjectStaff?.openid === a.openid) throw guardFailed('不能指派被投诉员工本人处理')
  return {
    to: 'investigating',
    patch: { assignee: { openid: a.openid, name: a.name, role: a.role }, respondedAt: c.respondedAt ?? ctx.now },
    data: { assignee: a.name },
    notify: [{ kind: 'task', audience: 'assignee' }],
  }
}

export function addNote(c: Complaint, input: InputOf<'add_note'>, ctx: TransitionContext): Outcome {
  const record = {
    id: `${ctx.now.toString(36)}-${c.investigation.length}`,
    kind: input.kind,
    text: input.text,
    files: input.files,
    by: me(ctx),
    at: ctx.now,
  }
  return { to: c.status, patch: { investigation: [...c.investigation, record] }, data: { kind: input.kind } }
}

export function recordStatement(c: Complaint, input: InputOf<'record_statement'>, ctx: TransitionContext): Outcome {
  return { to: c.status, patch: { statement: { text: input.text, files: input.files, recordedBy: me(ctx), at: ctx.now } } }
}

export function setMode(_c: Complaint, input: InputOf<'set_mode'>): Outcome {
  if (input.mode === 'coordination' && input.coordinatingDepartments.length === 0) throw invalidInput('协调处理请选择参与协同的部门')
  return {
    to: 'handling',
    patch: { mode: input.mode, coordinatingDepartments: input.coordinatingDepartments },
    reason: input.note || undefined,
    data: { mode: input.mode },
  }
}

/** H4-2: a plan's or extension's last day may not pass the cap counted from acceptance. */
function checkWithinCap(c: Complaint, day: string, ctx: TransitionContext): number {
  const at = endOfDay(day)
  const cap = extensionCap(c.acceptedAt ?? c.createdAt, ctx.settings.deadlines, ctx.calendar)
  if (at > cap)
    throw guardFailed(
      `完成日期不能晚于受理后 ${ctx.settings.deadlines.extensionCapWorkdays} 个工作日（${formatInstant(cap, 'YYYY年M月D日')}）`,
    )
  if (at < ctx.now) throw invalidInput('完成日期不能早于今天')
  return at
}

export function submitPlan(c: Complaint, input: InputOf<'submit_plan'>, ctx: TransitionContext): Outcome {
  checkWithinCap(c, input.deadline, ctx)
  return {
    to: 'plan_pending',
    patch: {
      plan: {
        owner: input.owner,
        steps: input.steps,
        deadline: input.deadline,
        status: 'pending',
        submittedBy: me(ctx),
        submittedAt: ctx.now,
      },
    },
    data: { deadline: input.deadline, steps: input.steps.length },
    notify: [{ kind: 'approval', audience: 'department_supervisor' }],
  }
}

export function approvePlan(c: Complaint, input: InputOf<'approve_plan'>, ctx: TransitionContext): Outcome {
  const plan = c.plan!
  const due = endOfDay(plan.deadline)
  // H3-EXT: the complainant is told when the plan moves the deadline later; an earlier date is no news.
  const moved = c.deadlines.handlingDueAt !== undefined && due > c.deadlines.handlingDueAt
  return {
    to: 'handling',
    patch: {
      plan: { ...plan, status: 'approved', decidedBy: me(ctx), decidedAt: ctx.now, decisionNote: input.note },
      mode: 'plan',
      tier: c.tier === 'emergency' ? 'emergency' : 'complex',
      deadlines: setFixed(c.deadlines, 'handlingDueAt', due),
    },
    reason: input.note || undefined,
    data: { deadline: plan.deadline },
    notify: [{ kind: 'plan_decided', audience: 'assignee' }, ...(moved ? [{ kind: 'extension', audience: 'complainant' as const }] : [])],
  }
}

export function returnPlan(c: Complaint, input: InputOf<'return_plan'>, ctx: TransitionContext): Outcome {
  return {
    to: 'investigating',
    patch: { plan: { ...c.plan!, status: 'returned', decidedBy: me(ctx), decidedAt: ctx.now, decisionNote: input.note } },
    reason: input.note,
    notify: [{ kind: 'plan_decided', audience: 'assignee' }],
  }
}

export function requestExtension(c: Complaint, input: InputOf<'request_extension'>, ctx: TransitionContext): Outcome {
  const at = checkWithinCap(c, input.newDeadline, ctx)
  if (c.deadlines.handlingDueAt !== undefined && at <= c.deadlines.handlingDueAt) throw invalidInput('延期后的日期应晚于当前期限')
  return {
    to: c.status,
    patch: {
      extension: { newDeadline: input.newDeadline, reason: input.reason, status: 'pending', requestedBy: me(ctx), requestedAt: ctx.now },
    },
    reason: input.reason,
    data: { newDeadline: input.newDeadline },
    notify: [{ kind: 'approval', audience: 'department_supervisor' }],
  }
}

export function approveExtension(c: Complaint, input: InputOf<'approve_extension'>, ctx: TransitionContext): Outcome {
  const ext = c.extension!
  const at = checkWithinCap(c, ext.newDeadline, ctx)
  return {
    to: c.status,
    patch: {
      extension: { ...ext, status: 'approved', decidedBy: me(ctx), decidedAt: ctx.now, decisionNote: input.note },
      deadlines: setFixed(c.deadlines, 'handlingDueAt', at),
    },
    reason: ext.reason,
    data: { newDeadline: ext.newDeadline },
    // H3-EXT: the complainant is told the new deadline and the reason.
    notify: [
      { kind: 'extension', audience: 'complainant' },
      { kind: 'extension_decided', audience: 'assignee' },
    ],
  }
}

export function rejectExtension(c: Complaint, input: InputOf<'reject_extension'>, ctx: TransitionContext): Outcome {
  return {
    to: c.status,
    patch: { extension: { ...c.extension!, status: 'rejected', decidedBy: me(ctx), decidedAt: ctx.now, decisionNote: input.note } },
    reason: input.note,
    notify: [{ kind: 'extension_decided', audience: 'assignee' }],
  }
}

export function giveResult(c: Complaint, input: InputOf<'give_result'>, ctx: TransitionContext): Outcome {
  const mode = input.mode ?? c.mode
  if (!mode) throw invalidInput('请选择处理方式')
  if (mode === 'coordination' && input.coordinatingDepartments.length === 0 && !c.coordinatingDepartments?.length)
    throw invalidInput('协调处理请选择参与协同的部门')
  const coordinatingDepartments = input.coordinatingDepartments.length ? input.coordinatingDepartments : (c.coordinatingDepartments ?? [])
  const onTime = c.deadlines.handlingDueAt === undefined || ctx.now <= c.deadlines.handlingDueAt
  return {
    to: 'resolved',
    patch: {
      mode,
      result: { summary: input.summary, mode, coordinatingDepartments, files: input.files, by: me(ctx), at: ctx.now },
      resolvedAt: ctx.now,
      deadlines: feedbackDeadlines(c.deadlines, ctx.now, ctx.settings.deadlines, ctx.calendar),
    },
    data: { mode, onTime },
    notify: [{ kind: 'result', audience: 'complainant' }],
  }
}

/** F2/F3: what a rating does — close, reopen and escalate to the supervisor, or go to the manager. */
function afterRating(
  c: Complaint,
  level: SatisfactionLevel,
  comment: string,
  channel: ReturnVisitChannel,
  ctx: TransitionContext,
): Outcome {
  const rating: Rating = { level, comment, channel, at: ctx.now, ...(channel === 'self' ? {} : { recordedBy: me(ctx) }) }
  const ratings = [...(c.ratings ?? []), rating]
  if (!isDissatisfied(level)) {
    return {
      to: 'closed',
      patch: { rating, ratings, closure: 'satisfied', closedAt: ctx.now },
      reason: comment || undefined,
      data: { level, channel },
    }
  }
  if (!comment) throw invalidInput('请说明不满意的原因，以便重新处理')
  if (c.reopenCount === 0) {
    return {
      to: 'reopened',
      patch: {
        rating,
        ratings,
        reopenCount: 1,
        supervision: { ...c.supervision, level: Math.max(c.supervision.level, 1) },
        deadlines: {
          ...handlingRound(c.deadlines, c.tier, ctx.now, ctx.settings.deadlines, ctx.calendar),
          returnVisitDueAt: undefined,
          autoCloseAt: undefined,
        },
      },
      reason: comment,
      data: { level, channel, escalatedTo: 'department_supervisor' },
      notify: [
        { kind: 'reopened', audience: 'department_supervisor' },
        { kind: 'reopened', audience: 'assignee' },
      ],
    }
  }
  return {
    to: 'escalated',
    patch: {
      rating,
      ratings,
      reopenCount: c.reopenCount + 1,
      supervision: { ...c.supervision, level: 2 },
      deadlines: { ...c.deadlines, returnVisitDueAt: undefined, autoCloseAt: undefined },
    },
    reason: comment,
    data: { level, channel, escalatedTo: 'manager', recourse: RECOURSE_NOTICE },
    notify: [
      { kind: 'escalated', audience: 'managers' },
      { kind: 'recourse', audience: 'complainant' },
    ],
  }
}

export function rate(c: Complaint, input: InputOf<'rate'>, ctx: TransitionContext): Outcome {
  return afterRating(c, input.level as SatisfactionLevel, input.comment, 'self', ctx)
}

export function recordReturnVisit(c: Complaint, input: InputOf<'record_return_visit'>, ctx: TransitionContext): Outcome {
  return afterRating(c, input.level as SatisfactionLevel, input.comment, input.channel, ctx)
}

export function finalReply(_c: Complaint, input: InputOf<'final_reply'>, ctx: TransitionContext): Outcome {
  return {
    to: 'closed',
    patch: { closure: 'dissatisfied_final', finalReply: { text: input.text, by: me(ctx), at: ctx.now }, closedAt: ctx.now },
    reason: input.text,
    data: { recourse: RECOURSE_NOTICE },
    notify: [{ kind: 'final_reply', audience: 'complainant' }],
  }
}

export function markReturnVisitDue(): Outcome {
  return {
    to: 'return_visit',
    patch: {},
    reason: '业主未在期限内评价，转客服回访',
    notify: [{ kind: 'return_visit_due', audience: 'customer_service' }],
  }
}

export function closeNoResponse(_c: Complaint, _i: unknown, ctx: TransitionContext): Outcome {
  return {
    to: 'closed',
    patch: { closure: 'no_response', closedAt: ctx.now },
    reason: `结果反馈后 ${ctx.settings.deadlines.noResponseDays} 日内未评价，按未评价结案`,
  }
}

/** V1: the handler is warned once per deadline, inside the warning window before it. */
export function warnDue(c: Complaint, ctx: TransitionContext): string | null {
  const d = activeDeadline(c)
  if (!d) return '无期限'
  if (c.supervision.warnedFor === d.at) return '已提醒'
  if (ctx.now > d.at) return '已超时'
  const s = ctx.settings.deadlines
  const window = c.tier === 'emergency' || d.kind === 'response' ? s.emergencyWarnMinutesBefore * MINUTE : s.warnHoursBefore * HOUR
  return ctx.now >= d.at - window ? null : '未到提醒时间'
}

export function warnDeadline(c: Complaint, _i: unknown): Outcome {
  const d = activeDeadline(c)!
  return {
    to: c.status,
    patch: { supervision: { ...c.supervision, warnedFor: d.at } },
    reason: `${formatInstant(d.at)} 到期`,
    data: { clock: d.kind, dueAt: d.at },
    notify: [{ kind: 'deadline_warning', audience: d.kind === 'dispatch' ? 'customer_service' : c.assignee ? 'assignee' : 'department' }],
  }
}

/** V1: level 1 (supervisor) once overdue; level 2 (manager) one working day (emergencies: 2 hours) later. */
function escalationTarget(c: Complaint, ctx: TransitionContext): { level: number; at: number; kind: string } | null {
  const d = activeDeadline(c)
  if (!d || ctx.now <= d.at) return null
  const second = c.tier === 'emergency' ? d.at + ctx.settings.deadlines.emergencyResponseHours * HOUR : ctx.calendar.deadlineAfter(d.at, 1)
  return { level: ctx.now > second ? 2 : 1, at: d.at, kind: d.kind }
}

export function escalationDue(c: Complaint, ctx: TransitionContext): string | null {
  const t = escalationTarget(c, ctx)
  if (!t) return '未超时'
  if (c.supervision.escalatedFor === t.at && c.supervision.level >= t.level) return '已升级'
  return null
}

export function escalate(c: Complaint, _i: unknown, ctx: TransitionContext): Outcome {
  const t = escalationTarget(c, ctx)!
  const toManager = t.level >= 2
  return {
    to: c.status,
    patch: { supervision: { ...c.supervision, level: t.level, escalatedFor: t.at } },
    reason: `${formatInstant(t.at)} 已超时，升级至${toManager ? '管理处经理' : '部门主管'}`,
    data: { clock: t.kind, level: t.level },
    notify: [
      { kind: 'escalation', audience: toManager ? 'managers' : t.kind === 'dispatch' ? 'customer_service' : 'department_supervisor' },
    ],
  }
}
