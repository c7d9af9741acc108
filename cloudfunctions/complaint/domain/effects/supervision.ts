/**
 * Supervision of deadlines (V1, G3-P3), run by the timer: the handler is warned once before a
 * deadline; once it has passed, the department supervisor (customer service for the dispatch
 * clock) is alerted, and the office manager one working day later (emergencies: hours later).
 * What was done is recorded on the complaint, so a second run repeats nothing.
 */
import { formatInstant } from '../calendar'
import { activeDeadline } from '../deadlines'
import type { Outcome, TransitionContext } from '../lifecycle'
import type { Complaint } from '../model'
import { HOUR, MINUTE } from './common'

/** V1: the handler is warned once per deadline, inside the warning window before it. @returns why not now, or null. */
export function warnDue(c: Complaint, ctx: TransitionContext): string | null {
  const d = activeDeadline(c)
  if (!d) return '无期限'
  if (c.supervision.warnedFor === d.at) return '已提醒'
  if (ctx.now > d.at) return '已超时'
  const s = ctx.settings.deadlines
  const window = c.tier === 'emergency' || d.kind === 'response' ? s.emergencyWarnMinutesBefore * MINUTE : s.warnHoursBefore * HOUR
  return ctx.now >= d.at - window ? null : '未到提醒时间'
}

/** V1: the warning goes to customer service for the dispatch clock, else the assignee (or the department before one). */
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

/** V1: level 1 (supervisor) once overdue; level 2 (manager) one working day (emergencies: the response hours) later. */
function escalationTarget(c: Complaint, ctx: TransitionContext): { level: number; at: number; kind: string } | null {
  const d = activeDeadline(c)
  if (!d || ctx.now <= d.at) return null
  const second = c.tier === 'emergency' ? d.at + ctx.settings.deadlines.emergencyResponseHours * HOUR : ctx.calendar.deadlineAfter(d.at, 1)
  return { level: ctx.now > second ? 2 : 1, at: d.at, kind: d.kind }
}

/** V1: whether an escalation is due now. @returns why not, or null. */
export function escalationDue(c: Complaint, ctx: TransitionContext): string | null {
  const t = escalationTarget(c, ctx)
  if (!t) return '未超时'
  if (c.supervision.escalatedFor === t.at && c.supervision.level >= t.level) return '已升级'
  return null
}

/** V1, G3-P3: records the level reached for this deadline and alerts the supervisor, customer service or the managers. */
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
