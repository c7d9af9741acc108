/**
 * Corrective and preventive actions (S3): recorded against a weak point of report.weakPoints with
 * an owner and a deadline, followed up with notes that are appended and never overwritten, and
 * shown with the weak point's figure in every month from the one before it was created, so its
 * effect is visible. The manager sees all; a supervisor their own department's.
 */
import { z } from 'zod'
import { dayOf, endOfDay } from '../../complaint/domain/calendar'
import { forbidden, invalidInput, notFound } from '../../complaint/domain/errors'
import type { PersonRef } from '../../complaint/domain/model'
import { personRef } from '../../complaint/domain/policy'
import { parseInput, text } from '../../complaint/domain/validation'
import { CATEGORIES, DEPARTMENTS, type DepartmentCode } from '@shared/vocabulary'
import { periodOf, nextPeriod, type Period } from '../domain/period'
import { effectStages } from '../domain/pipelines'
import { database } from '../infra/cloud'
import { aggregate, C, find, findUser, getById } from '../infra/store'
import { scopeOf, type ReportContext } from './context'

export const ACTION_STATUSES = { open: '未开始', in_progress: '进行中', done: '已完成' } as const
export type ActionStatus = keyof typeof ACTION_STATUSES
export const ACTION_KINDS = { corrective: '纠正措施', preventive: '预防措施' } as const

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
  weakPoint: { kind: 'location_category' | 'department' | 'handler'; key: string; label: string }
  title: string
  /** Who is responsible for carrying it out (a name, as the office writes it). */
  owner: string
  /** Last day, Asia/Shanghai. */
  deadline: string
  kind: keyof typeof ACTION_KINDS
  status: ActionStatus
  /** The department it belongs to, and whose complaints its figure counts; null = the whole office. */
  departmentCode: DepartmentCode | null
  notes: ActionNote[]
  createdBy: PersonRef
  createdAt: number
  updatedAt: number
  doneAt?: number
}

const day = z.string({ error: '请选择完成期限' }).regex(/^\d{4}-\d{2}-\d{2}$/, { error: '完成期限格式应为 YYYY-MM-DD' })
const createSchema = z.object({
  weakPoint: z.object(
    {
      kind: z.enum(['location_category', 'department', 'handler'], { error: '请选择薄弱环节' }),
      key: text('薄弱环节', 200),
      label: text('薄弱环节名称', 100),
    },
    { error: '请选择薄弱环节' },
  ),
  title: text('措施内容', 200),
  owner: text('责任人', 40),
  deadline: day,
  kind: z.enum(['corrective', 'preventive'], { error: '请选择纠正措施或预防措施' }),
  departmentCode: z.string().optional(),
})
const updateSchema = z.object({
  id: z.string({ error: '缺少措施编号' }).min(1, { error: '缺少措施编号' }).max(64),
  status: z.enum(['open', 'in_progress', 'done'], { error: '请选择措施状态' }),
  note: text('跟进情况', 500),
})

/** The complaints a weak point's figure counts, as `$match` conditions on stored fields. */
function weakPointMatch(w: ImprovementAction['weakPoint']): Record<string, unknown> {
  if (w.kind === 'department') return { departmentCode: w.key }
  if (w.kind === 'handler') return { 'assignee.openid': w.key }
  const at = w.key.indexOf(':')
  return { category: w.key.slice(0, at), location: w.key.slice(at + 1) }
}

/** S3: the weak point's figure in each month from the one before the action to the current one (at most 13). */
async function effect(a: ImprovementAction, now: number) {
  const months: Period[] = []
  const last = periodOf('month', dayOf(now))
  let p = periodOf('month', dayOf(a.createdAt))
  p = periodOf('month', dayOf(p.start - 1)) // baseline: the month before the action
  while (p.start <= last.start) {
    months.push(p)
    p = nextPeriod(p)
  }
  const shown = months.length > 13 ? [months[0], ...months.slice(-12)] : months
  const _ = database().command
  const match = {
    ...weakPointMatch(a.weakPoint),
    ...(a.departmentCode ? { departmentCode: a.departmentCode } : {}),
    createdAt: _.gte(months[0].start).and(_.lt(last.end)),
  }
  const facts = { start: last.start, now, workdays: { baseDay: 0, ordinals: [0] } }
  const rows = await aggregate<{ _id: number | string; n: number; overdue: number; dissatisfied: number }>(
    C.complaints,
    match,
    effectStages(facts, [...months.map((m) => m.start), last.end]),
    20,
  )
  const byStart = new Map(rows.map((r) => [r._id, r]))
  return shown.map((m, i) => {
    const r = byStart.get(m.start)
    const n = r?.n ?? 0
    const problems = (r?.overdue ?? 0) + (r?.dissatisfied ?? 0)
    return {
      key: m.key,
      label: m.label,
      baseline: i === 0,
      complaints: n,
      overdue: r?.overdue ?? 0,
      dissatisfied: r?.dissatisfied ?? 0,
      /** The figure the weak point was found on: complaints at the place, or overdue + dissatisfied. */
      value: a.weakPoint.kind === 'location_category' ? n : problems,
    }
  })
}

