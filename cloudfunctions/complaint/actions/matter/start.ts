/**
 * matter.start — customer service starts a matter from complaint `id`, which becomes its lead
 * complaint (the matter is handled on it). Written with the complaint's link and its event in one
 * transaction.
 */
import { joinProblem, link, newMatter, type Matter } from '../../domain/matter'
import * as complaints from '../../infra/repositories/complaints'
import * as matters from '../../infra/repositories/matters'
import type { Complaint, PersonRef } from '../../domain/model'
import type { CallContext } from '../context'
import { complaintView } from '../complaint/view'
import { complaintFor, refuse, requireDesk } from './common'

/** Starts a matter led by complaint `c` (checked by the caller), with its title (the place by default). */
export async function startFrom(c: Complaint, title: string, by: PersonRef, now: number): Promise<Matter> {
  return matters.create(newMatter(c, title, by, now), async (t, m) => {
    const change = link(c, m, by, now)
    await complaints.commitIn(t, c, change.complaint, { events: [change.event], outbox: [] })
  })
}

/**
 * Starts a matter from complaint `input.id`.
 * @returns the caller's view of the complaint, now linked.
 * @throws NOT_FOUND, FORBIDDEN, INVALID_STATE (in a matter already, not accepted, finished, about a staff member), CONFLICT.
 */
export async function startMatter(input: { id: string; title: string }, ctx: CallContext) {
  const { actor, by } = requireDesk(ctx)
  const c = await complaintFor(input.id, actor, ctx.estate)
  refuse(joinProblem(c))
  await startFrom(c, input.title, by, ctx.now)
  return complaintView(c._id, ctx)
}
