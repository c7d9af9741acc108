/**
 * The complainant's own part while a complaint runs (C1–C3): adding information, urging, and
 * withdrawing it. Who hears of each is the person handling it now: customer service before
 * dispatch, the assignee (or the department before one is assigned) after, the manager once it
 * was escalated to them (F3).
 */
import { dayOf, formatInstant } from '../calendar'
import { activeDeadline } from '../deadlines'
import { chainStopped } from '../emergency'
import { invalidInput } from '../errors'
import type { NotificationIntent, Outcome, TransitionContext } from '../lifecycle'
import type { Addition, Complaint } from '../model'
import type { InputOf } from '../validation'
import { AWAITING_RATING, BEFORE_DISPATCH, ESCALATED } from '@shared/status-groups'
import { URGE_TARGETS, WITHDRAWAL_REASONS, type UrgeTarget } from '@shared/vocabulary'
import { HOUR, me } from './common'
import { rate } from './feedback'

/** C2: a deadline this close counts as near (the resident's list marks it so too). */
export const URGE_NEAR_MS = 24 * HOUR

/** Who handles the complaint now, by role: whom the complainant's additions, urges and messages reach. */
export function handlerTargets(c: Complaint): UrgeTarget[] {
  if (BEFORE_DISPATCH.includes(c.status) || !c.departmentCode) return ['customer_service']
  if (ESCALATED.includes(c.status)) return ['managers']
  return [c.assignee ? 'assignee' : 'department']
}

/** The notification intents of `kind` for each target. */
export function intentsFor(kind: string, targets: UrgeTarget[]): NotificationIntent[] {
  return targets.map((t) => ({ kind, audience: t }))
}

/** The targets in words, by role (the complainant never learns a name from it). */
export const targetWords = (targets: UrgeTarget[]) => targets.map((t) => URGE_TARGETS[t]).join('、')

/**
 * The last step of the procedure the complainant could see (their timeline, a staff reply in the
 * conversation): what the quiet period of C2 is counted from.
 */
export function lastVisibleStepAt(c: Complaint): number {
  const approved = (x?: { status: string; decidedAt?: number }) => (x?.status === 'approved' ? x.decidedAt : undefined)
  const steps = [
    c.createdAt,
    c.confirmation.at,
    c.acceptedAt,
    c.dispatchedAt,
    c.respondedAt,
    approved(c.plan),
    approved(c.extension),
    c.resolvedAt,
    c.rating?.at,
    c.thread?.staffAt,
  ]
  return Math.max(...steps.filter((x): x is number => typeof x === 'number'))
}

/** When urging opens: the deadline in force comes near, or the quiet period since the last visible step ends. */
function urgeOpensAt(c: Complaint, ctx: TransitionContext): number {
  const quietEnds = lastVisibleStepAt(c) + ctx.settings.deadlines.urgeQuietHours * HOUR
  const d = activeDeadline(c)
  return d ? Math.min(quietEnds, d.at - URGE_NEAR_MS) : quietEnds
}

/**
 * C2: whether the complainant may urge now — at most once a Shanghai calendar day, once the
 * deadline is near or past or after the quiet period without a visible step.
 * @returns the Chinese reason it is not available yet, or null.
 */
export function urgeUnavailable(c: Complaint, ctx: TransitionContext): string | null {
  const last = c.urges?.at(-1)
  if (last && dayOf(last.at) === dayOf(ctx.now)) return '今天已催办过，每天可催办一次，请明天再试'
  const opens = urgeOpensAt(c, ctx)
  if (ctx.now >= opens) return null
  const quiet = ctx.settings.deadlines.urgeQuietHours
  return `处理期限临近或 ${quiet} 小时无新进展时可催办（${formatInstant(opens, 'M月D日 HH:mm')}起）`
}

/**
 * C2: the complainant urges. The person handling it now is told; from the second urge the
 * department supervisor too (before dispatch the customer service center, supervisors included,
 * is told each time). The complainant sees whom it reached, by role.
 */
