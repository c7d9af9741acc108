/**
 * What every figure of S1/S2 is made of: per-complaint facts, written once as aggregation
 * expressions so the database computes them next to the data, and the report, the weak points
 * and the drill-down all count with the very same definitions (docs/REPORTS.md). Pure data.
 *
 * Instants are ms since epoch, UTC. Asia/Shanghai is UTC+8 with no daylight saving since 1991, so
 * a Shanghai calendar day number is floor((ms + 8 h) / 24 h), computed in the pipeline.
 */
import dayjs from 'dayjs'
import utc from 'dayjs/plugin/utc'
import { dayOf, type WorkCalendar } from '../../complaint/domain/calendar'
import { isAppError } from '../../complaint/domain/errors'
import { DISSATISFIED_MAX } from '@shared/thresholds'
import { RESULT_STANDS, SUPERVISED } from '@shared/status-groups'
import { hotlineFactFields } from './hotline'

dayjs.extend(utc)

const DAY_MS = 86_400_000
const SHANGHAI_OFFSET_MS = 8 * 3_600_000

/** States in which the complaint's latest result still stands (not sent back to handling). */
export const STANDING_STATES = RESULT_STANDS
/** States in which the handling clock (H4) is running. */
export const HANDLING_STATES = SUPERVISED

/**
 * Working-day ordinals for the pipeline: `ordinals[i]` is the number of working days in
 * (baseDay, baseDay + i], so workdays between two instants (WorkCalendar.workdaysBetween) is a
 * difference of two array elements. Stops early at a year the calendar does not know.
 */
export interface WorkdayTable {
  /** Shanghai day number (days since 1970-01-01 in UTC+8) of ordinals[0]. */
  baseDay: number
  ordinals: number[]
  /** First day the calendar could not answer for, if the table stops before `to`. */
  unknownFrom?: string
}

/** Shanghai day number of an instant (ms since epoch, UTC). */
export const dayNumber = (at: number) => Math.floor((at + SHANGHAI_OFFSET_MS) / DAY_MS)

/** Builds the table for instants from `from` to `to` (ms UTC) on `calendar`. */
export function workdayTable(calendar: WorkCalendar, from: number, to: number): WorkdayTable {
  const baseDay = dayNumber(from)
  const days = Math.max(0, dayNumber(to) - baseDay)
  const ordinals = [0]
  let cursor = dayjs.utc(dayOf(from))
  for (let i = 1; i <= days; i++) {
    cursor = cursor.add(1, 'day')
    const day = cursor.format('YYYY-MM-DD')
    try {
      ordinals.push(ordinals[i - 1] + (calendar.isWorkday(day) ? 1 : 0))
    } catch (e) {
      if (isAppError(e) && e.code === 'CALENDAR_UNKNOWN_YEAR') return { baseDay, ordinals, unknownFrom: day }
      throw e
    }
  }
  return { baseDay, ordinals }
}

export interface FactParams {
  /** Start of the current period (ms UTC): complaints created before it belong to the previous one. */
  start: number
  /** The report's "now" (ms UTC): open clocks and return-visit windows are judged at this instant. */
  now: number
  workdays: WorkdayTable
}

type Expr = unknown
const f = (path: string) => `$${path}`
const num = (path: string) => ({ $ifNull: [f(path), 0] })
const bool = (cond: Expr) => ({ $cond: [cond, 1, 0] })
const dayNum = (e: Expr) => ({ $floor: { $divide: [{ $add: [e, SHANGHAI_OFFSET_MS] }, DAY_MS] } })

/** The latest result stands: given, and the complaint was not sent back to handling since. */
export const standingExpr = { $and: [{ $gt: [num('resolvedAt'), 0] }, { $in: ['$status', STANDING_STATES] }] }
/** H4: the standing result came after the handling deadline (no deadline = on time, e.g. A2-3). */
export const lateExpr = {
  $and: [standingExpr, { $gt: [num('deadlines.handlingDueAt'), 0] }, { $gt: ['$resolvedAt', '$deadlines.handlingDueAt'] }],
}
/** F2: the complaint rated (or a staff return visit recorded) the standing result. */
export const ratedExpr = { $and: [standingExpr, { $gt: [num('rating.level'), 0] }, { $gte: [num('rating.at'), '$resolvedAt'] }] }
/** A4-R4: refused as a repeat, or linked by staff to the complaint it repeats. */
export const repeatExpr = { $or: [{ $eq: [{ $ifNull: ['$refusal.ground', ''] }, 'A4-R4'] }, { $ne: [{ $ifNull: ['$repeatOf', ''] }, ''] }] }
/** F3: rated dissatisfied (at most DISSATISFIED_MAX; ratings are 1–5) at least once (every such rating reopens or escalates the complaint). */
export const dissatisfiedExpr = {
  $gt: [{ $size: { $filter: { input: { $ifNull: ['$ratings', []] }, as: 'r', cond: { $lte: ['$$r.level', DISSATISFIED_MAX] } } } }, 0],
}

