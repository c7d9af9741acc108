/**
 * Corrective and preventive actions (S3), pure: what one is, what action.create and action.update
 * accept, which complaints a weak point's figure counts, and the months its effect is shown for.
 */
import * as z from 'zod/mini'
import { dayOf, endOfDay } from '../../complaint/domain/calendar'
import { invalidInput } from '../../complaint/domain/errors'
import type { PersonRef } from '../../complaint/domain/model'
import { day, departmentCode, idOf, line, strict, text } from '../../complaint/domain/validation'
import type { Department } from '@shared/departments'
import type { ImprovementKind, ImprovementStatus } from '@shared/labels'
import { CATEGORIES, type DepartmentCode } from '@shared/vocabulary'
import { nextPeriod, periodOf, type Period } from './period'

export type ActionStatus = ImprovementStatus
export type WeakPointKind = 'location_category' | 'department' | 'handler'

/** A weak point as report.weakPoints gives it and action.create takes it; `key` is `<category>:<location>`, a department code, or a handler's OPENID. */
export interface WeakPointRef {
  kind: WeakPointKind
  key: string
  label: string
}

/** A note of the follow-up (S3): what was done, and the status it left the action in. */
export interface ActionNote {
  at: number
  by: PersonRef
  status: ActionStatus
  previousStatus: ActionStatus
  text: string
}

/** One corrective or preventive action. Collection `improvement_actions`. */
export interface ImprovementAction {
  _id: string
  weakPoint: WeakPointRef
  title: string
  /** Who is responsible for carrying it out (a name, as the office writes it). */
  owner: string
  /** Last day, Asia/Shanghai. */
  deadline: string
  kind: ImprovementKind
  status: ActionStatus
  /** The department it belongs to, and whose complaints its figure counts; null = the whole office. */
  departmentCode: DepartmentCode | null
  notes: ActionNote[]
  createdBy: PersonRef
  createdAt: number
  updatedAt: number
  doneAt?: number
}

const STATUSES = ['open', 'in_progress', 'done'] as const

/** Whether `key` is one of the table's own keys (never a name every object has, such as `constructor`). */
const hasOwn = (table: object, key: string) => Object.prototype.hasOwnProperty.call(table, key)

/** action.create's payload. */
export const createSchema = strict({
  weakPoint: z.strictObject(
    {
      kind: z.enum(['location_category', 'department', 'handler'], { error: '请选择薄弱环节' }),
      key: line('薄弱环节', 200),
      label: line('薄弱环节名称', 100),
    },
    { error: '请选择薄弱环节' },
  ),
  title: line('措施内容', 200),
  owner: line('责任人', 40),
  deadline: day('完成期限'),
  kind: z.enum(['corrective', 'preventive'], { error: '请选择纠正措施或预防措施' }),
  departmentCode: z.optional(departmentCode('部门', 'existing')),
})

/** action.update's payload. */
export const updateSchema = strict({
  id: idOf('措施编号'),
  status: z.enum(STATUSES, { error: '请选择措施状态' }),
  note: text('跟进情况', 500),
})

/** action.list's payload: the actions of one status, or all. */
export const listSchema = strict({ status: z.optional(z.enum(STATUSES, { error: '请选择有效的措施状态' })) })

/**
 * Checks a weak point's key against its kind: a known category before the `:` of a place weak
 * point, one of the office's `departments` for a department. @throws AppError INVALID_INPUT.
 */
export function checkWeakPoint(w: WeakPointRef, departments: readonly Department[]): void {
  const at = w.key.indexOf(':')
  const malformed =
    (w.kind === 'location_category' && (at < 1 || !hasOwn(CATEGORIES, w.key.slice(0, at)))) ||
    (w.kind === 'department' && !departments.some((d) => d.code === w.key))
  if (malformed) throw invalidInput('薄弱环节格式不正确')
}

/** The deadline of a new action: not before today (Shanghai). @throws AppError INVALID_INPUT. */
export function checkDeadline(deadline: string, now: number): void {
  if (deadline < dayOf(now) || Number.isNaN(endOfDay(deadline))) throw invalidInput('完成期限不能早于今天')
}

/** Not done and past the deadline's last moment. */
export const isOverdue = (a: Pick<ImprovementAction, 'status' | 'deadline'>, now: number) =>
  a.status !== 'done' && now > endOfDay(a.deadline)

/** The complaints a weak point's figure counts, as `$match` conditions on stored fields. */
export function weakPointMatch(w: WeakPointRef): Record<string, unknown> {
  if (w.kind === 'department') return { departmentCode: w.key }
  if (w.kind === 'handler') return { 'assignee.openid': w.key }
  const at = w.key.indexOf(':')
  return { category: w.key.slice(0, at), location: w.key.slice(at + 1) }
}

/** Longest effect shown: the baseline month and the 12 latest. */
export const EFFECT_MONTHS = 13

/**
 * S3: the months an action's effect covers, from the one before it was created (the baseline) to
 * the one containing `now`; `shown` keeps the baseline and the 12 latest when there are more.
 */
export function effectMonths(createdAt: number, now: number): { months: Period[]; shown: Period[]; last: Period } {
  const last = periodOf('month', dayOf(now))
  const first = periodOf('month', dayOf(periodOf('month', dayOf(createdAt)).start - 1))
  const months: Period[] = []
  for (let p = first; p.start <= last.start; p = nextPeriod(p)) months.push(p)
  const shown = months.length > EFFECT_MONTHS ? [months[0], ...months.slice(1 - EFFECT_MONTHS)] : months
  return { months, shown, last }
}

/** One month's counts as the effect pipeline gives them (`_id` the month's start). */
export interface EffectRow {
  _id: number | string
  n: number
  overdue: number
  dissatisfied: number
}

/** One month of an action's effect. */
export interface EffectMonth {
  key: string
  label: string
  baseline: boolean
  complaints: number
  overdue: number
  dissatisfied: number
  /** The figure the weak point was found on: complaints at the place, or overdue + dissatisfied. */
  value: number
}

/** The effect per shown month from the pipeline's rows (a month without complaints counts 0). */
export function effectOf(kind: WeakPointKind, shown: Period[], rows: EffectRow[]): EffectMonth[] {
  const byStart = new Map(rows.map((r) => [r._id, r]))
  return shown.map((m, i) => {
    const r = byStart.get(m.start) ?? { n: 0, overdue: 0, dissatisfied: 0 }
    return {
      key: m.key,
      label: m.label,
      baseline: i === 0,
      complaints: r.n,
      overdue: r.overdue,
      dissatisfied: r.dissatisfied,
      value: kind === 'location_category' ? r.n : r.overdue + r.dissatisfied,
    }
  })
}
