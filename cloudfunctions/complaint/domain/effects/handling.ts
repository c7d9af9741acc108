/**
 * Handling in the department (H2, H2-S, H3, F1): a handler takes the complaint or the supervisor
 * assigns it, the investigation is recorded (with the accused staff member's own statement), a
 * handling mode is chosen, and the result is given to the complainant.
 */
import { feedbackDeadlines } from '../deadlines'
import { acknowledged } from '../emergency'
import { guardFailed, invalidInput } from '../errors'
import type { Outcome, TransitionContext } from '../lifecycle'
import type { Complaint, PersonRef } from '../model'
import type { InputOf } from '../validation'
import type { DepartmentCode, HandlingMode } from '@shared/vocabulary'
import { me } from './common'

/** Issue 14: taking or assigning an emergency whose chain nobody acknowledged yet acknowledges it (someone is acting on it). */
function acknowledging(c: Complaint, by: PersonRef, ctx: TransitionContext, via: 'take' | 'assign'): Partial<Complaint> {
  return c.alert?.state === 'open' ? { alert: acknowledged(c.alert, by, ctx.now, via) } : {}
}

/** H2, H4-3: the handler takes it; the first response to an emergency is recorded with whether it was on time. */
export function take(c: Complaint, _input: InputOf<'take'>, ctx: TransitionContext): Outcome {
  const onTimeResponse = c.emergency && !c.respondedAt ? ctx.now <= (c.deadlines.responseDueAt ?? Infinity) : undefined
  return {
    to: 'investigating',
    patch: { assignee: me(ctx), respondedAt: c.respondedAt ?? ctx.now, ...acknowledging(c, me(ctx), ctx, 'take') },
    data: onTimeResponse === undefined ? undefined : { onTimeResponse },
  }
}

/**
 * H1, G3-P5: the supervisor assigns a handler or supervisor of the department — never the staff
 * member the complaint is about. `input.assignee` is resolved from `assigneeOpenid` by the use case.
 * @throws INVALID_INPUT for someone outside the department, GUARD_FAILED for the accused.
 */
export function assign(
  c: Complaint,
  input: InputOf<'assign'> & { assignee: PersonRef & { departmentCode?: string } },
  ctx: TransitionContext,
): Outcome {
  const a = input.assignee
  if (a.departmentCode !== c.departmentCode || (a.role !== 'handler' && a.role !== 'supervisor'))
    throw invalidInput('只能指派本部门的承办人')
  if (c.subjectStaff?.openid === a.openid) throw guardFailed('不能指派被投诉员工本人处理')
  return {
    to: 'investigating',
    patch: {
      assignee: { openid: a.openid, name: a.name, role: a.role },
      respondedAt: c.respondedAt ?? ctx.now,
      ...acknowledging(c, me(ctx), ctx, 'assign'),
    },
    data: { assignee: a.name },
    notify: [{ kind: 'task', audience: 'assignee' }],
  }
}

/** H2: a note, site visit or piece of evidence joins the investigation record. */
export function addNote(c: Complaint, input: InputOf<'add_note'>, ctx: TransitionContext): Outcome {
  const record = {
    id: `${ctx.now.toString(36)}-${c.investigation.length}`,
    kind: input.kind,
    text: input.text,
    files: input.files,
    ...(input.videos.length ? { videos: input.videos } : {}),
    by: me(ctx),
    at: ctx.now,
  }
  return { to: c.status, patch: { investigation: [...c.investigation, record] }, data: { kind: input.kind } }
}

/** H2-S: the accused staff member's own statement, recorded before any conclusion. */
export function recordStatement(c: Complaint, input: InputOf<'record_statement'>, ctx: TransitionContext): Outcome {
  return { to: c.status, patch: { statement: { text: input.text, files: input.files, recordedBy: me(ctx), at: ctx.now } } }
}

/** H3: explanation, rectification or coordination (with the departments taking part). @throws INVALID_INPUT. */
export function setMode(_c: Complaint, input: InputOf<'set_mode'>): Outcome {
  if (input.mode === 'coordination' && input.coordinatingDepartments.length === 0) throw invalidInput('协调处理请选择参与协同的部门')
  return {
    to: 'handling',
    patch: { mode: input.mode, coordinatingDepartments: input.coordinatingDepartments },
    reason: input.note || undefined,
    data: { mode: input.mode },
  }
}

/** H3: the handling mode of a result — the one given, else the one chosen earlier. @throws INVALID_INPUT. */
function resultMode(c: Complaint, input: InputOf<'give_result'>): { mode: HandlingMode; departments: DepartmentCode[] } {
  const mode = input.mode ?? c.mode
  if (!mode) throw invalidInput('请选择处理方式')
  const departments = input.coordinatingDepartments.length ? input.coordinatingDepartments : (c.coordinatingDepartments ?? [])
  if (mode === 'coordination' && departments.length === 0) throw invalidInput('协调处理请选择参与协同的部门')
  return { mode, departments }
}

/** F1, H3: the result goes to the complainant; the return-visit and no-response clocks start (F2, F4). */
export function giveResult(c: Complaint, input: InputOf<'give_result'>, ctx: TransitionContext): Outcome {
  const { mode, departments } = resultMode(c, input)
  const onTime = c.deadlines.handlingDueAt === undefined || ctx.now <= c.deadlines.handlingDueAt
  return {
    to: 'resolved',
    patch: {
      mode,
      result: { summary: input.summary, mode, coordinatingDepartments: departments, files: input.files, by: me(ctx), at: ctx.now },
      resolvedAt: ctx.now,
      deadlines: feedbackDeadlines(c.deadlines, ctx.now, ctx.settings.deadlines, ctx.calendar),
    },
    data: { mode, onTime },
    notify: [{ kind: 'result', audience: 'complainant' }],
  }
}