/**
 * Per-complaint facts as a `$project`/`$addFields` body. Values are numbers so they can be summed:
 * flags are 0/1; `hd` is the handling time in working days (−1: no standing result; −2: the
 * calendar does not know a year it needs); `level` is the rating of the standing result (0: none).
 */
export function factFields(p: FactParams): Record<string, Expr> {
  const w = p.workdays
  const ai = { $subtract: [dayNum({ $ifNull: ['$acceptedAt', '$createdAt'] }), w.baseDay] }
  const ri = { $subtract: [dayNum(num('resolvedAt')), w.baseDay] }
  const table = { $literal: w.ordinals }
  const inTable = { $and: [{ $gte: [ai, 0] }, { $gte: [ri, ai] }, { $lt: [ri, w.ordinals.length] }] }
  return {
    p: bool({ $gte: ['$createdAt', p.start] }),
    location: '$location',
    category: '$category',
    channel: '$channel',
    tier: '$tier',
    dept: { $ifNull: ['$departmentCode', 'none'] },
    ground: { $ifNull: ['$refusal.ground', 'none'] },
    handler: { $ifNull: ['$assignee.openid', 'none'] },
    handlerName: { $ifNull: ['$assignee.name', ''] },
    emergency: bool({ $eq: ['$emergency', true] }),
    repeat: bool(repeatExpr),
    resulted: bool({ $gt: [num('resolvedAt'), 0] }),
    reopened: bool({ $and: [{ $gt: [num('resolvedAt'), 0] }, { $gt: [num('reopenCount'), 0] }] }),
    standing: bool(standingExpr),
    late: bool(lateExpr),
    hd: {
      $cond: [standingExpr, { $cond: [inTable, { $subtract: [{ $arrayElemAt: [table, ri] }, { $arrayElemAt: [table, ai] }] }, -2] }, -1],
    },
    level: { $cond: [ratedExpr, '$rating.level', 0] },
    // F2: due once rated, moved to return visit, closed or escalated, or past its return-visit deadline.
    visitDue: bool({
      $and: [standingExpr, { $or: [ratedExpr, { $ne: ['$status', 'resolved'] }, { $gt: [p.now, num('deadlines.returnVisitDueAt')] }] }],
    }),
    dissatisfied: bool(dissatisfiedExpr),
    // C2: urged at all, and more than once; C3: withdrawn by the complainant (counted apart: never a result, never rated).
    urged: bool({ $gt: [{ $size: { $ifNull: ['$urges', []] } }, 0] }),
    urgedAgain: bool({ $gt: [{ $size: { $ifNull: ['$urges', []] } }, 1] }),
    withdrawn: bool({ $eq: ['$status', 'withdrawn'] }),
    withdrawal: { $ifNull: ['$withdrawal.reason', 'none'] },
    openOverdue: bool({
      $and: [
        { $in: ['$status', HANDLING_STATES] },
        { $gt: [num('deadlines.handlingDueAt'), 0] },
        { $gt: [p.now, '$deadlines.handlingDueAt'] },
      ],
    }),
    // W3, W4: a 12345 work order's reply and the hotline's result.
    ...hotlineFactFields(p.now),
  }
}

/** Facts of a dispatch event (H1): `p` 1 in the current period; `late` per the dispatch rule's own verdict. */
export function dispatchFactFields(start: number): Record<string, Expr> {
  return {
    p: bool({ $gte: ['$at', start] }),
    // The dispatch rule records onTime (dispatch at or before dispatchDueAt). An emergency is
    // dispatched in the instant it is accepted (dispatchDueAt = acceptance), so no flag = on time.
    late: bool({ $eq: ['$data.onTime', false] }),
  }
}
