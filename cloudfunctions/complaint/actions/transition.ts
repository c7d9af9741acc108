/**
 * complaint.act — one transition of the lifecycle table on an existing complaint, written with
 * its events and notifications in one transaction, conditional on the version it was decided on.
 */
import { AppError, invalidInput, notFound } from '../domain/errors'
import { decide, transitionFor } from '../domain/lifecycle'
import type { Complaint, ComplaintEvent } from '../domain/model'
import { canView, personRef } from '../domain/policy'
import { parseInput, schemas, type ActionName } from '../domain/validation'
import { checkContent } from '../infra/content'
import { deliverPending, outboxEntries } from '../infra/notifier'
import { commitTransition, findUser, getComplaint } from '../infra/store'
import { requireUser, type CallContext } from './context'
import { resolveSubject } from './account'
import { complaintView } from './read'
import { toSummary } from '../domain/view'

/** Free-text fields of each action that go through the content check. */
const TEXT_FIELDS = ['text', 'summary', 'comment', 'reason', 'explanation', 'note'] as const

/** Looks up people an input names by openid, so the rules see who they really are. */
async function resolvePeople(action: ActionName, input: Record<string, unknown>): Promise<Record<string, unknown>> {
  if (action === 'assign') {
    const u = await findUser(String(input.assigneeOpenid))
    if (!u || !u.active) throw invalidInput('找不到该承办人')
    return { ...input, assignee: { openid: u.openid, name: u.name, role: u.role, departmentCode: u.departmentCode } }
  }
  if (action === 'accept' && input.subjectStaff) {
    return { ...input, subjectStaff: await resolveSubject(input.subjectStaff as { name: string; openid?: string }) }
  }
  return input
}

/**
 * Runs `action` on the complaint `payload.id` as the caller, or by the timer (`ctx.openid === 'system'`).
 * @returns the caller's view after the change (null for the timer).
 * @throws AppError NOT_FOUND, FORBIDDEN, INVALID_INPUT, INVALID_STATE, GUARD_FAILED, CONFLICT.
 */
export async function act(payload: { id?: string; action?: string } & Record<string, unknown>, ctx: CallContext) {
  const system = ctx.openid === 'system'
  if (!system) requireUser(ctx)
  const action = String(payload?.action ?? '') as ActionName
  const t = transitionFor(action)
  if (!t || t.from === 'new' || (t.by.includes('system') && !system)) throw new AppError('UNKNOWN_ACTION', '不支持的操作')
  const parsed = parseInput(schemas[action], payload) as Record<string, unknown>
  const c = await getComplaint(String(parsed.id))
  const rules = await ctx.rules()
  if (!c || (!system && !canView(c, rules.actor))) throw notFound()
  const input = await resolvePeople(action, parsed)
  const o = decide(c, action, input, rules)
  if (!system) {
    const text = TEXT_FIELDS.map((f) => (typeof input[f] === 'string' ? (input[f] as string) : '')).join('\n')
    const review = await checkContent(text, ctx.openid)
    if (review === 'pending') o.patch.contentReview = 'pending'
  }
  const after: Complaint = { ...c, ...o.patch, status: o.to, version: c.version + 1, updatedAt: ctx.now }
  const actor = personRef(rules.actor)
  const firstTo = o.also?.length ? o.also[0].from : o.to
  const events: Omit<ComplaintEvent, 'complaintId' | 'complaintNo'>[] = [
    { action, actor, at: ctx.now, from: c.status, to: firstTo, reason: o.reason, data: o.data },
    ...(o.also ?? []).map((a) => ({ action: a.action, actor, at: ctx.now, from: a.from, to: a.to, reason: a.reason, data: a.data })),
  ]
  await commitTransition(c, after, { events, outbox: outboxEntries(o.notify, ctx.now) })
  await deliverPending(ctx.now, c._id)
  if (system) return null
  // After a transfer the caller may no longer see the complaint: answer with what they may know.
  if (!canView(after, rules.actor)) return { ...toSummary(after, rules.actor, ctx.now), visible: false }
  return complaintView(c._id, ctx, after)
}
