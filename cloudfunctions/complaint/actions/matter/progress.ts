/**
 * The shared progress a linked complaint shows (issue 18), read for its view: the matter and its
 * lead complaint, rendered for the caller by domain/matter-view.ts (a complainant sees how many
 * residents raised it and where its handling stands, never anyone else's complaint).
 */
import type { Complaint } from '../../domain/model'
import { matterProgress, type MatterProgress } from '../../domain/matter-view'
import type { Actor } from '../../domain/policy'
import * as complaints from '../../infra/repositories/complaints'
import * as matters from '../../infra/repositories/matters'

/** The progress of `c`'s matter for `viewer`, or null when it has none (or it is gone). */
export async function progressOf(c: Complaint, viewer: Actor): Promise<MatterProgress | null> {
  if (!c.matter) return null
  const m = await matters.byId(c.matter.id)
  if (!m) return null
  const lead = m.leadId === c._id ? c : await complaints.byId(m.leadId, m.estate)
  return matterProgress(m, c, lead, viewer)
}
