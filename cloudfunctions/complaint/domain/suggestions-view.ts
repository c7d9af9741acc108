/**
 * Suggestions for the desk (issue 18) as the complaint view carries them: what the text suggests
 * (category and department, a staff member it is about, a refusal ground) and a likely repeat of a
 * recent complaint — each with its reason, none of them applied. Only a viewer who may accept or
 * refuse and sees the complaint at the `contact` level (customer service, the manager) gets them
 * (disclosure.ts `seesSuggestions`): never the complainant, never the staff member it is about,
 * never a handler who sees it masked. Built from the viewer's projection, not the stored record. Pure.
 */
import { seesSuggestions, type Seen } from './disclosure'
import type { Complaint } from './model'
import type { OfficeSettings } from './settings'
import { repeatCandidates } from './repeat'
import { suggest, type Suggestions } from './triage/suggest'
import type { ActionName } from './validation'

/** How recent an earlier complaint must be to be suggested as the one this repeats (days). */
export const RECENT_REPEAT_DAYS = 90

const DAY_MS = 86_400_000

/** An earlier complaint of the same complainant, category and place that this one may repeat (A4-R4). */
export interface RepeatSuggestion {
  id: string
  no: string
  /** True when every A4-R4 condition seems to hold (answered, same place, nothing new). */
  proposeRefusal: boolean
  reason: string
}

/** What the view carries for the desk; absent from the view of anyone else. */
export interface SuggestionsView extends Suggestions {
  repeat: RepeatSuggestion | null
}

/** Whether the viewer decides acceptance now: the suggestions are for that decision only. */
export function decidesAcceptance(allowed: readonly ActionName[]): boolean {
  return allowed.includes('accept') || allowed.includes('refuse')
}

/**
 * The likely repeat among `earlier` (the same complainant's complaints the viewer may see in full):
 * the best A4-R4 candidate made in the `RECENT_REPEAT_DAYS` before `c`, or null.
 */
export function recentRepeat(c: Complaint, earlier: Complaint[]): RepeatSuggestion | null {
  const recent = earlier.filter((e) => c.createdAt - e.createdAt <= RECENT_REPEAT_DAYS * DAY_MS)
  const best = repeatCandidates(c, recent)[0]
  if (!best) return null
  const days = Math.max(0, Math.round((c.createdAt - best.complaint.createdAt) / DAY_MS))
  return {
    id: best.complaint._id,
    no: best.complaint.no,
    proposeRefusal: best.proposeRefusal,
    reason: `与 ${days} 天前的投诉 ${best.complaint.no} 相似：${best.reason}`,
  }
}

/**
 * The suggestions for the viewer of `seen`, or undefined when they are not theirs to see
 * (`seesSuggestions`) or they do not decide acceptance now (`allowed`).
 * @param seen the viewer's projection; its description, place and category are what is read
 * @param settings the office's routing table and departments (H1)
 * @param repeat the likely repeat, found by the caller among complaints the viewer may see
 */
export function suggestionsFor(
  seen: Seen,
  allowed: readonly ActionName[],
  settings: Pick<OfficeSettings, 'routing' | 'departments'>,
  repeat: RepeatSuggestion | null = null,
): SuggestionsView | undefined {
  if (!seesSuggestions(seen.level) || !decidesAcceptance(allowed)) return undefined
  const c = seen.complaint
  const hasContact = !!c.complainant && (!!c.complainant.phone || c.complainant.usesMiniProgram)
  return {
    ...suggest(c.description, {
      location: c.location,
      chosenCategory: c.category,
      routing: settings.routing,
      departments: settings.departments,
      hasContact,
    }),
    repeat,
  }
}
