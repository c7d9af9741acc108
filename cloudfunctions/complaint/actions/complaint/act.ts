/**
 * complaint.act — one transition of the lifecycle table on an existing complaint, written with
 * its events and notifications in one transaction, conditional on the version it was decided on.
 */
import { AppError, notFound } from '../../domain/errors'
import { eventsOf } from '../../domain/history'
import { decide, transitionFor, type Transition } from '../../domain/lifecycle'
import type { Complaint } from '../../domain/model'
import { canView, personRef } from '../../domain/policy'
import { parseChecked, schemas, type ActionName } from '../../domain/validation'
import { summaryFor } from '../../domain/view'
import { checkContent } from '../../infra/content'
import { deliverPending, outboxEntries } from '../../infra/notifier'
import * as complaints from '../../infra/repositories/complaints'
import { requireUser, type CallContext } from '../context'
import { attachmentsOf, checkAttachments } from './attachments'
import { resolveAssignee, resolveSubject } from './subject'
import { complaintView } from './view'

/** Free-text fields of each action that go through the content check. */
const TEXT_FIELDS = ['text', 'summary', 'comment', 'reason', 'explanation', 'note'] as const

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
async function resolvePeople(action: ActionName, input: Record<string, unknown>): Promise<Record<string, unknown>> {
  if (action === 'assign') return { ...input, assignee: await resolveAssignee(String(input.assigneeOpenid)) }
  if (action === 'accept' && input.subjectStaff)
    return { ...input, subjectStaff: await resolveSubject(input.subjectStaff as { name: string; openid?: string }) }
  return input
}

/** The content check of the input's free text: 'pending' holds it for staff review. @throws CONTENT_RISKY. */
function reviewText(input: Record<string, unknown>, openid: string): Promise<'passed' | 'pending'> {
  const text = TEXT_FIELDS.map((f) => (typeof input[f] === 'string' ? (input[f] as string) : '')).join('\n')
  return checkContent(text, openid)
}

/**
 * Runs `action` on the complaint `payload.id` as the caller, or by the timer (`ctx.openid === 'system'`).
 * Files the input attaches must be the caller's own uploads (attachments.ts); they are claimed in the change's transaction.
 * @returns the caller's view after the change (null for the timer).
 * @throws AppError NOT_FOUND, FORBIDDEN, INVALID_INPUT, INVALID_STATE, GUARD_FAILED, CONFLICT.
 */
export async function act(payload: { action?: string } & Record<string, unknown>, ctx: CallContext) {
  const system = ctx.openid === 'system'
  if (!system) requireUser(ctx)
  const { action: named, ...fields } = payload ?? {}
  const action = String(named ?? '') as ActionName
  transitionOf(action, system)
  // The transition's own fields, strictly (an unknown field is refused); `action` only named it.
  const parsed = (await parseChecked(schemas[action], fields, async () => (await ctx.settings()).departments)) as Record<string, unknown>
  const files = system ? [] : await checkAttachments(attachmentsOf(parsed), ctx)
  const c = await complaints.byId(String(parsed.id))
  const rules = await ctx.rules()
  if (!c || (!system && !canView(c, rules.actor))) throw notFound()
  const input = await resolvePeople(action, parsed)
  const o = decide(c, action, input, rules)
  if (!system && (await reviewText(input, ctx.openid)) === 'pending') o.patch.contentReview = 'pending'
  const after: Complaint = { ...c, ...o.patch, status: o.to, version: c.version + 1, updatedAt: ctx.now }
  const events = eventsOf(o, { action, from: c.status, actor: personRef(rules.actor), at: ctx.now })
  await complaints.commit(c, after, { events, outbox: outboxEntries(o.notify, ctx.now), files })
  await deliverPending(ctx.now, c._id)
  if (system) return null
  // After a transfer the caller may no longer see the complaint: answer with what they may know.
  if (!canView(after, rules.actor)) return { ...summaryFor(after, rules.actor, ctx.now, rules.settings.departments), visible: false }
  return complaintView(c._id, ctx, after)
}
