/**
 * Drill-down filters (S1): which complaints stand behind a figure. A filter names the period and
 * the figure's slice; it becomes conditions on stored fields (served by the database's indexes)
 * and conditions on the per-complaint facts of facts.ts (the same definitions the figures use).
 * See docs/REPORTS.md for the filter of each figure. Pure.
 */
import * as z from 'zod/mini'
import { day, departmentCode, idOf, parseFor } from '../../complaint/domain/validation'
import type { Department } from '@shared/departments'
import { LIMITS } from '@shared/limits'
import { cleanText } from '@shared/text'
import { SATISFIED_MIN } from '@shared/thresholds'
import { CATEGORIES, CHANNELS, REFUSAL_GROUNDS, TIERS } from '@shared/vocabulary'
import { PERIOD_KINDS } from './period'

const key = <T extends Record<string, string>>(table: T, what: string) =>
  z.enum(Object.keys(table) as [keyof T & string, ...(keyof T & string)[]], { error: `请选择有效的${what}` })

const flag = (what: string) => z.optional(z.boolean({ error: `${what}应为是或否` }))

/** A drill-down filter: only the keys below, each taking only its listed values (issue 12). */
const filterFields = z.strictObject(
  {
    period: key(PERIOD_KINDS, '统计周期'),
    date: day('统计日期'),
    /** The previous period of the same kind instead of the one containing `date`. */
    previous: flag('上一周期'),
    departmentCode: z.optional(departmentCode('部门', 'existing')),
    /** Complaints not (yet) dispatched to any department (“未派单”). */
    unassigned: flag('未派单'),
    category: z.optional(key(CATEGORIES, '投诉类别')),
    channel: z.optional(key(CHANNELS, '投诉渠道')),
    tier: z.optional(key(TIERS, '投诉级别')),
    location: z.optional(
      z.string({ error: '投诉地点格式不正确' }).check(
        z.overwrite((v) => cleanText(v)),
        z.maxLength(LIMITS.location, { error: `投诉地点不能超过 ${LIMITS.location} 个字` }),
      ),
    ),
    ground: z.optional(key(REFUSAL_GROUNDS, '不予受理理由')),
    refused: flag('不予受理'),
    emergency: flag('紧急'),
    handler: z.optional(idOf('承办人')),
    /** Which clock an `onTime` filter judges: H1 dispatch or H4 handling. */
    clock: z.optional(z.enum(['dispatch', 'handling'], { error: '请选择派单或处理时限' })),
    onTime: flag('按时'),
    handlingDays: z.optional(
      z
        .number({ error: '处理天数应为数字' })
        .check(
          z.int({ error: '处理天数应为整数' }),
          z.minimum(0, { error: '处理天数不能小于 0' }),
          z.maximum(400, { error: '处理天数不能大于 400' }),
        ),
    ),
    level: z.optional(
      z
        .number({ error: '请选择满意度' })
        .check(z.int({ error: '请选择满意度' }), z.minimum(1, { error: '请选择满意度' }), z.maximum(5, { error: '请选择满意度' })),
    ),
    rated: flag('已评价'),
    satisfied: flag('满意'),
    covered: flag('已回访'),
    repeat: flag('重复投诉'),
    reopened: flag('重新处理'),
    dissatisfied: flag('不满意'),
    openOverdue: flag('超时未办结'),
    /** C2: urged at least once / more than once; C3: withdrawn by the complainant. */
    urged: flag('催办'),
    urgedAgain: flag('多次催办'),
    withdrawn: flag('撤销'),
  },
  { error: '请提供筛选条件' },
)

/** Filters that apply to dispatch events (H1 drill-down); any other is refused with them. */
const DISPATCH_FILTERS = new Set(['period', 'date', 'previous', 'departmentCode', 'clock', 'onTime'])

/** The filter with its rules across keys: `onTime` needs `clock`; dispatch events take only their own filters. */
export const filterSchema = filterFields.check(
  z.refine((f) => f.onTime === undefined || !!f.clock, { error: '按是否按时筛选时请指明派单或处理时限' }),
  z.refine(
    (f) =>
      f.clock !== 'dispatch' || Object.keys(f).every((k) => (f as Record<string, unknown>)[k] === undefined || DISPATCH_FILTERS.has(k)),
    {
      error: '按派单时限下钻时只能再按部门和是否按时筛选',
    },
  ),
)

/** A parsed drill-down filter. */
export type DrillFilter = z.output<typeof filterSchema>

/** Validates a drill-down filter against the office's `departments`. @throws AppError INVALID_INPUT with a Chinese message. */
export function parseFilter(input: unknown, departments: readonly Department[]): DrillFilter {
  return parseFor(filterSchema, input, departments)
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
const FLAGS = ['repeat', 'reopened', 'dissatisfied', 'openOverdue', 'urged', 'urgedAgain', 'withdrawn'] as const

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
