/**
 * report.weakPoints (S2): where complaints recur and who has the most overdue or dissatisfied
 * ones, in the period and against the previous period. Each weak point carries `{ kind, key,
 * label }`, which action.create takes as it is (S3).
 */
import { CATEGORIES, DEPARTMENTS, label } from '@shared/vocabulary'
import { count, type Count } from '../domain/figures'
import { responsibilityStages, type ResponsibilityRow } from '../domain/pipelines'
import { factFields } from '../domain/facts'
import { database } from '../infra/cloud'
import { aggregate, C } from '../infra/store'
import type { ReportContext } from './context'
import { createdIn, periodSetup, type PeriodRequest } from './period'

export type WeakPointKind = 'location_category' | 'department' | 'handler'

/** A weak point as action.create takes it; `key` is `<category>:<location>`, a department code, or a handler's OPENID. */
export interface WeakPointRef {
  kind: WeakPointKind
  key: string
  label: string
}

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
const MAX_ITEMS = 20

/** The key of a location + category weak point. */
export const pairKey = (category: string, location: string) => `${category}:${location}`
export const pairLabel = (category: string, location: string) => `${location} · ${label(CATEGORIES, category)}`
const deptName = (code: string) => (code === 'none' ? '未派单' : label(DEPARTMENTS, code))

interface PairRow {
  _id: { location: string; category: string }
  n: number
  before: number
}

/** S2 recurring location + category pairs: at least RECURRING_MIN complaints created in the period, most first. */
async function recurringPairs(match: Record<string, unknown>, facts: Parameters<typeof factFields>[0]): Promise<RecurringPair[]> {
  const _ = database().command
  const rows = await aggregate<PairRow>(
    C.complaints,
    match,
    [
      { $project: { _id: 0, p: factFields(facts).p, location: '$location', category: '$category' } },
      { $group: { _id: { location: '$location', category: '$category' }, n: { $sum: '$p' }, before: { $sum: { $subtract: [1, '$p'] } } } },
      { $match: { n: _.gte(RECURRING_MIN) } },
      { $sort: { n: -1, '_id.category': 1, '_id.location': 1 } },
    ],
    MAX_ITEMS,
  )
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

/** Rolls (period, department, handler) rows up by `keyOf`, most overdue + dissatisfied first, zeros left out. */
function rollUp(
  rows: ResponsibilityRow[],
  keyOf: (r: ResponsibilityRow) => string | null,
  describe: (r: ResponsibilityRow) => Omit<WeakPointRef, 'key'> & { departmentCode: string },
): ResponsibilityPoint[] {
  const acc = new Map<string, { ref: ReturnType<typeof describe>; cur: number[]; prev: number[] }>()
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

/** report.weakPoints `{ period, date, departmentCode? }` → recurring pairs, departments and handlers (S2). */
export async function weakPoints(payload: PeriodRequest, ctx: ReportContext) {
  const { period, previous, departmentCode, facts } = await periodSetup(payload, ctx)
  const match = createdIn(previous.start, period.end, departmentCode)
  const [pairs, rows] = await Promise.all([
    recurringPairs(match, facts),
    aggregate<ResponsibilityRow>(C.complaints, createdIn(previous.start, period.end, departmentCode), responsibilityStages(facts), 5000),
  ])
  return {
    period,
    previous,
    scope: { departmentCode, departmentName: departmentCode ? DEPARTMENTS[departmentCode] : '全部部门' },
    pairs,
    departments: rollUp(
      rows,
      (r) => r._id.dept,
      (r) => ({ kind: 'department', label: deptName(r._id.dept), departmentCode: r._id.dept }),
    ),
    handlers: rollUp(
      rows,
      (r) => (r._id.handler === 'none' ? null : r._id.handler),
      (r) => ({
        kind: 'handler',
        label: `${r.handlerName}（${deptName(r._id.dept)}）`,
        departmentCode: r._id.dept,
      }),
    ),
  }
}
