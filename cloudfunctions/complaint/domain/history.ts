/**
 * The events a transition's outcome writes to the complaint's history (V2): the action itself,
 * then each step chained to it (an emergency accepted and dispatched at once, a complaint handled
 * on the spot), so the timeline shows every state the complaint passed through.
 */
import type { Outcome } from './lifecycle'
import type { ComplaintEvent, PersonRef } from './model'
import type { Status } from '@shared/vocabulary'

/** An event as a transition produces it, before it is tied to its complaint. */
export type NewEvent = Omit<ComplaintEvent, 'complaintId' | 'complaintNo'>

/** What the history needs to know about the change besides its outcome. */
export interface Change {
  action: string
  /** The state before the change; null for a complaint being created. */
  from: Status | null
  actor: PersonRef
  /** Who the chained steps are recorded as (the system for a resident's emergency); the actor by default. */
  chainedBy?: PersonRef
  at: number
}

/**
 * The events of one change, oldest first: the action leads to the first chained step's state
 * (or straight to the outcome's), then each chained step.
 */
export function eventsOf(o: Outcome, change: Change): NewEvent[] {
  const also = o.also ?? []
  const first: NewEvent = {
    action: change.action,
    actor: change.actor,
    at: change.at,
    from: change.from,
    to: also.length ? also[0].from : o.to,
    reason: o.reason,
    data: o.data,
  }
  const by = change.chainedBy ?? change.actor
  return [
    first,
    ...also.map((a) => ({ action: a.action, actor: by, at: change.at, from: a.from, to: a.to, reason: a.reason, data: a.data })),
  ]
}
