/**
 * matter.link — customer service links complaint `id` into an open matter (`matterId`), or with
 * another complaint (`withComplaintId`): into that one's matter, or into a new matter it leads.
 * Each link is one transaction: the matter (conditional on its version), the complaint (on its
 * version and state) and the complaint's `link_matter` event. Refused with a Chinese message and
 * nothing written: a complaint with itself, one already in the matter or in another, complaints of
 * two estates, a finished matter, a complaint not accepted yet or already answered.
 */
import { invalidInput } from '../../domain/errors'
import { link, linkProblem, pairProblem, type Matter } from '../../domain/matter'
import type { MatterLinkInput } from '../../domain/matter-payloads'
import type { PersonRef } from '../../domain/model'
import type { Actor } from '../../domain/policy'
import * as complaints from '../../infra/repositories/complaints'
import * as matters from '../../infra/repositories/matters'
import type { CallContext } from '../context'
import { complaintView } from '../complaint/view'
import { complaintFor, matterFor, refuse, requireDesk } from './common'
import { startFrom } from './start'
import { syncQuietly } from './sync'

/** The matter to link into: the one named, or the other complaint's (started from it when it has none). */
async function targetOf(input: MatterLinkInput, actor: Actor, by: PersonRef, now: number, estate: string): Promise<Matter> {
  if (input.matterId) return matterFor(input.matterId)
  if (input.withComplaintId === input.id) throw invalidInput('不能将投诉关联到它自己')
  const [c, other] = [await complaintFor(input.id, actor, estate), await complaintFor(String(input.withComplaintId), actor, estate)]
  if (other.matter) return matterFor(other.matter.id)
  refuse(pairProblem(c, other))
  return startFrom(other, '', by, now)
}

/**
 * Links complaint `input.id` as described above.
 * @returns the caller's view of the complaint, now linked.
 * @throws NOT_FOUND, FORBIDDEN, INVALID_INPUT (itself), INVALID_STATE (the rules of domain/matter.ts), CONFLICT.
 */
export async function linkMatter(input: MatterLinkInput, ctx: CallContext) {
  const { actor, by } = requireDesk(ctx)
  const c = await complaintFor(input.id, actor, ctx.estate)
  const m = await targetOf(input, actor, by, ctx.now, ctx.estate)
  refuse(linkProblem(c, m))
  const change = link(c, m, by, ctx.now)
  await matters.save(m, change.matter, (t) => complaints.commitIn(t, c, change.complaint, { events: [change.event], outbox: [] }))
  await syncQuietly(m._id, ctx.now)
  return complaintView(c._id, ctx)
}
