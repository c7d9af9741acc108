/**
 * 12345 hotline work orders (W3, W4; issue 18): the reply the office returns to the hotline, and
 * the satisfaction result the hotline sends back. Neither moves the complaint: they are records
 * of the office's exchange with the hotline, each an event on the timeline.
 */
import { formatInstant } from '../calendar'
import { invalidInput } from '../errors'
import { isHotline } from '../hotline'
import type { Outcome, TransitionContext } from '../lifecycle'
import type { Complaint } from '../model'
import type { InputOf } from '../validation'
import { HOTLINE_SATISFACTION } from '@shared/vocabulary'
import { me } from './common'

/** Why a hotline action does not apply to `c`: not a work order, or already done. */
export function hotlineNotApplicable(step: 'reply' | 'satisfaction') {
  return (c: Complaint): string => {
    if (!isHotline(c)) return '该投诉不是12345热线工单，不能回复热线或记录热线满意度'
    const h = c.hotline!
    if (step === 'reply' && h.reply) return `已于 ${formatInstant(h.reply.at)} 回复12345热线，不能重复回复`
    return h.satisfaction ? `已记录热线满意度结果（${HOTLINE_SATISFACTION[h.satisfaction.result]}）` : '该投诉当前无需记录热线满意度'
  }
}

/** W4: the hotline's result follows the office's reply. */
export const satisfactionUnavailable = (c: Complaint): string | null =>
  c.hotline && !c.hotline.reply ? '请先记录向12345热线的回复，再记录热线满意度结果' : null

/**
 * W3: the reply returned to the hotline — its text, when it was sent (stated, not before the
 * complaint was received nor in the future; now by default) and who recorded it; the event says
 * whether it reached the hotline by its deadline. @throws INVALID_INPUT for a time out of range.
 */
export function hotlineReply(c: Complaint, input: InputOf<'hotline_reply'>, ctx: TransitionContext): Outcome {
  const at = input.repliedAt ?? ctx.now
  if (at > ctx.now) throw invalidInput('回复热线的时间不能晚于现在')
  if (at < c.createdAt) throw invalidInput('回复热线的时间不能早于收到工单的时间')
  const h = c.hotline!
  const onTime = at <= h.dueAt
  return {
    to: c.status,
    patch: { hotline: { ...h, reply: { text: input.text, at, by: me(ctx), recordedAt: ctx.now } } },
    reason: input.text,
    data: { orderNo: h.orderNo, repliedAt: at, onTime },
  }
}

/** W4: the satisfaction result the hotline sent back after calling the complainant. */
export function hotlineSatisfaction(c: Complaint, input: InputOf<'hotline_satisfaction'>, ctx: TransitionContext): Outcome {
  const h = c.hotline!
  return {
    to: c.status,
    patch: { hotline: { ...h, satisfaction: { result: input.result, note: input.note, by: me(ctx), at: ctx.now } } },
    reason: input.note || undefined,
    data: { orderNo: h.orderNo, result: input.result },
  }
}
