/**
 * Handling a matter once (issue 18): the matter is investigated, planned and answered on its lead
 * complaint through the ordinary transitions. Once the lead has its result, `share_result` gives
 * that result to every linked complaint still on its way to one — each in its own transaction,
 * conditional on its version, retried on a conflict — and the matter is resolved when none is left.
 * Should the lead be withdrawn or refused first (C3), the next linked complaint still open leads.
 * Idempotent: run after every change of a linked complaint (complaint.act), after each link, and
 * by the timer, it finishes whatever an earlier run left undone and repeats nothing.
 */
import { isAppError } from '../../domain/errors'
import { eventsOf } from '../../domain/history'
import { decide } from '../../domain/lifecycle'
import { LINKABLE, leadAfter, TAKES_SHARED_RESULT, type Matter } from '../../domain/matter'
import type { Complaint } from '../../domain/model'
import { log } from '../../infra/cloud'
import { deliverPending, outboxEntries } from '../../infra/notifier'
import * as complaints from '../../infra/repositories/complaints'
import * as matters from '../../infra/repositories/matters'
import { buildContext } from '../context'

const TRIES = 3

/** Whether the lead's result stands for the matter: given, and not sent back to handling. */
const answered = (lead: Complaint) => !!lead.result && !LINKABLE.includes(lead.status) && lead.status !== 'reopened'

/** F1: the lead's result on linked complaint `id`, retried on a conflict. @returns whether it was written. */
async function shareWith(id: string, m: Matter, lead: Complaint, now: number): Promise<boolean> {
  const rules = await (await buildContext('system', now)).rules()
  for (let i = 0; i < TRIES; i++) {
    const c = await complaints.byId(id, null)
    if (!c || c.matter?.id !== m._id || !TAKES_SHARED_RESULT.includes(c.status)) return false
    const o = decide(c, 'share_result', { matterNo: m.no, result: lead.result }, rules)
    const after: Complaint = { ...c, ...o.patch, status: o.to, version: c.version + 1, updatedAt: now }
    const events = eventsOf(o, { action: 'share_result', from: c.status, actor: lead.result!.by, at: now })
    try {
      await complaints.commit(c, after, { events, outbox: outboxEntries(o.notify, now) })
      await deliverPending(now, c._id)
      return true
    } catch (e) {
      if (!isAppError(e) || e.code !== 'CONFLICT') throw e
    }
  }
  return false
}

/** The lead moved to `next` when the old one was withdrawn or refused: the matter and the new lead's link. */
async function promote(m: Matter, next: Complaint, now: number): Promise<Matter> {
  const after: Matter = {
    ...m,
    leadId: next._id,
    complaintIds: [next._id, ...m.complaintIds.filter((id) => id !== next._id)],
    version: m.version + 1,
    updatedAt: now,
  }
  const linked: Complaint = { ...next, matter: { ...next.matter!, lead: true }, version: next.version + 1, updatedAt: now }
  const event = {
    action: 'link_matter',
    actor: { openid: 'system', name: '系统', role: 'system' as const },
    at: now,
    from: next.status,
    to: next.status,
    reason: `原主办投诉已撤销或不予受理，改由此投诉主办事项 ${m.no}`,
    data: { matterNo: m.no, lead: true },
  }
  await matters.save(m, after, (t) => complaints.commitIn(t, next, linked, { events: [event], outbox: [] }))
  return after
}

/**
 * Brings matter `id` up to date at `now`: the lead replaced if it left, the lead's result shared
 * with every linked complaint still waiting for it, the matter resolved once none is left.
 * @returns how many complaints got the result.
 */
export async function syncMatter(id: string, now: number): Promise<number> {
  let m = await matters.byId(id)
  if (!m || m.status !== 'open') return 0
  const linked = [...(await complaints.byIds(m.complaintIds, m.estate)).values()]
  const lead = leadAfter(m, linked)
  if (!lead) return 0
  if (lead._id !== m.leadId) m = await promote(m, lead, now)
  if (!answered(lead)) return 0
  let shared = 0
  for (const c of linked) if (c._id !== lead._id && (await shareWith(c._id, m, lead, now))) shared++
  const left = [...(await complaints.byIds(m.complaintIds, m.estate)).values()].some(
    (c) => c._id !== lead._id && TAKES_SHARED_RESULT.includes(c.status),
  )
  if (!left) await matters.save(m, { ...m, status: 'resolved', resolvedAt: now, version: m.version + 1, updatedAt: now })
  return shared
}

/** `syncMatter`, its failure logged and never thrown: the change that called it stands (the timer finishes the rest). */
export async function syncQuietly(id: string, now: number): Promise<number> {
  try {
    return await syncMatter(id, now)
  } catch (e) {
    log('matter', 'sync failed', { code: isAppError(e) ? e.code : 'INTERNAL', error: String((e as Error).message) })
    return 0
  }
}

/** Every open matter brought up to date (the timer). @returns how many complaints got a result. */
export async function syncOpenMatters(now: number): Promise<number> {
  let shared = 0
  for (let skip = 0; ; skip += 200) {
    const page = await matters.open(skip, 200)
    for (const m of page) shared += await syncQuietly(m._id, now)
    if (page.length < 200) return shared
  }
}

/** After a change of complaint `before` to `after`: its matter brought up to date when its state moved (quietly). */
export async function syncAfterChange(before: Complaint, after: Complaint, now: number): Promise<void> {
  if (after.matter && after.status !== before.status) await syncQuietly(after.matter.id, now)
}
