/**
 * complaint.act — one transition of the lifecycle table on an existing complaint, written with
 * its events and notifications in one transaction, conditional on the version it was decided on.
 */
import { acknowledgedBy } from '../../domain/emergency'
import { AppError, isAppError, notFound } from '../../domain/errors'
import { fileIdsIn } from '../../domain/free-text'
import { eventsOf } from '../../domain/history'
import { checksFor } from '../../domain/media-check'
import { decide, transitionFor, type Transition, type TransitionContext } from '../../domain/lifecycle'
import type { Complaint } from '../../domain/model'
import { canView, personRef } from '../../domain/policy'
import { schemas, type ActionName } from '../../domain/validation'
import { summaryFor } from '../../domain/view'
import { checkedInput } from '../../infra/content'
import { deliverPending, outboxEntries } from '../../infra/notifier'
import * as complaints from '../../infra/repositories/complaints'
import { requireUser, type CallContext } from '../context'
import { sendAttached } from '../media/queue'
import { attachmentsOf, checkAttachments } from './attachments'
import { resolveAssignee, resolveSubject } from './subject'
import { complaintView } from './view'
import { syncAfterChange } from '../matter/sync'
import { DEFAULT_ESTATE } from '@shared/matters'

/**
 * The transition of an action a caller may ask for: one on an existing complaint, and only the
 * timer's own for the timer. @throws UNKNOWN_ACTION.
 */
function transitionOf(action: ActionName, system: boolean): Transition {
  const t = transitionFor(action)
  if (!t || t.from === 'new' || (t.by.includes('system') && !system)) throw new AppError('UNKNOWN_ACTION', '不支持的操作')
  return t
}

/** Looks up people an input names by openid, so the rules see who they really are. */
async function resolvePeople(action: ActionName, input: Record<string, unknown>, estate: string): Promise<Record<string, unknown>> {
  if (action === 'assign') return { ...input, assignee: await resolveAssignee(String(input.assigneeOpenid), estate) }
  if (action === 'accept' && input.subjectStaff)
    return { ...input, subjectStaff: await resolveSubject(input.subjectStaff as { name: string; openid?: string }, estate) }
  return input
}

/**
 * Issue 14: two people acknowledging an emergency at once — one wins (the conditional update), and
 * the other is told who did (`已由张洁于 10:03 接警`) instead of a bare conflict. Other errors pass as they are.
 */
async function explainLostAcknowledgement(action: ActionName, id: string, e: unknown): Promise<unknown> {
  if (action !== 'acknowledge_emergency' || !isAppError(e) || !['CONFLICT', 'GUARD_FAILED'].includes(e.code)) return e
  const who = acknowledgedBy((await complaints.byId(id, null))?.alert)
  return who ? new AppError('CONFLICT', `${who}，无需重复接警`) : e
}

/**
 * Decides the transition and writes it with its events, notifications, claimed files and the
 * content checks of the files it attaches (issue 15); `review` is the content check's verdict on its text.
 * @returns the complaint after it.
 */
async function change(
  c: Complaint,
  action: ActionName,
  input: Record<string, unknown>,
  o: { ctx: CallContext; rules: TransitionContext; files: string[]; attached: string[]; review: 'passed' | 'pending' },
): Promise<Complaint> {
  const { ctx, rules } = o
  const outcome = decide(c, action, input, rules)
  if (o.review === 'pending') outcome.patch.contentReview = 'pending'
  const after: Complaint = { ...c, ...outcome.patch, status: outcome.to, version: c.version + 1, updatedAt: ctx.now }
  const events = eventsOf(outcome, { action, from: c.status, actor: personRef(rules.actor), at: ctx.now })
  const media = checksFor(o.attached, personRef(rules.actor), ctx.now)
  await complaints.commit(c, after, { events, outbox: outboxEntries(outcome.notify, ctx.now), files: o.files, media })
  return after
}

/**
 * Runs `action` on the complaint `payload.id` as the caller, or by the timer (`ctx.openid === 'system'`).
 * Files the input attaches must be the caller's own uploads (attachments.ts); they are claimed in the change's transaction.
 * Every free-text field of the transition's schema is content-checked before anything is read, and
 * every file it attaches is queued for its content check in the change's transaction (issue 15).
 * @returns the caller's view after the change (null for the timer).
 * @throws AppError NOT_FOUND, FORBIDDEN, INVALID_INPUT, CONTENT_RISKY, INVALID_STATE, GUARD_FAILED, CONFLICT.
 */
export async function act(payload: { action?: string } & Record<string, unknown>, ctx: CallContext) {
  const system = ctx.openid === 'system'
  if (!system) requireUser(ctx)
  const { action: named, ...fields } = payload ?? {}
  const action = String(named ?? '') as ActionName
  transitionOf(action, system)
  // The transition's own fields, strictly (an unknown field is refused); `action` only named it.
  const checked = await checkedInput(schemas[action], fields, ctx.openid, async () => (await ctx.settings()).departments)
  const parsed = checked.input as Record<string, unknown>
  const files = system ? [] : await checkAttachments(attachmentsOf(parsed), ctx)
  const c = await complaints.byId(String(parsed.id), ctx.estate)
  const rules = await ctx.rules()
  if (!c || (!system && !canView(c, rules.actor))) throw notFound()
  const input = await resolvePeople(action, parsed, c.estate ?? DEFAULT_ESTATE)
  const attached = fileIdsIn(parsed)
  const after = await change(c, action, input, { ctx, rules, files, attached, review: checked.review }).catch(async (e) => {
    throw await explainLostAcknowledgement(action, c._id, e)
  })
  await deliverPending(ctx.now, c._id)
  await sendAttached(attached, ctx.now)
  // Issue 18: a step of a linked complaint may be the matter's result, or its lead leaving.
  await syncAfterChange(c, after, ctx.now)
  if (system) return null
  // After a transfer the caller may no longer see the complaint: answer with what they may know.
  if (!canView(after, rules.actor)) return { ...summaryFor(after, rules.actor, ctx.now, rules.settings.departments), visible: false }
  return complaintView(c._id, ctx, after)
}
