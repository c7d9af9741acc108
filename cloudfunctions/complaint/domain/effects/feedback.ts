/**
 * Feedback (F2–F4): the complainant's rating or a staff return visit closes the complaint, reopens
 * it under the supervisor (first dissatisfied rating) or sends it to the manager (second), who
 * closes it with a final reply; unrated results go to a return visit, and close as no response.
 */
import { handlingRound } from '../deadlines'
import { invalidInput } from '../errors'
import type { Outcome, TransitionContext } from '../lifecycle'
import type { Complaint, Rating } from '../model'
import type { InputOf } from '../validation'
import { isDissatisfied } from '@shared/thresholds'
import { RECOURSE_NOTICE, type ReturnVisitChannel, type SatisfactionLevel } from '@shared/vocabulary'
import { me } from './common'

/** F3, first time: back to the department with a new handling clock, the supervisor told (level 1). */
function reopen(c: Complaint, rating: Rating, ratings: Rating[], ctx: TransitionContext): Outcome {
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
    reason: rating.comment,
    data: { level: rating.level, channel: rating.channel, escalatedTo: 'department_supervisor' },
    notify: [
      { kind: 'reopened', audience: 'department_supervisor' },
      { kind: 'reopened', audience: 'assignee' },
    ],
  }
}

/** F3, second time: to the office manager (level 2); the complainant is told where else they can go. */
function escalateToManager(c: Complaint, rating: Rating, ratings: Rating[]): Outcome {
  return {
    to: 'escalated',
    patch: {
      rating,
      ratings,
      reopenCount: c.reopenCount + 1,
      supervision: { ...c.supervision, level: 2 },
      deadlines: { ...c.deadlines, returnVisitDueAt: undefined, autoCloseAt: undefined },
    },
    reason: rating.comment,
    data: { level: rating.level, channel: rating.channel, escalatedTo: 'manager', recourse: RECOURSE_NOTICE },
    notify: [
      { kind: 'escalated', audience: 'managers' },
      { kind: 'recourse', audience: 'complainant' },
    ],
  }
}

/**
 * F2/F3: what a rating does — close as satisfied, reopen and escalate to the supervisor, or go to
 * the manager. @throws INVALID_INPUT for a dissatisfied rating without reasons.
 */
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
  return c.reopenCount === 0 ? reopen(c, rating, ratings, ctx) : escalateToManager(c, rating, ratings)
}

/** F2, F3: the complainant rates the result in the mini-program. */
export function rate(c: Complaint, input: InputOf<'rate'>, ctx: TransitionContext): Outcome {
  return afterRating(c, input.level as SatisfactionLevel, input.comment, 'self', ctx)
}

/** F2, F3: customer service records a phone or in-person return visit, with the same outcomes as a rating. */
export function recordReturnVisit(c: Complaint, input: InputOf<'record_return_visit'>, ctx: TransitionContext): Outcome {
  return afterRating(c, input.level as SatisfactionLevel, input.comment, input.channel, ctx)
}

/** F3: the manager's final reply closes the complaint as dissatisfied, with the recourse notice. */
export function finalReply(_c: Complaint, input: InputOf<'final_reply'>, ctx: TransitionContext): Outcome {
  return {
    to: 'closed',
    patch: { closure: 'dissatisfied_final', finalReply: { text: input.text, by: me(ctx), at: ctx.now }, closedAt: ctx.now },
    reason: input.text,
    data: { recourse: RECOURSE_NOTICE },
    notify: [{ kind: 'final_reply', audience: 'complainant' }],
  }
}

/** F2 (timer): no rating in time — customer service calls. */
export function markReturnVisitDue(): Outcome {
  return {
    to: 'return_visit',
    patch: {},
    reason: '业主未在期限内评价，转客服回访',
    notify: [{ kind: 'return_visit_due', audience: 'customer_service' }],
  }
}

/** F4 (timer): still unrated after the no-response period — closed as no response. */
export function closeNoResponse(_c: Complaint, _i: unknown, ctx: TransitionContext): Outcome {
  return {
    to: 'closed',
    patch: { closure: 'no_response', closedAt: ctx.now },
    reason: `结果反馈后 ${ctx.settings.deadlines.noResponseDays} 日内未评价，按未评价结案`,
  }
}
