/**
 * Plans and extensions (H3-PLAN, H3-EXT, H4-2): complex work gets a written plan the supervisor
 * approves or returns; a handler may ask to move the deadline, never past the cap counted from
 * acceptance, and the complainant is told when it moves later.
 */
import { endOfDay, formatInstant } from '../calendar'
import { extensionCap, setFixed } from '../deadlines'
import { guardFailed, invalidInput } from '../errors'
import type { Outcome, TransitionContext } from '../lifecycle'
import type { Complaint } from '../model'
import type { InputOf } from '../validation'
import { me } from './common'

/**
 * H4-2: a plan's or extension's last day may not pass the cap counted from acceptance, nor lie in the past.
 * @returns the end of that day (ms UTC). @throws GUARD_FAILED past the cap, INVALID_INPUT before today.
 */
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

/** H3-PLAN: a written plan (owner, steps, last day) goes to the department supervisor. */
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

/**
 * H3-PLAN, H4-2: the approved plan's last day becomes the handling deadline and the complaint
 * complex; H3-EXT: the complainant is told when that moves the deadline later.
 */
export function approvePlan(c: Complaint, input: InputOf<'approve_plan'>, ctx: TransitionContext): Outcome {
  const plan = c.plan!
  const due = endOfDay(plan.deadline)
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

/** H3-PLAN: the plan goes back to the handler with the reason; investigation continues. */
export function returnPlan(c: Complaint, input: InputOf<'return_plan'>, ctx: TransitionContext): Outcome {
  return {
    to: 'investigating',
    patch: { plan: { ...c.plan!, status: 'returned', decidedBy: me(ctx), decidedAt: ctx.now, decisionNote: input.note } },
    reason: input.note,
    notify: [{ kind: 'plan_decided', audience: 'assignee' }],
  }
}

/** H3-EXT, H4-2: a later last day, within the cap, waits for the supervisor. @throws INVALID_INPUT when not later. */
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

/** H3-EXT: approved — the deadline moves (checked against the cap again) and the complainant is told the new date and why. */
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
    notify: [
      { kind: 'extension', audience: 'complainant' },
      { kind: 'extension_decided', audience: 'assignee' },
    ],
  }
}

/** H3-EXT: rejected with the reason; the deadline stays. */
export function rejectExtension(c: Complaint, input: InputOf<'reject_extension'>, ctx: TransitionContext): Outcome {
  return {
    to: c.status,
    patch: { extension: { ...c.extension!, status: 'rejected', decidedBy: me(ctx), decidedAt: ctx.now, decisionNote: input.note } },
    reason: input.note,
    notify: [{ kind: 'extension_decided', audience: 'assignee' }],
  }
}
