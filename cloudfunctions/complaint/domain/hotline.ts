/**
 * 12345 hotline work orders (W1–W4, issue 18), the pure rules: what a registration must carry,
 * which deadline applies (W2), whether a reply was on time (W3), and what a viewer sees of the
 * order. The transitions' effects are in effects/hotline.ts.
 */
import { formatInstant } from './calendar'
import { setFixed } from './deadlines'
import { invalidInput } from './errors'
import type { Complaint, Deadlines, HotlineOrder } from './model'
import type { SeenComplaint } from './disclosure'
import { HOTLINE_DUE_MAX_AHEAD_MS } from '@shared/hotline'
import { HOTLINE_SATISFACTION, STATUSES, type Channel } from '@shared/vocabulary'

/** Whether the complaint is a 12345 work order. */
export const isHotline = (c: Pick<Complaint, 'channel' | 'hotline'>): boolean => c.channel === 'hotline' && !!c.hotline

/**
 * W1, W2: the order a registration records, checked against `now`: the hotline channel needs its
 * order number and deadline, another channel takes none; the deadline must lie ahead (a year at most).
 * @returns the order (undefined for another channel). @throws INVALID_INPUT in Chinese.
 */
export function hotlineOrderOf(
  channel: Channel,
  given: { orderNo: string; dueAt: number } | undefined,
  now: number,
): HotlineOrder | undefined {
  if (channel !== 'hotline') {
    if (given) throw invalidInput('只有“12345热线”渠道的投诉才填写热线工单号和办理时限')
    return undefined
  }
  if (!given) throw invalidInput('请填写12345工单号和热线要求的办理时限')
  if (given.dueAt <= now) throw invalidInput(`热线办理时限（${formatInstant(given.dueAt)}）已过，请核对工单上的时限`)
  if (given.dueAt - now > HOTLINE_DUE_MAX_AHEAD_MS) throw invalidInput('热线办理时限不能晚于一年之后，请核对工单上的时限')
  return { orderNo: given.orderNo, dueAt: given.dueAt }
}

/** W1: the message for an order number already registered, naming the complaint that holds it. */
export function duplicateOrderMessage(orderNo: string, existing: Pick<Complaint, 'no' | 'status'>): string {
  return `12345工单号 ${orderNo} 已登记为投诉 ${existing.no}（${STATUSES[existing.status]}），请勿重复登记；热线再次转来的同一工单请在原投诉上处理`
}

/**
 * W2: the handling clock of a work order is the sooner of the procedure's (H4) and the hotline's;
 * the dispatch clock (H1) never lies after it. A hotline deadline that applies is a fixed instant,
 * never 暂定 (the hotline set it), so recounting the calendar leaves it alone.
 * @returns `d` unchanged for a complaint that is not a work order or whose hotline deadline is later.
 */
export function withHotlineDeadline(d: Deadlines, c: Pick<Complaint, 'channel' | 'hotline'>): Deadlines {
  if (!isHotline(c) || d.handlingDueAt === undefined) return d
  const due = c.hotline!.dueAt
  if (due >= d.handlingDueAt) return d
  const capped = setFixed(d, 'handlingDueAt', due)
  return capped.dispatchDueAt !== undefined && capped.dispatchDueAt > due ? setFixed(capped, 'dispatchDueAt', due) : capped
}

/** W3: whether the reply reached the hotline by its deadline (null while there is no reply). */
export function repliedOnTime(order: HotlineOrder): boolean | null {
  return order.reply ? order.reply.at <= order.dueAt : null
}

/** What a viewer sees of a work order (staff: all; the complainant: its number and deadline). */
export interface HotlineView {
  orderNo: string
  dueAt: number
  reply?: { text: string; at: number; by: string; onTime: boolean }
  satisfaction?: { result: string; resultLabel: string; note: string; by: string; at: number }
}

/**
 * The work order as the viewer's projection has it (disclosure.ts keeps the reply and the hotline's
 * result from the complainant and the whole order from the accused).
 */
export function hotlineView(c: Pick<SeenComplaint, 'hotline'>): { hotline?: HotlineView } {
  const h = c.hotline
  if (!h) return {}
  const { reply, satisfaction: s } = h
  return {
    hotline: {
      orderNo: h.orderNo,
      dueAt: h.dueAt,
      ...(reply && { reply: { text: reply.text, at: reply.at, by: reply.by.name, onTime: reply.at <= h.dueAt } }),
      ...(s && { satisfaction: { result: s.result, resultLabel: HOTLINE_SATISFACTION[s.result], note: s.note, by: s.by.name, at: s.at } }),
    },
  }
}

/** G3-P5: the complainant sees their order's number and deadline; the office's reply and the hotline's result stay with staff. */
export function hotlineForComplainant(h: HotlineOrder | undefined): HotlineOrder | undefined {
  return h && { orderNo: h.orderNo, dueAt: h.dueAt }
}