/** What action.list and action.create return for one action. */
async function view(a: ImprovementAction, ctx: ReportContext) {
  return {
    ...a,
    id: a._id,
    statusLabel: ACTION_STATUSES[a.status],
    kindLabel: ACTION_KINDS[a.kind],
    departmentName: a.departmentCode ? DEPARTMENTS[a.departmentCode] : '全部部门',
    overdue: a.status !== 'done' && ctx.now > endOfDay(a.deadline),
    effect: await effect(a, ctx.now),
  }
}

/** May the caller see and follow up this action? (manager: all; supervisor: own department) */
const mayManage = (a: ImprovementAction, ctx: ReportContext) =>
  ctx.isManager || (!!a.departmentCode && a.departmentCode === ctx.user.departmentCode)

/** The department an action belongs to: a supervisor's own; for the manager the one given or implied. */
async function departmentFor(
  w: ImprovementAction['weakPoint'],
  asked: string | undefined,
  ctx: ReportContext,
): Promise<DepartmentCode | null> {
  if (w.kind === 'location_category') {
    const cat = w.key.slice(0, w.key.indexOf(':'))
    if (!(cat in CATEGORIES) || w.key.indexOf(':') < 1) throw invalidInput('薄弱环节格式不正确')
  }
  if (w.kind === 'department' && !(w.key in DEPARTMENTS)) throw invalidInput('薄弱环节格式不正确')
  const scope = scopeOf(ctx, asked ?? (w.kind === 'department' && ctx.isManager ? w.key : undefined))
  if (!ctx.isManager) {
    if (w.kind === 'department' && w.key !== scope) throw forbidden('部门主管只能针对本部门的薄弱环节制定措施')
    if (w.kind === 'handler' && (await findUser(w.key))?.departmentCode !== scope) throw forbidden('部门主管只能针对本部门的承办人制定措施')
  }
  return scope
}

/** action.create `{ weakPoint: { kind, key, label }, title, owner, deadline, kind, departmentCode? }` → the action with its effect (S3). */
export async function createAction(payload: unknown, ctx: ReportContext) {
  const input = parseInput(createSchema, payload)
  if (input.deadline < dayOf(ctx.now) || Number.isNaN(endOfDay(input.deadline))) throw invalidInput('完成期限不能早于今天')
  const departmentCode = await departmentFor(input.weakPoint, input.departmentCode, ctx)
  const doc: Omit<ImprovementAction, '_id'> = {
    weakPoint: input.weakPoint,
    title: input.title,
    owner: input.owner,
    deadline: input.deadline,
    kind: input.kind,
    status: 'open',
    departmentCode,
    notes: [],
    createdBy: personRef(ctx.actor),
    createdAt: ctx.now,
    updatedAt: ctx.now,
  }
  const r = (await database().collection(C.actions).add({ data: doc })) as { _id: string }
  return view({ ...doc, _id: r._id }, ctx)
}

/** action.update `{ id, status, note }`: appends the note (never overwrites) and sets the status (S3). */
export async function updateAction(payload: unknown, ctx: ReportContext) {
  const input = parseInput(updateSchema, payload)
  const a = await getById<ImprovementAction>(C.actions, input.id)
  if (!a || !mayManage(a, ctx)) throw notFound('措施不存在或您无权查看')
  const note: ActionNote = { at: ctx.now, by: personRef(ctx.actor), status: input.status, previousStatus: a.status, text: input.note }
  const _ = database().command
  await database()
    .collection(C.actions)
    .doc(a._id)
    .update({
      data: { notes: _.push([note]), status: input.status, updatedAt: ctx.now, ...(input.status === 'done' ? { doneAt: ctx.now } : {}) },
    })
  const after = await getById<ImprovementAction>(C.actions, a._id)
  return view(after!, ctx)
}

/** action.list `{ status? }` → the caller's actions, newest first, each with its effect (S3). */
export async function listActions(payload: { status?: string }, ctx: ReportContext) {
  const status = payload?.status
  if (status !== undefined && !(status in ACTION_STATUSES)) throw invalidInput('请选择有效的措施状态')
  const where: Record<string, unknown> = {
    ...(status ? { status } : {}),
    ...(ctx.isManager ? {} : { departmentCode: ctx.user.departmentCode ?? '-' }),
  }
  const items = await find<ImprovementAction>(C.actions, where, { orderBy: [['createdAt', 'desc']], limit: 100 })
  return { items: await Promise.all(items.map((a) => view(a, ctx))) }
}
