/**
 * Emergencies of a period (issue 14, H1-E, H4-3; docs/REPORTS.md): how many, how long until
 * someone acknowledged (接警) — median, 90th percentile and worst, in minutes from receipt —, the
 * share acknowledged within the office's escalation step (5 minutes by default) and responded to
 * within the response time (2 hours by default), for the office and by department. Pure: the
 * pipeline after the indexed `$match`, and the figures from its rows.
 */
import { departmentName, type Department } from '@shared/departments'
import type { Stage } from './pipelines'

const MINUTE = 60_000
const num = (path: string) => ({ $ifNull: [`$${path}`, 0] })

/** One department's emergencies: minutes to acknowledgement of each acknowledged one, and counters. */
export interface EmergencyRow {
  _id: string
  n: number
  /** Minutes from receipt to acknowledgement, one per acknowledged emergency. */
  minutes: number[]
  within: number
  responded: number
  open: number
}

/**
 * Per department: emergencies (flagged and not cleared), minutes to acknowledgement, acknowledged
 * within `withinMinutes`, responded within the response clock (the first response at or before
 * `deadlines.responseDueAt`), and those nobody has acknowledged yet.
 */
export function emergencyStages(withinMinutes: number): Stage[] {
  const ackAt = num('alert.acknowledged.at')
  const raised = { $ifNull: ['$alert.raisedAt', '$createdAt'] }
  const minutes = { $floor: { $divide: [{ $subtract: [ackAt, raised] }, MINUTE] } }
  const acked = { $gt: [ackAt, 0] }
  return [
    {
      $project: {
        _id: 0,
        dept: { $ifNull: ['$departmentCode', 'none'] },
        acked: { $cond: [acked, 1, 0] },
        minutes: { $cond: [acked, minutes, -1] },
        within: { $cond: [{ $and: [acked, { $lte: [{ $subtract: [ackAt, raised] }, withinMinutes * MINUTE] }] }, 1, 0] },
        responded: {
          $cond: [{ $and: [{ $gt: [num('respondedAt'), 0] }, { $lte: [num('respondedAt'), num('deadlines.responseDueAt')] }] }, 1, 0],
        },
      },
    },
    {
      $group: {
        _id: '$dept',
        n: { $sum: 1 },
        minutes: { $push: '$minutes' },
        within: { $sum: '$within' },
        responded: { $sum: '$responded' },
        open: { $sum: { $subtract: [1, '$acked'] } },
      },
    },
    { $sort: { _id: 1 } },
  ]
}

/** A share: how many of how many, and the fraction (null when there are none). */
export interface Share {
  numerator: number
  denominator: number
  value: number | null
}

/** The figures of one department, or of the office. */
export interface EmergencyFigures {
  key: string
  label: string
  count: number
  acknowledged: number
  /** Not acknowledged yet (or never: closed without 接警). */
  open: number
  /** Minutes from receipt to acknowledgement: median, 90th percentile (nearest rank), worst; null with none acknowledged. */
  minutes: { median: number | null; p90: number | null; worst: number | null }
  acknowledgedWithin: Share
  respondedInTime: Share
}

/** Nearest-rank percentile of sorted values. */
function rank(sorted: number[], q: number): number | null {
  return sorted.length ? sorted[Math.max(0, Math.ceil(q * sorted.length) - 1)] : null
}

const share = (numerator: number, denominator: number): Share => ({
  numerator,
  denominator,
  value: denominator ? Math.round((numerator / denominator) * 10_000) / 10_000 : null,
})

/** The figures of `rows` under `key` (`all`, `none` or a department code, named by `departments` from settings). */
function figuresOf(key: string, rows: EmergencyRow[], departments: readonly Department[]): EmergencyFigures {
  const sum = (f: (r: EmergencyRow) => number) => rows.reduce((a, r) => a + f(r), 0)
  const minutes = rows.flatMap((r) => r.minutes.filter((m) => m >= 0)).sort((a, b) => a - b)
  const count = sum((r) => r.n)
  return {
    key,
    label: key === 'all' ? '全部部门' : key === 'none' ? '未派单' : departmentName(departments, key),
    count,
    acknowledged: minutes.length,
    open: sum((r) => r.open),
    minutes: { median: rank(minutes, 0.5), p90: rank(minutes, 0.9), worst: minutes.length ? minutes[minutes.length - 1] : null },
    acknowledgedWithin: share(
      sum((r) => r.within),
      count,
    ),
    respondedInTime: share(
      sum((r) => r.responded),
      count,
    ),
  }
}

/** The office's figures and each department's (named by `departments`, the office's settings), from the pipeline's rows. */
export function emergencyFigures(
  rows: EmergencyRow[],
  departments: readonly Department[],
): { total: EmergencyFigures; byDepartment: EmergencyFigures[] } {
  return { total: figuresOf('all', rows, departments), byDepartment: rows.map((r) => figuresOf(r._id, [r], departments)) }
}
