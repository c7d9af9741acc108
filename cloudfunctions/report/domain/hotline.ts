/**
 * The 12345 work orders' line of the period report (W3, W4; issue 18): how many came in, how many
 * replies reached the hotline by its deadline, and the hotline's own satisfaction results. Facts
 * and counters join the period report's single pass (facts.ts, pipelines.ts); figures read them here.
 */
import { HOTLINE_SATISFIED } from '@shared/hotline'
import { HOTLINE_SATISFACTION } from '@shared/vocabulary'
import { count, rate, type Breakdown, type Count, type Rate } from './figures'
import type { PeriodRow } from './pipelines'

const num = (path: string) => ({ $ifNull: [`$${path}`, 0] })
const bool = (cond: unknown) => ({ $cond: [cond, 1, 0] })
const isOrder = { $and: [{ $eq: ['$channel', 'hotline'] }, { $gt: [num('hotline.dueAt'), 0] }] }
const replied = { $and: [isOrder, { $gt: [num('hotline.reply.at'), 0] }] }

/**
 * Per-complaint facts of a work order at `now`: `hl` it is one; `hlDue` its reply is due (given,
 * or the hotline's deadline passed without one); `hlOnTime` replied by the deadline; `hlSat` the
 * hotline's result ('none' until it came back).
 */
export function hotlineFactFields(now: number): Record<string, unknown> {
  return {
    hl: bool(isOrder),
    hlDue: bool({ $or: [replied, { $and: [isOrder, { $gt: [now, '$hotline.dueAt'] }] }] }),
    hlOnTime: bool({ $and: [replied, { $lte: ['$hotline.reply.at', '$hotline.dueAt'] }] }),
    hlSat: { $ifNull: ['$hotline.satisfaction.result', 'none'] },
  }
}

/** Counters summed per period: work orders, replies due and on time, the hotline's results by kind. */
export function hotlineCounters(): Record<string, unknown> {
  const c: Record<string, unknown> = { hl: '$hl', hlDue: '$hlDue', hlOnTime: '$hlOnTime' }
  for (const k of Object.keys(HOTLINE_SATISFACTION)) c[`hlSat_${k}`] = { $cond: [{ $eq: ['$hlSat', k] }, 1, 0] }
  return c
}

/** W3, W4: the work orders' figures of a period. */
export interface HotlineFigures {
  /** Work orders created in the period. */
  orders: Count
  /** Replies by the hotline's deadline over replies due (given, or the deadline passed without one). */
  repliedOnTime: Rate
  /** 满意 and 基本满意 over the results the hotline returned. */
  satisfaction: Rate
  results: Breakdown[]
}

const v = (row: PeriodRow | undefined, name: string) => Number(row?.[name] ?? 0)
const KEYS = Object.keys(HOTLINE_SATISFACTION) as (keyof typeof HOTLINE_SATISFACTION)[]
const sum = (r: PeriodRow | undefined, keys: readonly string[]) => keys.reduce((s, k) => s + v(r, `hlSat_${k}`), 0)

/** The work orders' figures from the period rows (`cur` this period, `prev` the one before). */
export function hotlineFigures(cur?: PeriodRow, prev?: PeriodRow): HotlineFigures {
  return {
    orders: count(v(cur, 'hl'), v(prev, 'hl')),
    repliedOnTime: rate(v(cur, 'hlOnTime'), v(cur, 'hlDue'), v(prev, 'hlOnTime'), v(prev, 'hlDue')),
    satisfaction: rate(sum(cur, HOTLINE_SATISFIED), sum(cur, KEYS), sum(prev, HOTLINE_SATISFIED), sum(prev, KEYS)),
    results: KEYS.map((k) => ({ key: k, label: HOTLINE_SATISFACTION[k], ...count(v(cur, `hlSat_${k}`), v(prev, `hlSat_${k}`)) })),
  }
}
