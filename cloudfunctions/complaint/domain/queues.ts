/**
 * The work queues: which list (`scope` of complaint.list) shows which complaints to whom — one
 * table, built from the status groups (shared/status-groups.ts). The complaints repository turns
 * a queue's terms into a database query; the list use case only picks the queue.
 */
import { forbidden } from './errors'
import { isCustomerService, type Actor } from './policy'
import { BEFORE_DISPATCH, CUSTOMER_SERVICE_QUEUE, ESCALATED, TO_TAKE, WITH_DEPARTMENT } from '@shared/status-groups'
import type { Role, Status } from '@shared/vocabulary'

/** The lists of complaint.list (docs/API.md). */
export type Scope = 'mine' | 'tasks' | 'queue' | 'approvals' | 'escalated' | 'all'

/** How a complaint names the caller: as its complainant, its assignee, by its department, as its first-contact owner. */
export type Match = 'complainant' | 'assignee' | 'department' | 'first_contact'

/** One way into a queue: complaints naming the caller by `match` (any complaint when absent) in `statuses` (any when absent). */
export interface QueueTerm {
  match?: Match
  statuses?: readonly Status[]
  /** H3-PLAN, H3-EXT: only complaints whose plan or extension waits for a decision. */
  awaitingDecision?: boolean
  /** H1-E, issue 14: only emergencies nobody acknowledged yet, or customer service has yet to confirm or clear. */
  alertPending?: boolean
}

/** One caller's queue. */
export interface WorkQueue {
  scope: Scope
  /** A complaint is in the queue when it meets any term. */
  terms: QueueTerm[]
  /** `deadline`: the deadline that applies now, soonest first (work lists); `newest`: newest first (history). Both paged by the database (list-order.ts). */
  order: 'deadline' | 'newest'
  /** Whether the list narrows by category too (every list narrows by status). */
  byCategory: boolean
  /**
   * G3-P5, H2-S: whether complaints about the caller are left out — of every list but a
   * resident's own, since the accused may not handle them (the query does it, so totals and pages
   * stay right).
   */
  notAboutCaller: boolean
}

/** Who opens a queue: a role, or customer service (agents and the customer service center's supervisors, H1). */
type Viewer = Role | 'customer_service'

/** G3-P4: what a staff member received first stays in their list until it is dispatched. */
const FIRST_CONTACT: QueueTerm = { match: 'first_contact', statuses: BEFORE_DISPATCH }
/** H1-E, issue 14: a flagged emergency stays in customer service's queue until acknowledged and confirmed or cleared. */
const ALERT_PENDING: QueueTerm = { statuses: WITH_DEPARTMENT, alertPending: true }
/** H1–H3, F3: everything with a department, and what went to the manager. */
const HANDLING_OR_ESCALATED = [...WITH_DEPARTMENT, ...ESCALATED]

interface QueueDefinition {
  order: WorkQueue['order']
  byCategory?: boolean
  /** The terms per kind of caller; a caller of no kind listed may not open the queue. */
  viewers: Partial<Record<Viewer, QueueTerm[]>>
}

/** THE table: per scope, who sees which complaints. */
export const QUEUES: Record<Scope, QueueDefinition> = {
  // A1: a resident's own complaints, whatever their state.
  mine: { order: 'newest', viewers: { resident: [{ match: 'complainant' }] } },
  tasks: {
    order: 'deadline',
    viewers: {
      // H2: assigned to them while with the department; the department's waiting to be taken; G3-P4.
      handler: [{ match: 'assignee', statuses: WITH_DEPARTMENT }, { match: 'department', statuses: TO_TAKE }, FIRST_CONTACT],
      // H1, V1: their department's, including what was escalated from it; G3-P4.
      supervisor: [{ match: 'department', statuses: HANDLING_OR_ESCALATED }, FIRST_CONTACT],
      manager: [{ statuses: HANDLING_OR_ESCALATED }],
    },
  },
  // H1, F2: to confirm, accept or dispatch, and return visits due.
  queue: {
    order: 'deadline',
    viewers: {
      customer_service: [{ statuses: CUSTOMER_SERVICE_QUEUE }, ALERT_PENDING],
      manager: [{ statuses: CUSTOMER_SERVICE_QUEUE }, ALERT_PENDING],
    },
  },
  // H3-PLAN, H3-EXT: decisions a supervisor (their department's) or the manager owes.
  approvals: {
    order: 'deadline',
    viewers: { supervisor: [{ match: 'department', awaitingDecision: true }], manager: [{ awaitingDecision: true }] },
  },
  // F3: with the manager after a second dissatisfied rating.
  escalated: { order: 'deadline', viewers: { manager: [{ statuses: ESCALATED }] } },
  // Every complaint, newest first, for those who may see them all.
  all: { order: 'newest', byCategory: true, viewers: { customer_service: [{}], manager: [{}] } },
}

/** The list a caller opens when they name none. */
export function defaultScope(role: Role | 'system'): Scope {
  return role === 'resident' ? 'mine' : 'tasks'
}

/**
 * The queue `scope` as `actor` sees it: the terms for their role, else for customer service.
 * @throws AppError FORBIDDEN for an unknown list or one the actor may not open.
 */
export function queueFor(scope: string, actor: Actor): WorkQueue {
  const def = Object.prototype.hasOwnProperty.call(QUEUES, scope) ? QUEUES[scope as Scope] : undefined
  if (!def) throw forbidden('未知的列表')
  const kinds: Viewer[] = actor.role === 'system' ? [] : [actor.role]
  if (isCustomerService(actor)) kinds.push('customer_service')
  const terms = kinds.map((k) => def.viewers[k]).find((t) => t !== undefined)
  if (!terms) throw forbidden()
  return { scope: scope as Scope, terms, order: def.order, byCategory: !!def.byCategory, notAboutCaller: scope !== 'mine' }
}
