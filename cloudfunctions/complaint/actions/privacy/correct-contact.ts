/**
 * A resident's corrected name, room or phone (PIPL art. 46) reaches the complaints still being
 * handled, so staff call the right number; finished complaints keep what was recorded then.
 * Each is changed only if untouched since it was read (a concurrent step then wins, and the next
 * save corrects it).
 */
import type { Complainant } from '../../domain/model'
import { TERMINAL } from '@shared/status-groups'
import * as complaints from '../../infra/repositories/complaints'

/** @returns how many open complaints now carry the corrected contact. */
export async function correctOpenComplaints(openid: string, contact: Omit<Complainant, 'openid'>, now: number): Promise<number> {
  let n = 0
  for (const c of await complaints.ofComplainant(openid)) {
    if (TERMINAL.includes(c.status)) continue
    const same = c.complainant.name === contact.name && c.complainant.room === contact.room && c.complainant.phone === contact.phone
    if (same) continue
    const patch = { complainant: { ...c.complainant, ...contact }, version: c.version + 1, updatedAt: now }
    if (await complaints.patchIfVersion(c._id, c.version, patch)) n += 1
  }
  return n
}
