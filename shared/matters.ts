/**
 * Matters (事项, issue 18): one thing many residents complain about — a lift out of order, a water
 * cut — handled once, with every linked complaint showing the shared progress. The shared kernel
 * holds what the mini-program shows too: the matter's states with their labels, the estate every
 * complaint belongs to until estates exist (issue 16), and the limits of a notice.
 */

/** The estate of every complaint until issue 16 brings estates: linking checks `estate` against it. */
export const DEFAULT_ESTATE = 'default'

/** A matter's states: handled once; `resolved` when the lead complaint's result was shared with every linked one. */
export const MATTER_STATUSES = {
  open: '处理中',
  resolved: '已办结',
} as const
export type MatterStatus = keyof typeof MATTER_STATUSES

/** Most complaints one matter links (a building-wide water cut is a few dozen; the view and the sync read them in one query of at most 100). */
export const MATTER_MAX_LINKED = 100

/** Longest notice text (it goes to every affected complainant's messages). */
export const NOTICE_MAX = 200

/** Longest matter title. */
export const MATTER_TITLE_MAX = 40

/** A candidate matter is suggested from this score on (matter-candidates.ts: place, category, time). */
export const CANDIDATE_THRESHOLD = 4
