/**
 * Candidate matters for a complaint (issue 18): open matters of the same estate scored on place,
 * category and time, each with the reasons customer service reads ("同一地点“3栋2单元电梯”"). A
 * suggestion only: staff choose. Pure.
 */
import { CANDIDATE_THRESHOLD } from '@shared/matters'
import { normalizePlace } from '@shared/place'
import { CATEGORIES, type Category } from '@shared/vocabulary'
import { facilityKindOf, facilityLabel } from './triage/facility'

/** What scoring reads of a complaint or a matter. */
export interface Scored {
  location: string
  category: Category
  /** The complaint's filing, or the matter's last link. */
  at: number
}

/** A matter's score for a complaint, and why. */
export interface CandidateScore {
  score: number
  reasons: string[]
  /** Whether it is suggested (score ≥ CANDIDATE_THRESHOLD). */
  suggested: boolean
}

const HOUR = 3_600_000

/** The building a place names (`3栋2单元电梯` → `3栋`), or ''. */
export function buildingOf(place: string): string {
  const m = /^(.+?栋)/.exec(normalizePlace(place))
  return m ? m[1] : ''
}

/** Place: the same spelling 3; the same building and kind of facility 2; the same kind of facility or building 1. */
function placeScore(a: string, b: string): [number, string | null] {
  const pa = normalizePlace(a)
  const pb = normalizePlace(b)
  if (pa && pa === pb) return [3, `同一地点“${pa}”`]
  const kind = facilityKindOf(pa)
  const sameKind = !!kind && kind === facilityKindOf(pb)
  const building = buildingOf(pa)
  const sameBuilding = !!building && building === buildingOf(pb)
  if (sameKind && sameBuilding) return [2, `同在${building}的${facilityLabel(kind)}`]
  if (sameKind) return [1, `同类设施“${facilityLabel(kind)}”`]
  if (sameBuilding) return [1, `同在${building}`]
  return [0, null]
}

/** Time between the complaint and the matter's last link: within 24 hours 2, within 3 days 1. */
function timeScore(a: number, b: number): [number, string | null] {
  const gap = Math.abs(a - b)
  if (gap <= 24 * HOUR) return [2, '24小时内反映']
  if (gap <= 72 * HOUR) return [1, '3天内反映']
  return [0, null]
}

/**
 * How close matter `m` is to complaint `c`: place (0–3), category (2 when the same) and time (0–2),
 * with a reason for each part that scored. Suggested from CANDIDATE_THRESHOLD (4): the same place
 * and category, or the same building's facility and category within days.
 */
export function scoreMatter(c: Scored, m: Scored): CandidateScore {
  const parts: [number, string | null][] = [
    placeScore(c.location, m.location),
    c.category === m.category ? [2, `同为“${CATEGORIES[c.category]}”`] : [0, null],
    timeScore(c.at, m.at),
  ]
  const score = parts.reduce((s, [n]) => s + n, 0)
  return { score, reasons: parts.map(([, r]) => r).filter((r): r is string => !!r), suggested: score >= CANDIDATE_THRESHOLD }
}

/** Matters ranked for complaint `c`, best first (ties: the most recently linked first), each with its score. */
export function rankMatters<M extends Scored>(c: Scored, matters: M[]): (M & CandidateScore)[] {
  return matters.map((m) => ({ ...m, ...scoreMatter(c, m) })).sort((a, b) => b.score - a.score || b.at - a.at)
}

/** A matter offered for linking, as matter.candidates returns it (the mini-program imports this type). */
export interface MatterCandidate {
  id: string
  no: string
  title: string
  location: string
  categoryLabel: string
  count: number
  score: number
  reasons: string[]
  suggested: boolean
}
