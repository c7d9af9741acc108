/**
 * The status groups of shared/status-groups.ts are what the transition table implies: each is
 * computed here from the table (and from the clocks, for SUPERVISED) and must equal the data the
 * client, the queues, the timer and the reports use. A change to the table that moves a group
 * fails here until the group says the same.
 */
import { activeDeadline } from '../../cloudfunctions/complaint/domain/deadlines'
import { TRANSITIONS } from '../../cloudfunctions/complaint/domain/lifecycle'
import type { ActionName } from '../../cloudfunctions/complaint/domain/validation'
import * as G from '@shared/status-groups'
import { STATUSES, type Status } from '@shared/vocabulary'
import { complaint, NOW } from './fixtures'

const ALL = Object.keys(STATUSES) as Status[]
/** States in table order, so groups compare as sets. */
const set = (states: readonly Status[]) => ALL.filter((s) => states.includes(s))
const fromOf = (...actions: ActionName[]): Status[] =>
  set(TRANSITIONS.filter((t) => actions.includes(t.action)).flatMap((t) => (t.from === 'new' ? [] : t.from)))
const fromWhere = (pick: (t: (typeof TRANSITIONS)[number]) => boolean): Status[] =>
  set(TRANSITIONS.filter(pick).flatMap((t) => (t.from === 'new' ? [] : t.from)))
const minus = (a: readonly Status[], b: readonly Status[]) => a.filter((s) => !b.includes(s))

describe('status groups, proven against the transition table', () => {
  it('TERMINAL is exactly the states no transition leaves (A4 refused, F2–F4 closed); records that keep the status (W3, W4) leave none', () => {
    const left = fromWhere((t) => !t.keepsStatus)
    expect(set(G.TERMINAL)).toEqual(minus(ALL, left))
  })

  it('BEFORE_DISPATCH is where customer service accepts, refuses or dispatches (A2-3, A4, H1)', () => {
    expect(set(G.BEFORE_DISPATCH)).toEqual(fromOf('accept', 'refuse', 'dispatch'))
  })

  it('WITH_DEPARTMENT is where the department’s own people — its members and the assignee — have a move (H2, H3)', () => {
    expect(set(G.WITH_DEPARTMENT)).toEqual(fromWhere((t) => t.by.includes('department_member') || t.by.includes('assignee')))
  })

  it('TO_TAKE is where a handler of the department may take the complaint (H2)', () => {
    expect(set(G.TO_TAKE)).toEqual(fromOf('take'))
  })

  it('AWAITING_RATING is where the complainant may rate the result (F2)', () => {
    expect(set(G.AWAITING_RATING)).toEqual(fromOf('rate'))
  })

  it('ESCALATED is where only the manager’s final reply closes the complaint (F3)', () => {
    expect(set(G.ESCALATED)).toEqual(fromOf('final_reply'))
  })

  it('the phase groups split every state exactly once', () => {
    const phases = [G.BEFORE_DISPATCH, G.WITH_DEPARTMENT, G.AWAITING_RATING, G.ESCALATED, G.TERMINAL].flat()
    expect([...phases].sort()).toEqual([...ALL].sort())
  })

  it('SUPERVISED is exactly the states in which supervision finds a running clock (V1, H1, H4)', () => {
    const clocks = { dispatchDueAt: NOW, responseDueAt: NOW, handlingDueAt: NOW, returnVisitDueAt: NOW, autoCloseAt: NOW }
    const running = ALL.filter((status) => activeDeadline(complaint({ status, deadlines: clocks })) !== null)
    expect(set(G.SUPERVISED)).toEqual(running)
    expect(set(G.SUPERVISED)).toEqual(fromOf('warn_deadline'))
    expect(set(G.SUPERVISED)).toEqual(fromOf('escalate'))
  })

  it('WATCHED_BY_TIMER is every state a timer action leaves (V1, F2, F4)', () => {
    expect(set(G.WATCHED_BY_TIMER)).toEqual(fromWhere((t) => t.by.includes('system')))
  })

  it('IN_PROGRESS is every state that is neither finished nor waiting for the complainant’s rating', () => {
    expect(set(G.IN_PROGRESS)).toEqual(minus(minus(ALL, G.TERMINAL), G.AWAITING_RATING))
  })

  it('CUSTOMER_SERVICE_QUEUE is before dispatch, plus the return visits the timer marked due (H1, F2)', () => {
    const visitsDue = minus(fromOf('record_return_visit'), fromOf('mark_return_visit_due'))
    expect(visitsDue).toEqual(['return_visit'])
    expect(set(G.CUSTOMER_SERVICE_QUEUE)).toEqual(set([...fromOf('accept', 'refuse', 'dispatch'), ...visitsDue]))
  })

  it('RESULT_STANDS is where the latest result was not sent back to handling: rated or to rate, with the manager, or closed (S1)', () => {
    const sentBack = fromWhere((t) => t.by.includes('department_member'))
    expect(set(G.RESULT_STANDS)).toEqual(set([...fromOf('rate', 'final_reply'), 'closed']))
    expect(G.RESULT_STANDS.filter((s) => sentBack.includes(s))).toEqual([])
  })
})
