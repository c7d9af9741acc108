/**
 * The aggregation pipelines behind the figures (S1, S2, S3), as stage lists after the leading
 * `$match` (which the caller builds with the SDK's commands on an indexed range). Pure data.
 *
 * The period report reads each complaint of the two periods exactly once: one `$project` of
 * facts, a `$group` by (period, location, category) that sums every counter, and a `$group` by
 * period that adds them up and keeps the location/category pairs. Fixed vocabularies, and the
 * office's departments as settings list them when the report runs, become named counters;
 * handling time becomes a histogram of whole working days.
 */
import type { Department } from '@shared/departments'
import { CHANNELS, REFUSAL_GROUNDS, TIERS, WITHDRAWAL_REASONS } from '@shared/vocabulary'
import { dispatchFactFields, factFields, type FactParams } from './facts'
import { HIST_MAX } from './histogram'
import { hotlineCounters } from './hotline'

/** One pipeline stage as MongoDB spells it, e.g. `{ $group: {...} }`. */
export type Stage = Record<string, unknown>

export { HIST_MAX }

const eq = (field: string, value: unknown) => ({ $cond: [{ $eq: [`$${field}`, value] }, 1, 0] })

/**
 * Counter name → expression summed per complaint, one `dept_<code>` for each of the office's
 * `departments` (codes are letters, digits and `_`, safe in a field name). Names are stable: the figures read them.
 */
export function counters(departments: readonly Department[]): Record<string, unknown> {
  const c: Record<string, unknown> = {}
  for (const k of Object.keys(CHANNELS)) c[`ch_${k}`] = eq('channel', k)
  for (const k of Object.keys(TIERS)) c[`tier_${k}`] = eq('tier', k)
  for (const k of [...departments.map((d) => d.code), 'none']) c[`dept_${k}`] = eq('dept', k)
  for (const k of Object.keys(REFUSAL_GROUNDS)) c[`g_${k}`] = eq('ground', k)
  for (const k of ['emergency', 'repeat', 'resulted', 'reopened', 'standing', 'late', 'visitDue', 'dissatisfied', 'openOverdue'])
    c[k] = `$${k}`
  // C2: urged complaints (and those urged again) per department; C3: withdrawals by reason.
  for (const k of [...departments.map((d) => d.code), 'none']) {
    c[`urged_${k}`] = { $cond: [{ $and: [{ $eq: ['$dept', k] }, { $eq: ['$urged', 1] }] }, 1, 0] }
    c[`urgedAgain_${k}`] = { $cond: [{ $and: [{ $eq: ['$dept', k] }, { $eq: ['$urgedAgain', 1] }] }, 1, 0] }
  }
  for (const k of Object.keys(WITHDRAWAL_REASONS)) c[`wr_${k}`] = eq('withdrawal', k)
  c.covered = { $cond: [{ $and: [{ $gt: ['$level', 0] }, { $eq: ['$visitDue', 1] }] }, 1, 0] }
  for (let l = 1; l <= 5; l++) c[`lv_${l}`] = eq('level', l)
  for (let h = 0; h <= HIST_MAX; h++) c[`hd_${h}`] = eq('hd', h)
  c.hd_over = { $cond: [{ $gt: ['$hd', HIST_MAX] }, 1, 0] }
  c.hd_unknown = eq('hd', -2)
  return { ...c, ...hotlineCounters() }
}

/** One row per period (`_id` 1 current, 0 previous): `n`, every counter, and `pairs`. */
export interface PeriodRow {
  _id: 0 | 1
  n: number
  pairs: { location: string; category: string; n: number }[]
  [counter: string]: unknown
}

/** S1: the whole period report in one pass over the complaints of both periods, by the office's `departments`. */
export function periodStages(p: FactParams, departments: readonly Department[]): Stage[] {
  const c = counters(departments)
  const names = Object.keys(c)
  const sums = (value: (name: string) => unknown) => Object.fromEntries(names.map((k) => [k, { $sum: value(k) }]))
  return [
    { $project: { _id: 0, ...factFields(p) } },
    { $group: { _id: { p: '$p', location: '$location', category: '$category' }, n: { $sum: 1 }, ...sums((k) => c[k]) } },
    {
      $group: {
        _id: '$_id.p',
        n: { $sum: '$n' },
        ...sums((k) => `$${k}`),
        pairs: { $push: { location: '$_id.location', category: '$_id.category', n: '$n' } },
      },
    },
  ]
}

/** H1: dispatch events of both periods, counted and judged (one row per period). */
export function dispatchStages(start: number): Stage[] {
  return [{ $project: { _id: 0, ...dispatchFactFields(start) } }, { $group: { _id: '$p', n: { $sum: 1 }, late: { $sum: '$late' } } }]
}

/** One (location, category) pair: complaints in the current period (`n`) and the previous one (`before`). */
export interface PairRow {
  _id: { location: string; category: string }
  n: number
  before: number
}

/**
 * S2: location + category pairs with at least `min` complaints in the current period, most first
 * (ties by category, then location). The `$match` after `$group` filters the groups, so no index
 * is involved and plain operators serve.
 */
export function recurringStages(p: FactParams, min: number): Stage[] {
  return [
    { $project: { _id: 0, p: factFields(p).p, location: '$location', category: '$category' } },
    { $group: { _id: { location: '$location', category: '$category' }, n: { $sum: '$p' }, before: { $sum: { $subtract: [1, '$p'] } } } },
    { $match: { n: { $gte: min } } },
    { $sort: { n: -1, '_id.category': 1, '_id.location': 1 } },
  ]
}

/** One row per (period, department, handler): complaints, overdue and dissatisfied ones (S2). */
export interface ResponsibilityRow {
  _id: { p: 0 | 1; dept: string; handler: string }
  handlerName: string
  n: number
  overdue: number
  dissatisfied: number
}

/** S2: overdue (a late standing result, or open past the handling deadline) and dissatisfied complaints by department and handler. */
export function responsibilityStages(p: FactParams): Stage[] {
  return [
    { $project: { _id: 0, ...factFields(p) } },
    {
      $group: {
        _id: { p: '$p', dept: '$dept', handler: '$handler' },
        handlerName: { $max: '$handlerName' },
        n: { $sum: 1 },
        overdue: { $sum: { $cond: [{ $or: [{ $eq: ['$late', 1] }, { $eq: ['$openOverdue', 1] }] }, 1, 0] } },
        dissatisfied: { $sum: '$dissatisfied' },
      },
    },
  ]
}

/**
 * S3: a weak point's figure per period. `boundaries` are period starts (ms UTC, ascending, the
 * last one the end of the last period); one row per period that has complaints, `_id` its start.
 */
export function effectStages(p: FactParams, boundaries: number[]): Stage[] {
  return [
    { $project: { _id: 0, createdAt: 1, ...factFields(p) } },
    {
      $bucket: {
        groupBy: '$createdAt',
        boundaries,
        default: 'other',
        output: {
          n: { $sum: 1 },
          overdue: { $sum: { $cond: [{ $or: [{ $eq: ['$late', 1] }, { $eq: ['$openOverdue', 1] }] }, 1, 0] } },
          dissatisfied: { $sum: '$dissatisfied' },
        },
      },
    },
  ]
}
