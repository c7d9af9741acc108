/**
 * S2 weak points from the aggregation rows, pure: recurring location + category pairs, and the
 * departments and handlers with the most overdue or dissatisfied complaints, each against the
 * previous period. Each carries `{ kind, key, label }`, which action.create takes as it is (S3).
 */
import { departmentName, type Department } from '@shared/departments'
import { CATEGORIES, label } from '@shared/vocabulary'
import { count, type Count } from './figures'
import type { WeakPointRef } from './improvement'
import type { PairRow, ResponsibilityRow } from './pipelines'

export interface RecurringPair extends WeakPointRef {
  location: string
  category: string
  categoryLabel: string
  count: Count
}
export interface ResponsibilityPoint extends WeakPointRef {
  departmentCode: string
  total: Count
  overdue: Count
  dissatisfied: Count
  /** overdue + dissatisfied in the period: the order of the list. */
  score: number
}

/** At least this many complaints at one location in one category make a recurring pair (S2). */
export const RECURRING_MIN = 2
/** Longest lists returned. */
export const MAX_ITEMS = 20

/** The key of a location + category weak point. */
export const pairKey = (category: string, location: string) => `${category}:${location}`
export const pairLabel = (category: string, location: string) => `${location} · ${label(CATEGORIES, category)}`
const deptName = (departments: readonly Department[], code: string) => (code === 'none' ? '未派单' : departmentName(departments, code))

/** The recurring pairs of the pipeline's rows (already filtered and ordered by the database). */
export function recurringPairs(rows: PairRow[]): RecurringPair[] {
  return rows.map((r) => ({
    kind: 'location_category',
    key: pairKey(r._id.category, r._id.location),
    label: pairLabel(r._id.category, r._id.location),
    location: r._id.location,
    category: r._id.category,
    categoryLabel: label(CATEGORIES, r._id.category),
    count: count(r.n, r.before),
  }))
}

type Describe = (r: ResponsibilityRow) => Omit<WeakPointRef, 'key'> & { departmentCode: string }

/** Rolls (period, department, handler) rows up by `keyOf`, most overdue + dissatisfied first, zeros left out. */
function rollUp(rows: ResponsibilityRow[], keyOf: (r: ResponsibilityRow) => string | null, describe: Describe): ResponsibilityPoint[] {
  const acc = new Map<string, { ref: ReturnType<Describe>; cur: number[]; prev: number[] }>()
  for (const r of rows) {
    const key = keyOf(r)
    if (key === null) continue
    const e = acc.get(key) ?? { ref: describe(r), cur: [0, 0, 0], prev: [0, 0, 0] }
    const t = r._id.p === 1 ? e.cur : e.prev
    t[0] += r.n
    t[1] += r.overdue
    t[2] += r.dissatisfied
    acc.set(key, e)
  }
  return [...acc.entries()]
    .map(([key, e]) => ({
      ...e.ref,
      key,
      total: count(e.cur[0], e.prev[0]),
      overdue: count(e.cur[1], e.prev[1]),
      dissatisfied: count(e.cur[2], e.prev[2]),
      score: e.cur[1] + e.cur[2],
    }))
    .filter((x) => x.score > 0)
    .sort((a, b) => b.score - a.score || b.overdue.value - a.overdue.value || a.key.localeCompare(b.key))
    .slice(0, MAX_ITEMS)
}

/** S2 departments (`none`: never dispatched) by overdue + dissatisfied complaints, named as the office's `departments` name them. */
export const departmentPoints = (rows: ResponsibilityRow[], departments: readonly Department[]) =>
  rollUp(
    rows,
    (r) => r._id.dept,
    (r) => ({ kind: 'department', label: deptName(departments, r._id.dept), departmentCode: r._id.dept }),
  )

/** S2 handlers (complaints never assigned count for their department only) by overdue + dissatisfied complaints. */
export const handlerPoints = (rows: ResponsibilityRow[], departments: readonly Department[]) =>
  rollUp(
    rows,
    (r) => (r._id.handler === 'none' ? null : r._id.handler),
    (r) => ({ kind: 'handler', label: `${r.handlerName}（${deptName(departments, r._id.dept)}）`, departmentCode: r._id.dept }),
  )
