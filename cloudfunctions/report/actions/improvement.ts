/**
 * Corrective and preventive actions (S3): recorded against a weak point of report.weakPoints with
 * an owner and a deadline, followed up with notes that are appended and never overwritten, and
 * shown with the weak point's figure in every month from the one before it was created, so its
 * effect is visible. The manager sees all; a supervisor their own department's.
 */
import type * as z from 'zod/mini'
import { forbidden, notFound } from '../../complaint/domain/errors'
import { personRef } from '../../complaint/domain/policy'
import { IMPROVEMENT_KINDS, IMPROVEMENT_STATUSES } from '@shared/labels'
import { departmentName, type Department } from '@shared/departments'
import type { DepartmentCode } from '@shared/vocabulary'
import {
  checkDeadline,
  checkWeakPoint,
  createSchema,
  effectMonths,
  effectOf,
  isOverdue,
  listSchema,
  updateSchema,
  weakPointMatch,
  type ActionNote,
  type EffectRow,
  type ImprovementAction,
  type WeakPointRef,
} from '../domain/improvement'
import { effectStages } from '../domain/pipelines'
import { aggregateComplaints, createdIn } from '../infra/complaints'
import { appendNote, findActions, getAction, insertAction } from '../infra/improvement-actions'
import { findUser } from '../infra/store'
import { scopeOf, type ReportContext } from './context'

export type { ActionNote, ActionStatus, ImprovementAction } from '../domain/improvement'

/** S3: the weak point's figure in each month from the one before the action to the current one (at most 13). */
async function effect(a: ImprovementAction, now: number) {
  const { months, shown, last } = effectMonths(a.createdAt, now)
  const match = {
    ...weakPointMatch(a.weakPoint),
    ...createdIn({ start: months[0].start, end: last.end }, a.departmentCode),
  }
  // No figure of the effect needs working days: an empty table.
  const facts = { start: last.start, now, workdays: { baseDay: 0, ordinals: [0] } }
  const rows = await aggregateComplaints<EffectRow>(match, effectStages(facts, [...months.map((m) => m.start), last.end]), 20)
  return effectOf(a.weakPoint.kind, shown, rows)
}

/** What action.list and action.create return for one action; `departments` (settings) name its department. */
async function view(a: ImprovementAction, ctx: ReportContext, departments: readonly Department[]) {
  return {
    ...a,
    id: a._id,
    statusLabel: IMPROVEMENT_STATUSES[a.status],
    kindLabel: IMPROVEMENT_KINDS[a.kind],
    departmentName: a.departmentCode ? departmentName(departments, a.departmentCode) : '全部部门',
    overdue: isOverdue(a, ctx.now),
    effect: await effect(a, ctx.now),
  }
}

/** May the caller see and follow up this action? (manager: all; supervisor: own department) */
const mayManage = (a: ImprovementAction, ctx: ReportContext) =>
  ctx.isManager || (!!a.departmentCode && a.departmentCode === ctx.user.departmentCode)

/** A supervisor acts only on their own department's weak points and handlers. @throws AppError FORBIDDEN. */
async function checkOwnDepartment(w: WeakPointRef, scope: DepartmentCode | null) {
  if (w.kind === 'department' && w.key !== scope) throw forbidden('部门主管只能针对本部门的薄弱环节制定措施')
  if (w.kind === 'handler' && (await findUser(w.key))?.departmentCode !== scope) throw forbidden('部门主管只能针对本部门的承办人制定措施')
}

/** The department an action belongs to: a supervisor's own; for the manager the one given or implied. */
async function departmentFor(w: WeakPointRef, asked: string | undefined, ctx: ReportContext): Promise<DepartmentCode | null> {
  checkWeakPoint(w, (await ctx.settings()).departments)
  const implied = w.kind === 'department' && ctx.isManager ? w.key : undefined
  const scope = scopeOf(ctx, asked ?? implied)
  if (!ctx.isManager) await checkOwnDepartment(w, scope)
  return scope
}

/** action.create `{ weakPoint: { kind, key, label }, title, owner, deadline, kind, departmentCode? }` → the action with its effect (S3). */
export async function createAction(input: z.output<typeof createSchema>, ctx: ReportContext) {
  checkDeadline(input.deadline, ctx.now)
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
  return view({ ...doc, _id: await insertAction(doc) }, ctx, (await ctx.settings()).departments)
}

/** action.update `{ id, status, note }`: appends the note (never overwrites) and sets the status (S3). */
export async function updateAction(input: z.output<typeof updateSchema>, ctx: ReportContext) {
  const a = await getAction(input.id)
  if (!a || !mayManage(a, ctx)) throw notFound('措施不存在或您无权查看')
  const note: ActionNote = { at: ctx.now, by: personRef(ctx.actor), status: input.status, previousStatus: a.status, text: input.note }
  await appendNote(a._id, note)
  const after = await getAction(a._id)
  return view(after!, ctx, (await ctx.settings()).departments)
}

/** action.list `{ status? }` → the caller's actions, newest first, each with its effect (S3). */
export async function listActions(input: z.output<typeof listSchema>, ctx: ReportContext) {
  const { status } = input
  const items = await findActions({ status, departmentCode: ctx.isManager ? undefined : (ctx.user.departmentCode ?? '-') })
  const { departments } = await ctx.settings()
  return { items: await Promise.all(items.map((a) => view(a, ctx, departments))) }
}
