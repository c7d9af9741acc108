/**
 * A complaint's timeline as one caller may see it (G3-P5): the complainant sees the steps of the
 * procedure but not the investigation's internals; staff see a resident's name masked, and the
 * staff member the complaint is about not even that.
 */
import type { ComplaintEvent, Complaint } from './model'
import { maskName, relationsOf, type Actor } from './policy'
import { toEventView, type EventView } from './view'

/** What a complainant's timeline shows; investigation internals stay with staff (G3-P5). */
export const COMPLAINANT_EVENTS: ReadonlySet<string> = new Set([
  'submit',
  'register',
  'confirm',
  'accept',
  'refuse',
  'dispatch',
  'transfer',
  'take',
  'approve_plan',
  'approve_extension',
  'give_result',
  'rate',
  'record_return_visit',
  'mark_return_visit_due',
  'close_no_response',
  'final_reply',
  // The complainant's own part (C1–C3): theirs to see.
  'add_info',
  'urge',
  'withdraw',
])

/** The events of `c` (oldest first) that `actor` sees, with residents' names as they may see them. */
export function timelineFor(c: Complaint, events: (ComplaintEvent & { _id: string })[], actor: Actor): EventView[] {
  const r = relationsOf(c, actor)
  const staffView = !r.has('complainant') || r.size > 1
  const residentName = (name: string) => (r.has('subject') ? '投诉人' : maskName(name))
  return events
    .filter((e) => staffView || COMPLAINANT_EVENTS.has(e.action))
    .map((e) =>
      e.actor.role !== 'resident' || r.has('complainant') ? e : { ...e, actor: { ...e.actor, name: residentName(e.actor.name) } },
    )
    .map(toEventView)
}
