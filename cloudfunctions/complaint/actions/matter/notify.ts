/**
 * matter.notify — customer service tells everyone a matter affects: the complainants of its
 * linked complaints and, optionally, every resident registered in one building (`3栋 停水至
 * 18:00`). Each gets it in their in-app messages and, while they hold an acceptance of the
 * progress template, as a subscription message (infra/notices.ts, through the outbox). The
 * notice names nobody (G3-P5); the matter records it with how many it was addressed to.
 */
import { randomUUID } from 'node:crypto'
import type { MatterNotice } from '../../domain/matter'
import { deliverEntry } from '../../infra/notifier'
import * as complaints from '../../infra/repositories/complaints'
import * as matters from '../../infra/repositories/matters'
import * as outbox from '../../infra/repositories/outbox'
import * as users from '../../infra/repositories/users'
import type { CallContext } from '../context'
import { matterFor, requireDesk } from './common'

/** The OPENIDs a notice goes to: the linked complaints' complainants who use the mini-program, and the building's residents. */
async function recipientsOf(estate: string, complaintIds: string[], building?: string): Promise<string[]> {
  const linked = [...(await complaints.byIds(complaintIds, estate)).values()]
  const ids = linked.map((c) => c.complainant.openid ?? '').filter(Boolean)
  if (building) ids.push(...(await users.activeResidentsOfBuilding(estate, building)).map((u) => u.openid))
  return [...new Set(ids)]
}

/**
 * Sends notice `input.text` for matter `input.id` (and to `input.building`'s residents).
 * @returns how many people it was addressed to, and the notice as recorded.
 * @throws UNAUTHENTICATED, FORBIDDEN, NOT_FOUND.
 */
export async function notifyMatter(input: { id: string; text: string; building?: string }, ctx: CallContext) {
  const { by } = requireDesk(ctx)
  const m = await matterFor(input.id)
  const openids = await recipientsOf(m.estate, m.complaintIds, input.building)
  const notice: MatterNotice = { id: randomUUID(), text: input.text, by, at: ctx.now, recipients: openids.length }
  if (input.building) notice.building = input.building
  await matters.addNotice(m._id, notice)
  if (openids.length) {
    const entryId = await outbox.addNotice({ matterId: m._id, matterNo: m.no, text: input.text }, openids, ctx.now)
    const entry = await outbox.byId(entryId)
    if (entry) await deliverEntry(entry, ctx.now)
  }
  return { recipients: openids.length, notice: { text: notice.text, building: notice.building, at: notice.at } }
}
