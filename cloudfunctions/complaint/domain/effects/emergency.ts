/**
 * The emergency alert chain's transitions (issue 14, H1-E, H4-3): a person on the chain
 * acknowledges (接警) — the first response, recorded with who and when —; customer service
 * confirms the emergency or clears it with a reason (clearing stops the chain and the emergency
 * clocks); the timer escalates, step after step, while nobody has acknowledged.
 */
import { handlingRound } from '../deadlines'
import { acknowledged, onChain, stepAudience, stepLabel } from '../emergency'
import type { Outcome, TransitionContext } from '../lifecycle'
import type { Complaint, EmergencyAlert } from '../model'
import type { InputOf } from '../validation'
import { me, MINUTE } from './common'

/** The alert of a complaint the table only offers these actions on. */
const alertOf = (c: Complaint): EmergencyAlert => c.alert!

/** Whether the actor may acknowledge: only someone on the chain. @returns why not, or null. */
export function notOnChain(c: Complaint, ctx: TransitionContext): string | null {
  return onChain(c, ctx.actor, ctx.settings, ctx.calendar, ctx.now)
    ? null
    : '您不在本次紧急告警的接警名单中（值班人员、值班主管或管理处经理）'
}

/** Whether the first response was on time (H4-3), from receipt; undefined when no response clock runs. */
function responseOnTime(c: Complaint, now: number): boolean | undefined {
  if (c.respondedAt || c.deadlines.responseDueAt === undefined) return undefined
  return now <= c.deadlines.responseDueAt
}

/**
 * H1-E, H4-3: 接警 — the caller takes responsibility for acting now; the chain stops and the first
 * response is recorded (minutes from receipt, and whether within the response time).
 */
export function acknowledgeEmergency(c: Complaint, _i: InputOf<'acknowledge_emergency'>, ctx: TransitionContext): Outcome {
  const a = alertOf(c)
  const onTimeResponse = responseOnTime(c, ctx.now)
  return {
    to: c.status,
    patch: { alert: acknowledged(a, me(ctx), ctx.now, 'acknowledge_emergency'), respondedAt: c.respondedAt ?? ctx.now },
    data: { minutes: Math.floor((ctx.now - a.raisedAt) / MINUTE), ...(onTimeResponse === undefined ? {} : { onTimeResponse }) },
    notify: [{ kind: 'emergency_acknowledged', audience: 'complainant' }],
  }
}

/** H1-E: customer service confirms that the flagged complaint is an emergency. */
export function confirmEmergency(c: Complaint, input: InputOf<'confirm_emergency'>, ctx: TransitionContext): Outcome {
  const a = alertOf(c)
  return {
    to: c.status,
    patch: { alert: { ...a, review: 'confirmed', reviewed: { by: me(ctx), at: ctx.now, reason: input.note || undefined } } },
    reason: input.note || undefined,
  }
}

/**
 * H1-E: customer service clears a flag that was no emergency, with a reason: the chain stops, and
 * the complaint goes on as a general one — its handling clock counted from acceptance, no response clock.
 */
export function clearEmergency(c: Complaint, input: InputOf<'clear_emergency'>, ctx: TransitionContext): Outcome {
  const a = alertOf(c)
  const from = c.acceptedAt ?? c.createdAt
  const { responseDueAt: _r, ...deadlines } = c.deadlines
  return {
    to: c.status,
    patch: {
      emergency: false,
      tier: 'general',
      alert: {
        ...a,
        state: a.state === 'open' ? 'cleared' : a.state,
        nextAt: null,
        review: 'cleared',
        reviewed: { by: me(ctx), at: ctx.now, reason: input.reason },
      },
      deadlines: handlingRound(deadlines, 'general', from, ctx.settings.deadlines, ctx.calendar),
      supervision: { level: 0 },
    },
    reason: input.reason,
    data: { tier: 'general' },
    notify: [{ kind: 'emergency_cleared', audience: 'complainant' }],
  }
}

/** H1-E: whether the chain's next step is due (nobody acknowledged within `escalateMinutes`). @returns why not, or null. */
export function emergencyEscalationDue(c: Complaint, ctx: TransitionContext): string | null {
  const next = c.alert?.nextAt
  return next !== null && next !== undefined && ctx.now >= next ? null : '未到升级时间'
}

/** H1-E: nobody acknowledged in time — the next step of the chain is alerted on every channel, and the step is an event. */
export function escalateEmergency(c: Complaint, _i: unknown, ctx: TransitionContext): Outcome {
  const a = alertOf(c)
  const step = a.step + 1
  const minutes = Math.round((ctx.now - a.raisedAt) / MINUTE)
  return {
    to: c.status,
    patch: { alert: { ...a, step, nextAt: ctx.now + ctx.settings.alerts.escalateMinutes * MINUTE } },
    reason: `${minutes} 分钟无人接警，${step >= 3 ? '再次通知' : '升级通知'}${stepLabel(step)}`,
    data: { step },
    notify: stepAudience(step, c.departmentCode),
  }
}