export function urge(c: Complaint, _input: InputOf<'urge'>, ctx: TransitionContext): Outcome {
  const count = (c.urges?.length ?? 0) + 1
  const withDepartment = !!c.departmentCode && !BEFORE_DISPATCH.includes(c.status) && !ESCALATED.includes(c.status)
  const to: UrgeTarget[] = [...handlerTargets(c), ...(count >= 2 && withDepartment ? (['department_supervisor'] as const) : [])]
  return {
    to: c.status,
    patch: { urges: [...(c.urges ?? []), { at: ctx.now, to }] },
    reason: `已通知${targetWords(to)}`,
    data: { count, to },
    notify: intentsFor('urged', to),
  }
}

/** C1: one addition from the input, stamped now. */
function additionOf(c: Complaint, input: InputOf<'add_info'>, ctx: TransitionContext, reopen?: boolean): Addition {
  const id = `${ctx.now.toString(36)}-${c.additions?.length ?? 0}`
  const clips = {
    ...(input.voiceNotes.length ? { voiceNotes: input.voiceNotes } : {}),
    ...(input.videos.length ? { videos: input.videos } : {}),
  }
  return { id, text: input.text, photos: input.photos, ...clips, at: ctx.now, ...(reopen === undefined ? {} : { reopen }) }
}

/**
 * C1, F3: the complainant adds text or photos. While it is being handled the addition joins the
 * record and the handler is told. Once the result is given it is never attached silently: the
 * complainant chooses to have it handled again — a dissatisfied rating with the addition as the
 * reason, which reopens or escalates it as F3 says — or to add it to the record as it stands.
 * @throws INVALID_INPUT when, after the result, the choice is missing.
 */
export function addInfo(c: Complaint, input: InputOf<'add_info'>, ctx: TransitionContext): Outcome {
  const additions = c.additions ?? []
  const data = { photos: input.photos.length, ...(input.voiceNotes.length ? { voiceNotes: input.voiceNotes.length } : {}) }
  if (!AWAITING_RATING.includes(c.status)) {
    const to = handlerTargets(c)
    return {
      to: c.status,
      patch: { additions: [...additions, additionOf(c, input, ctx)] },
      reason: input.text || undefined,
      data: { ...data, to },
      notify: intentsFor('info_added', to),
    }
  }
  if (input.reopen === undefined) throw invalidInput('处理结果已反馈：请选择是否要求重新处理')
  if (!input.reopen) {
    const to = handlerTargets(c)
    return {
      to: c.status,
      patch: { additions: [...additions, additionOf(c, input, ctx, false)] },
      reason: input.text || undefined,
      data: { ...data, to, reopen: false },
      notify: intentsFor('info_added', to),
    }
  }
  const comment = input.text || '补充了照片，要求重新处理'
  const o = rate(c, { id: c._id, level: 2, comment }, ctx)
  return {
    ...o,
    patch: { ...o.patch, additions: [...additions, additionOf(c, input, ctx, true)] },
    reason: comment,
    data: { ...o.data, ...data, reopen: true },
  }
}

/**
 * C3: the complainant withdraws the complaint before its result. It keeps its history, leaves
 * every queue and clock — an emergency's alert chain nobody acknowledged stops (issue 14) —, and
 * cannot be revived (a new complaint may refer to it); customer service and whoever handles it are told.
 */
export function withdraw(c: Complaint, input: InputOf<'withdraw'>, ctx: TransitionContext): Outcome {
  const handler = handlerTargets(c).filter((t) => t !== 'customer_service')
  const to: UrgeTarget[] = ['customer_service', ...handler]
  const words = WITHDRAWAL_REASONS[input.reason]
  return {
    to: 'withdrawn',
    patch: { withdrawal: { reason: input.reason, text: input.text, by: me(ctx), at: ctx.now }, ...chainStopped(c) },
    reason: input.text ? `${words}：${input.text}` : words,
    data: { reason: input.reason, to },
    notify: intentsFor('withdrawn', to),
  }
}
