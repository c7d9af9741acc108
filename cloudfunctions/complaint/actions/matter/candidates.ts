/**
 * matter.candidates — the open matters of the complaint's estate, ranked for customer service by
 * place, category and time (domain/matter-candidates.ts), each with its score and reasons; those
 * from the threshold on are suggested. When the complaint cannot join a matter now, the reason is
 * given instead of candidates.
 */
import { rankMatters, type MatterCandidate } from '../../domain/matter-candidates'
import { estateOf, joinProblem } from '../../domain/matter'
import { CATEGORIES } from '@shared/vocabulary'
import * as matters from '../../infra/repositories/matters'
import type { CallContext } from '../context'
import { complaintFor, requireDesk } from './common'

/**
 * The candidates for complaint `input.id`, best first.
 * @returns `{ problem, items }`: `problem` (Chinese) when it cannot join any matter now.
 * @throws NOT_FOUND, FORBIDDEN.
 */
export async function matterCandidates(input: { id: string }, ctx: CallContext) {
  const { actor } = requireDesk(ctx)
  const c = await complaintFor(input.id, actor)
  const problem = joinProblem(c)
  if (problem) return { problem, items: [] as MatterCandidate[] }
  const open = (await matters.openOfEstate(estateOf(c))).map((m) => ({ ...m, at: m.lastLinkedAt }))
  const ranked = rankMatters({ location: c.location, category: c.category, at: c.createdAt }, open)
  const items: MatterCandidate[] = ranked.map((m) => ({
    id: m._id,
    no: m.no,
    title: m.title,
    location: m.location,
    categoryLabel: CATEGORIES[m.category],
    count: m.complaintIds.length,
    score: m.score,
    reasons: m.reasons,
    suggested: m.suggested,
  }))
  return { problem: null, items }
}
