/**
 * The order of work lists (V1): soonest deadline first, undated last, then oldest first, then by
 * id — a total order the database sorts and pages through its indexes (config/database.json), so
 * page 1 holds the most urgent work and paging reaches every complaint exactly once at any size.
 * The complaints repository stores `dueAt` with every change. Pure.
 */
import { activeDeadline } from './deadlines'
import type { Complaint } from './model'

/**
 * `dueAt` of a complaint no deadline applies to: the greatest instant a JavaScript date can hold
 * (year 275760), so undated complaints sort after every real deadline (a null would sort first).
 */
export const NO_DEADLINE = 8_640_000_000_000_000

/**
 * The instant that orders `c` in work lists: the deadline supervision watches now (V1), or
 * NO_DEADLINE. An emergency nobody has acknowledged yet (issue 14, H1-E) goes before every
 * deadline — the oldest first —, its key moved below zero by NO_DEADLINE; the acknowledgement's
 * change writes the deadline back.
 */
export function dueAtOf(c: Complaint): number {
  if (c.alert?.state === 'open') return c.alert.raisedAt - NO_DEADLINE
  return activeDeadline(c)?.at ?? NO_DEADLINE
}

/** Sort of deadline-ordered lists: the deadline, then creation, then id (each ascending). */
export const BY_DEADLINE: [string, 'asc' | 'desc'][] = [
  ['dueAt', 'asc'],
  ['createdAt', 'asc'],
  ['_id', 'asc'],
]

/** Sort of history lists: newest first, then by id. */
export const NEWEST_FIRST: [string, 'asc' | 'desc'][] = [
  ['createdAt', 'desc'],
  ['_id', 'desc'],
]
