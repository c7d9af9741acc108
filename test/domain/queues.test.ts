/**
 * The work queues (domain/queues.ts): which list shows which complaints to whom, and who may not
 * open a list at all.
 */
import { disclosureOf, opens } from '../../cloudfunctions/complaint/domain/disclosure'
import type { Complaint } from '../../cloudfunctions/complaint/domain/model'
import { personRef, type Actor } from '../../cloudfunctions/complaint/domain/policy'
import { defaultScope, queueFor, QUEUES, type QueueTerm, type Scope } from '../../cloudfunctions/complaint/domain/queues'
import { AWAITING_RATING, BEFORE_DISPATCH, CUSTOMER_SERVICE_QUEUE, TO_TAKE, WITH_DEPARTMENT } from '@shared/status-groups'
import { CAST, complaint, PEOPLE } from './fixtures'

const forbidden = expect.objectContaining({ code: 'FORBIDDEN' })

describe('who opens which list', () => {
  it.each([
    ['mine', ['complainant']],
    ['tasks', ['assignee', 'colleague', 'supervisor', 'csSupervisor', 'firstContact', 'outsider', 'otherSupervisor', 'manager']],
    ['queue', ['agent', 'csSupervisor', 'manager']],
    ['approvals', ['supervisor', 'csSupervisor', 'otherSupervisor', 'manager']],
    ['escalated', ['manager']],
    ['all', ['agent', 'csSupervisor', 'manager']],
  ] as const)('%s opens for %j and no one else', (scope, who) => {
    const people = (Object.keys(CAST) as (keyof typeof CAST)[]).filter((n) => n !== 'system' && n !== 'otherResident')
    const opens = people.filter((n) => {
      try {
        return !!queueFor(scope, CAST[n])
      } catch (e) {
        expect(e).toEqual(forbidden)
        return false
      }
    })
    expect(opens.sort()).toEqual([...who].sort())
  })

  it('refuses a list it does not know, even one named like a built-in property', () => {
    expect(() => queueFor('archive', CAST.manager)).toThrow(expect.objectContaining({ code: 'FORBIDDEN', message: '未知的列表' }))
    expect(() => queueFor('toString', CAST.manager)).toThrow(expect.objectContaining({ message: '未知的列表' }))
  })

  it('opens a resident’s own complaints by default, and staff’s tasks', () => {
    expect(defaultScope('resident')).toBe('mine')
    expect(defaultScope('handler')).toBe('tasks')
    expect(defaultScope('manager')).toBe('tasks')
  })
})

describe('what each list holds', () => {
  it('A1: a resident’s list is every complaint they made, newest first', () => {
    expect(queueFor('mine', CAST.complainant)).toEqual({
      scope: 'mine',
      terms: [{ match: 'complainant' }],
      order: 'newest',
      byCategory: false,
      notAboutCaller: false,
    })
  })

  it('H2, G3-P4: a handler’s tasks are theirs while with the department, the department’s waiting to be taken, and what they received first until dispatch', () => {
    expect(queueFor('tasks', CAST.assignee).terms).toEqual([
      { match: 'assignee', statuses: WITH_DEPARTMENT },
      { match: 'department', statuses: TO_TAKE },
      { match: 'first_contact', statuses: BEFORE_DISPATCH },
    ])
  })

  it('H1, V1: a supervisor’s tasks are the department’s complaints with it or escalated from it, and what they received first', () => {
    expect(queueFor('tasks', CAST.supervisor).terms).toEqual([
      { match: 'department', statuses: [...WITH_DEPARTMENT, 'escalated'] },
      { match: 'first_contact', statuses: BEFORE_DISPATCH },
    ])
  })

  it('the customer service supervisor opens tasks as a supervisor, and the queue and the full list as customer service', () => {
    expect(queueFor('tasks', CAST.csSupervisor).terms[0]).toEqual({ match: 'department', statuses: [...WITH_DEPARTMENT, 'escalated'] })
    expect(queueFor('queue', CAST.csSupervisor).terms).toEqual([
      { statuses: CUSTOMER_SERVICE_QUEUE },
      { statuses: WITH_DEPARTMENT, alertPending: true },
    ])
    expect(queueFor('all', CAST.csSupervisor)).toMatchObject({ terms: [{}], byCategory: true, order: 'newest' })
  })

  it('H1, F2: the customer service queue holds what waits for confirmation, acceptance or dispatch, and return visits due — not results waiting for a rating', () => {
    const { terms } = queueFor('queue', CAST.agent)
    expect(terms).toEqual([{ statuses: [...BEFORE_DISPATCH, 'return_visit'] }, { statuses: WITH_DEPARTMENT, alertPending: true }])
    expect(terms[0].statuses).not.toContain(AWAITING_RATING[0])
  })

  it('H3-PLAN, H3-EXT: approvals are decisions awaited in the supervisor’s department, or anywhere for the manager', () => {
    expect(queueFor('approvals', CAST.supervisor).terms).toEqual([{ match: 'department', awaitingDecision: true }])
    expect(queueFor('approvals', CAST.manager).terms).toEqual([{ awaitingDecision: true }])
  })

  it('orders work lists by deadline and history lists newest first; only the full list narrows by category', () => {
    expect(Object.fromEntries(Object.entries(QUEUES).map(([k, q]) => [k, [q.order, !!q.byCategory]]))).toEqual({
      mine: ['newest', false],
      tasks: ['deadline', false],
      queue: ['deadline', false],
      approvals: ['deadline', false],
      escalated: ['deadline', false],
      all: ['newest', true],
    })
  })
})

/** A complaint of the fixture that meets `term` for `actor` (the fields the repository's query reads). */
function meeting(term: QueueTerm, actor: Actor): Complaint {
  const c = complaint({ status: term.awaitingDecision ? 'plan_pending' : (term.statuses?.[0] ?? 'dispatched') })
  if (term.match === 'complainant') c.complainant = { ...c.complainant, openid: actor.openid }
  if (term.match === 'assignee') c.assignee = personRef(actor)
  if (term.match === 'department') c.departmentCode = actor.departmentCode
  if (term.match === 'first_contact') c.firstContact = { ...personRef(actor), at: c.createdAt }
  return c
}

describe('what the query leaves out (the list filters nothing after it, so totals and pages are right)', () => {
  it('G3-P5, H2-S: every list but a resident’s own leaves out complaints about the caller', () => {
    expect(
      Object.keys(QUEUES).map((scope) => [scope, queueFor(scope, scope === 'mine' ? CAST.complainant : CAST.manager).notAboutCaller]),
    ).toEqual([
      ['mine', false],
      ['tasks', true],
      ['queue', true],
      ['approvals', true],
      ['escalated', true],
      ['all', true],
    ])
  })

  it('G3-P5: whatever meets a term of a caller’s queue is a complaint that caller may open', () => {
    for (const scope of Object.keys(QUEUES) as Scope[])
      for (const who of PEOPLE) {
        let terms: QueueTerm[]
        try {
          terms = queueFor(scope, CAST[who]).terms
        } catch {
          continue
        }
        for (const term of terms) expect([scope, who, opens(disclosureOf(meeting(term, CAST[who]), CAST[who]))]).toEqual([scope, who, true])
      }
  })
})
