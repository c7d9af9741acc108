/**
 * The lifecycle's states in the groups the rules, the work queues, the timer, the reports and the
 * mini-program speak of — named once, here (shared kernel: the client may import them).
 * Each group is what the transition table (cloudfunctions/complaint/domain/lifecycle.ts) implies;
 * test/domain/status-groups.test.ts proves every one of them against the table.
 *
 * The five phase groups — BEFORE_DISPATCH, WITH_DEPARTMENT, AWAITING_RATING, ESCALATED, TERMINAL —
 * split the states without overlap; the others are unions of them.
 */
import type { Status } from './vocabulary'

/**
 * A1–A4, H1: received, not yet with a department — to confirm (A3), accept or refuse (A4), and
 * dispatch (H1). The first-contact owner is accountable meanwhile (G3-P4).
 */
export const BEFORE_DISPATCH: readonly Status[] = ['awaiting_confirmation', 'submitted', 'accepted']

/** H1–H3: with a department — to take, investigate, plan or handle; back there after a first dissatisfied rating (F3). */
export const WITH_DEPARTMENT: readonly Status[] = ['dispatched', 'investigating', 'plan_pending', 'handling', 'reopened']

/** H2: waiting for a handler of the department to take it (or its supervisor to assign it). */
export const TO_TAKE: readonly Status[] = ['dispatched', 'reopened']

/** F1, F2: the result given, waiting for the complainant's rating or a return visit. */
export const AWAITING_RATING: readonly Status[] = ['resolved', 'return_visit']

/** F3: with the office manager after a second dissatisfied rating. */
export const ESCALATED: readonly Status[] = ['escalated']

/** A4, F2–F4, C3: nothing happens any more — refused, closed, or withdrawn by the complainant. */
export const TERMINAL: readonly Status[] = ['refused', 'closed', 'withdrawn']

/** V1: a clock supervision watches is running — dispatch from acceptance (H1), then response and handling (H4). */
export const SUPERVISED: readonly Status[] = ['accepted', ...WITH_DEPARTMENT]

/** V1, F2, F4: what the timer looks at — running clocks, and results waiting for a rating. */
export const WATCHED_BY_TIMER: readonly Status[] = [...SUPERVISED, ...AWAITING_RATING]

/** Open as the complainant sees it: still being worked on — neither finished nor waiting for their rating. */
export const IN_PROGRESS: readonly Status[] = [...BEFORE_DISPATCH, ...WITH_DEPARTMENT, ...ESCALATED]

/** H1, F2: the customer service center's queue — to confirm, accept or dispatch, and return visits due. */
export const CUSTOMER_SERVICE_QUEUE: readonly Status[] = [...BEFORE_DISPATCH, 'return_visit']

/**
 * S1: the latest result stands (it was not sent back to handling) — waiting for a rating, with the
 * manager after a second dissatisfied rating, or closed. What the report's facts count results in.
 */
export const RESULT_STANDS: readonly Status[] = [...AWAITING_RATING, ...ESCALATED, 'closed']
