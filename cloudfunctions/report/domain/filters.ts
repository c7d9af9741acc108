/**
 * Drill-down filters (S1): which complaints stand behind a figure. A filter names the period and
 * the figure's slice; it becomes conditions on stored fields (served by the database's indexes)
 * and conditions on the per-complaint facts of facts.ts (the same definitions the figures use).
 * See docs/REPORTS.md for the filter of each figure. Pure.
 */
import * as z from 'zod'
import { invalidInput } from '../../complaint/domain/errors'
import { parseInput } from '../../complaint/domain/validation'
import { SATISFIED_MIN } from '@shared/thresholds'
import { CATEGORIES, CHANNELS, REFUSAL_GROUNDS, TIERS } from '@shared/vocabulary'

const key = <T extends Record<string, string>>(table: T, what: string) =>
  z.enum(Object.keys(table) as [keyof T & string, ...(keyof T & string)[]], { error: `请选择有效的${what}` })

export const filterSchema = z.object(
  {
    period: z.string({ error: '请选择统计周期' }),
    date: z.string({ error: '请选择统计日期' }),
    /** The previous period of the same kind instead of the one containing `date`. */
    previous: z.boolean().optional(),
    departmentCode: z.string().optional(),
    /** Complaints not (yet) dispatched to any department (“未派单”). */
    unassigned: z.boolean().optional(),
    category: key(CATEGORIES, '投诉类别').optional(),
    channel: key(CHANNELS, '投诉渠道').optional(),
    tier: key(TIERS, '投诉级别').optional(),
    location: z.string().max(100).optional(),
    ground: key(REFUSAL_GROUNDS, '不予受理理由').optional(),
    refused: z.boolean().optional(),
    emergency: z.boolean().optional(),
    handler: z.string().max(64).optional(),
    /** Which clock an `onTime` filter judges: H1 dispatch or H4 handling. */
    clock: z.enum(['dispatch', 'handling'], { error: '请选择派单或处理时限' }).optional(),
    onTime: z.boolean().optional(),
    handlingDays: z.number().int().min(0).max(400).optional(),
    level: z.number().int().min(1).max(5).optional(),
    rated: z.boolean().optional(),
    satisfied: z.boolean().optional(),
    covered: z.boolean().optional(),
    repeat: z.boolean().optional(),
    reopened: z.boolean().optional(),
    dissatisfied: z.boolean().optional(),
    openOverdue: z.boolean().optional(),
  },
  { error: '请提供筛选条件' },
)

export type DrillFilter = z.output<typeof filterSchema>

/** Filters that apply to dispatch events (H1 drill-down); any other is refused with them. */
const DISPATCH_FILTERS = new Set(['period', 'date', 'previous', 'departmentCode', 'clock', 'onTime'])

/** Validates a drill-down filter. @throws AppError INVALID_INPUT with a Chinese message. */
export function parseFilter(input: unknown): DrillFilter {
  const f = parseInput(filterSchema, input)
  if (f.onTime !== undefined && !f.clock) throw invalidInput('按是否按时筛选时请指明派单或处理时限')
  if (f.clock === 'dispatch') {
    const extra = Object.keys(f).filter((k) => (f as Record<string, unknown>)[k] !== undefined && !DISPATCH_FILTERS.has(k))
    if (extra.length) throw invalidInput('按派单时限下钻时只能再按部门和是否按时筛选')
  }
  return f
}

/** Equality conditions on stored fields (each an indexable path). */
export function storedConditions(f: DrillFilter): Record<string, unknown> {
  const c: Record<string, unknown> = {}
  if (f.category) c.category = f.category
  if (f.channel) c.channel = f.channel
  if (f.tier) c.tier = f.tier
  if (f.location !== undefined) c.location = f.location
  if (f.ground) c['refusal.ground'] = f.ground
  if (f.handler) c['assignee.openid'] = f.handler
  if (f.emergency !== undefined) c.emergency = f.emergency
  return c
}

type Conditions = Record<string, unknown>

/** 0/1 flags of the facts, filtered when given. */
const FLAGS = ['repeat', 'reopened', 'dissatisfied', 'openOverdue'] as const

/** Which complaints the handling-clock filter (H4) and the handling-time filter keep. */
function handlingConditions(f: DrillFilter): Conditions {
  const c: Conditions = {}
  if (f.clock === 'handling') {
    c['_f.standing'] = 1
    if (f.onTime !== undefined) c['_f.late'] = f.onTime ? 0 : 1
  }
  if (f.handlingDays !== undefined) c['_f.hd'] = f.handlingDays
  return c
}

/** Which complaints the rating filters keep (F2, S1: satisfied is SATISFIED_MIN or more). */
function ratingConditions(f: DrillFilter): Conditions {
  const c: Conditions = {}
  if (f.level !== undefined) c['_f.level'] = f.level
  if (f.rated !== undefined) Object.assign(c, f.rated ? { '_f.level': { $gt: 0 } } : { '_f.standing': 1, '_f.level': 0 })
  if (f.satisfied !== undefined) c['_f.level'] = f.satisfied ? { $gte: SATISFIED_MIN } : { $gte: 1, $lt: SATISFIED_MIN }
  if (f.covered !== undefined) Object.assign(c, { '_f.visitDue': 1, '_f.level': f.covered ? { $gt: 0 } : 0 })
  return c
}

/** Conditions on the facts (`_f.<fact>`), in MongoDB query syntax; empty when none apply. */
export function factConditions(f: DrillFilter): Conditions {
  const c: Conditions = {}
  if (f.unassigned) c['_f.dept'] = 'none'
  if (f.refused !== undefined) c['_f.ground'] = f.refused ? { $ne: 'none' } : 'none'
  Object.assign(c, handlingConditions(f), ratingConditions(f))
  for (const name of FLAGS) if (f[name] !== undefined) c[`_f.${name}`] = f[name] ? 1 : 0
  return c
}
