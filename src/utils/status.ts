/** How states look: one tone per status, so a glance at a list tells waiting, moving, done, in trouble. */
import type { Status } from '@domain/vocabulary'

export type Tone = 'blue' | 'green' | 'orange' | 'red' | 'purple' | 'grey'

export const STATUS_TONE: Record<Status, Tone> = {
  awaiting_confirmation: 'orange',
  submitted: 'orange',
  refused: 'grey',
  accepted: 'blue',
  dispatched: 'blue',
  investigating: 'blue',
  plan_pending: 'purple',
  handling: 'blue',
  resolved: 'green',
  return_visit: 'orange',
  reopened: 'red',
  escalated: 'red',
  closed: 'grey',
}

/** Which clock a deadline belongs to (deadlines.ts ClockKind), as a card names it. */
export const CLOCK_LABELS: Record<string, string> = {
  dispatch: '派单',
  response: '响应',
  handling: '办结',
}

/** Statuses a resident thinks of as "still being worked on". */
export const OPEN_STATUSES: Status[] = [
  'awaiting_confirmation', 'submitted', 'accepted', 'dispatched', 'investigating', 'plan_pending', 'handling', 'reopened', 'escalated',
]
/** Waiting for the resident's rating. */
export const RATING_STATUSES: Status[] = ['resolved', 'return_visit']
