/**
 * Acceptance and dispatch (A2-3, A4, H1, H4): customer service accepts a complaint — starting its
 * clocks and, with a department, dispatching it in the same step — or refuses it on one of the
 * five grounds; a complaint is dispatched, or transferred to another department.
 */
import { acceptanceDeadlines, handlingRound } from '../deadlines'
import { raisedAlert, responseFromReceipt, stepAudience } from '../emergency'
import { guardFailed, invalidInput } from '../errors'
import { withHotlineDeadline } from '../hotline'
import type { Outcome, TransitionContext } from '../lifecycle'
import type { Complaint } from '../model'
import type { InputOf } from '../validation'
import { departmentName } from '@shared/departments'
import type { DepartmentCode, Tier } from '@shared/vocabulary'
import { firstContactOf, me } from './common'

/**
 * A2-3, H1, H4-1, H4-2, G3-P4: accepts with a tier; with a department (or, for an emergency, the
 * routing table's) it is dispatched at once. The accused staff member may be named here (H2-S).
 */
export function accept(c: Complaint, input: InputOf<'accept'>, ctx: TransitionContext): Outcome {
  const tier: Tier = input.tier ?? (c.emergency ? 'emergency' : 'general')
  const emergency = tier === 'emergency'
  const patch: Partial<Complaint> = {
    tier,
    emergency,
    acceptedAt: ctx.now,
    // H4-3: an emergency's first-response clock runs from receipt, not from acceptance (issue 14);
    // W2: a 12345 work order's deadline applies when it is sooner.
    deadlines: withHotlineDeadline(
      responseFromReceipt(acceptanceDeadlines(c.deadlines, tier, ctx.now, ctx.settings.deadlines, ctx.calendar), c, ctx.settings),
      c,
    ),
    firstContact: firstContactOf(c, ctx),
    ...(input.subjectStaff ? { subjectStaff: input.subjectStaff } : {}),
  }
  const reason = input.note || undefined
  const notify: Outcome['notify'] = [{ kind: 'accepted', audience: 'complainant' }]
  const departmentCode = input.departmentCode ?? (emergency ? ctx.settings.routing[c.category] : undefined)
  if (!departmentCode) return { to: 'accepted', patch, reason, data: { tier }, notify }
  // H1-E: staff flagging an emergency here start its alert chain, the people on duty first (issue 14).
  const alert = emergency ? { alert: raisedAlert(c, ctx.now, ctx.settings, me(ctx)) } : {}
  return {
    to: 'dispatched',
    patch: { ...patch, ...alert, departmentCode, dispatchedAt: ctx.now },
    reason,
    data: { tier },
    also: [{ action: 'dispatch', from: 'accepted', to: 'dispatched', data: { departmentCode, onTime: true } }],
    notify: [
      ...notify,
      ...(emergency ? stepAudience(0, departmentCode) : [{ kind: 'task', audience: 'department' as const, departmentCode }]),
    ],
  }
}

/** A4-R1…R5: refused on one ground, explained to the complainant; A4-R4 links the earlier complaint. @throws INVALID_INPUT. */
export function refuse(c: Complaint, input: InputOf<'refuse'>, ctx: TransitionContext): Outcome {
  if (input.ground === 'A4-R4' && !input.repeatOf) throw invalidInput('以重复投诉不予受理时，请关联此前已处理的投诉')
  return {
    to: 'refused',
    patch: {
      refusal: { ground: input.ground, explanation: input.explanation, by: me(ctx), at: ctx.now },
      repeatOf: input.repeatOf,
      closedAt: ctx.now,
      firstContact: firstContactOf(c, ctx),
    },
    reason: input.explanation,
    data: { ground: input.ground, repeatOf: input.repeatOf },
    notify: [{ kind: 'refused', audience: 'complainant' }],
  }
}

/** H1: dispatched to a department (the routing table's by default); the event records whether it was on time. */
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

/**
 * H1: sent to another department, without an assignee; the handling clock keeps running, except
 * that a manager sending an escalated complaint back starts a new handling round.
 * @throws GUARD_FAILED when it is already in that department.
 */
export function transfer(c: Complaint, input: InputOf<'transfer'>, ctx: TransitionContext): Outcome {
  if (input.departmentCode === c.departmentCode)
    throw guardFailed(`该投诉已在${departmentName(ctx.settings.departments, input.departmentCode)}，无需转派`)
  const fromEscalation = c.status === 'escalated'
  const s = ctx.settings.deadlines
  return {
    to: 'dispatched',
    patch: {
      departmentCode: input.departmentCode,
      assignee: undefined,
      dispatchedAt: ctx.now,
      ...(fromEscalation ? { deadlines: handlingRound(c.deadlines, c.tier, ctx.now, s, ctx.calendar) } : {}),
    },
    reason: input.reason,
    data: { fromDepartment: c.departmentCode, departmentCode: input.departmentCode },
    notify: [{ kind: c.emergency ? 'emergency' : 'task', audience: 'department', departmentCode: input.departmentCode }],
  }
}
