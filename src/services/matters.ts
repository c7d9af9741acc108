/** Matter actions of the `complaint` function (issue 18, docs/API.md), one function each. */
import { call } from './api'
import type { ComplaintView } from './types'
import type { MatterView } from '@domain/matter-view'
import type { MatterCandidate } from '@domain/matter-candidates'

export type { MatterCandidate }

/** The open matters for complaint `id`, best first; `problem` says why it cannot join one now. */
export function matterCandidates(id: string): Promise<{ problem: string | null; items: MatterCandidate[] }> {
  return call('matter.candidates', { id })
}

/** Starts a matter from complaint `id` (it leads). @returns the complaint after the change. */
export function startMatter(id: string, title = ''): Promise<ComplaintView> {
  return call('matter.start', { id, title })
}

/** Links complaint `id` into matter `matterId`. @returns the complaint after the change. */
export function linkMatter(id: string, matterId: string): Promise<ComplaintView> {
  return call('matter.link', { id, matterId })
}

/** Takes complaint `id` out of its matter; its own history stays. @returns the complaint after the change. */
export function unlinkMatter(id: string, reason = ''): Promise<ComplaintView> {
  return call('matter.unlink', { id, reason })
}

/** The matter page: linked complaints as the caller may see them, the shared progress, the notices. */
export function getMatter(id: string): Promise<MatterView> {
  return call('matter.get', { id })
}

/** Sends a notice to the matter's complainants (and a building's residents). @returns how many it was addressed to. */
export function notifyMatter(id: string, text: string, building = ''): Promise<{ recipients: number }> {
  return call('matter.notify', { id, text, building })
}
