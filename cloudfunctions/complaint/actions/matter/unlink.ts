/**
 * matter.unlink — customer service takes complaint `id` out of its matter; it goes on as a
 * complaint of its own with its whole record and history (an `unlink_matter` event is added, none
 * removed). The last complaint of a matter, its lead, and complaints of a finished matter stay.
 */
import { unlink, unlinkProblem } from '../../domain/matter'
import * as complaints from '../../infra/repositories/complaints'
import * as matters from '../../infra/repositories/matters'
import type { CallContext } from '../context'
import { complaintView } from '../complaint/view'
import { complaintFor, refuse, requireDesk } from './common'

/**
 * Unlinks complaint `input.id` from its matter, with `input.reason` on its history.
 * @returns the caller's view of the complaint.
 * @throws NOT_FOUND, FORBIDDEN, INVALID_STATE (not linked, the last one, the lead, the matter finished), CONFLICT.
 */
export async function unlinkMatter(input: { id: string; reason: string }, ctx: CallContext) {
  const { actor, by } = requireDesk(ctx)
  const c = await complaintFor(input.id, actor, ctx.estate)
  const m = c.matter ? await matters.byId(c.matter.id) : null
  refuse(unlinkProblem(c, m))
  const change = unlink(c, m!, by, ctx.now, input.reason)
  await matters.save(m!, change.matter, (t) => complaints.commitIn(t, c, change.complaint, { events: [change.event], outbox: [] }))
  return complaintView(c._id, ctx)
}
