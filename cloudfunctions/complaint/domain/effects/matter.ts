/**
 * Matters (issue 18): the lead complaint's result shared with a complaint linked to the same
 * matter (F1, H3). The complainant is told the result as if their own complaint had been answered,
 * and rates it themself (F2); the F2/F4 clocks start for each complaint on its own.
 */
import { feedbackDeadlines } from '../deadlines'
import type { Outcome, TransitionContext } from '../lifecycle'
import type { Complaint, HandlingResult } from '../model'

/** What `share_result` takes: the matter's number and the lead complaint's result. */
export interface SharedResult {
  matterNo: string
  result: HandlingResult
}

/**
 * F1, H3: the matter's result on a linked complaint. The summary and handling mode are the lead's;
 * its files are not shared (they belong to the lead's record, G3-P5). Whether it is on time is
 * judged against this complaint's own handling deadline.
 */
export function shareResult(c: Complaint, input: SharedResult, ctx: TransitionContext): Outcome {
  const { summary, mode, coordinatingDepartments, by } = input.result
  const onTime = c.deadlines.handlingDueAt === undefined || ctx.now <= c.deadlines.handlingDueAt
  return {
    to: 'resolved',
    patch: {
      mode,
      result: { summary, mode, coordinatingDepartments, files: [], by, at: ctx.now },
      resolvedAt: ctx.now,
      deadlines: feedbackDeadlines(c.deadlines, ctx.now, ctx.settings.deadlines, ctx.calendar),
    },
    reason: `事项 ${input.matterNo} 已统一处理完毕`,
    data: { mode, onTime, matterNo: input.matterNo },
    notify: [{ kind: 'result', audience: 'complainant' }],
  }
}
