/**
 * The transition table (domain/lifecycle.ts) as the procedure reads: for every action, who may
 * take it and from which states — proven on real people around a complaint, not by rereading
 * the table — and how a request that breaks a rule is refused.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import {
  allowedActions,
  blockedActions,
  decide,
  TRANSITIONS,
  transitionFor,
  unavailableReason,
} from '../../cloudfunctions/complaint/domain/lifecycle'
import type { Complaint } from '../../cloudfunctions/complaint/domain/model'
import { personRef } from '../../cloudfunctions/complaint/domain/policy'
import { schemas, type ActionName } from '../../cloudfunctions/complaint/domain/validation'
import { ACTION_LABELS, STATUSES, type Status } from '@shared/vocabulary'
import { CAST, complaint, ctx, HOUR, NOW, PEOPLE, type CastName } from './fixtures'

const ALL_STATUSES = Object.keys(STATUSES) as Status[]
const procedure = readFileSync(join(__dirname, '../../docs/spec/PROCEDURE.md'), 'utf8')

/** The people of the cast who may take `action` on `c` now. */
const whoMay = (action: ActionName, c: Complaint): CastName[] => PEOPLE.filter((n) => unavailableReason(c, action, ctx(CAST[n])) === null)

/** The states in which someone of the cast may take `action` on a complaint otherwise like `c`. */
const statesOf = (action: ActionName, c: Complaint): Status[] => ALL_STATUSES.filter((s) => whoMay(action, { ...c, status: s }).length > 0)

const WITH_DEPARTMENT: Status[] = ['dispatched', 'investigating', 'plan_pending', 'handling', 'reopened']
const subject = { name: '吴芳', openid: CAST.outsider.openid }
const statement = { text: '当天在其他楼栋作业', files: [], recordedBy: personRef(CAST.supervisor), at: NOW }
/** An emergency's alert chain that nobody has acknowledged, flagged by the rules, not yet judged by customer service. */
const openAlert = {
  source: 'detected' as const,
  rules: [{ id: 'elevator_trapped', name: '电梯困人', words: ['电梯困人'] }],
  setAside: [],
  hints: ['elevator_rescue'],
  state: 'open' as const,
  review: 'pending' as const,
  raisedAt: NOW,
  step: 0,
  nextAt: NOW + 5 * 60_000,
}
/** Filed, accepted and dispatched a week ago with nothing since, the deadline past (C2). */
const quiet: Partial<Complaint> = {
  createdAt: NOW - 7 * 24 * HOUR,
  acceptedAt: NOW - 7 * 24 * HOUR,
  dispatchedAt: NOW - 7 * 24 * HOUR,
  deadlines: { dispatchDueAt: NOW - 6 * 24 * HOUR, handlingDueAt: NOW - HOUR },
}
const pendingExtension = {
  newDeadline: '2026-12-08',
  reason: '需更换地砖',
  status: 'pending' as const,
  requestedBy: personRef(CAST.assignee),
  requestedAt: NOW,
}

/** A 12345 work order (W1), and one already answered to the hotline (W3). */
const workOrder: Partial<Complaint> = { channel: 'hotline', hotline: { orderNo: 'GD2026113000123', dueAt: NOW + 24 * HOUR } }
const answered: Partial<Complaint> = {
  channel: 'hotline',
  hotline: { ...workOrder.hotline!, reply: { text: '已处理', at: NOW, by: personRef(CAST.agent), recordedAt: NOW } },
}

/** [action, clauses, the complaint it is tried on, who may take it, from which states]. */
const TABLE: [ActionName, string, Partial<Complaint>, CastName[], Status[]][] = [
  [
    'confirm',
    'A3',
    { status: 'awaiting_confirmation', confirmation: { required: true } },
    ['complainant', 'agent', 'csSupervisor', 'firstContact'],
    ['awaiting_confirmation', 'accepted', ...WITH_DEPARTMENT],
  ],
  ['accept', 'A2-3, H1, G3-P4', { status: 'submitted' }, ['agent', 'csSupervisor', 'manager'], ['submitted']],
  ['refuse', 'A4', { status: 'submitted' }, ['agent', 'csSupervisor', 'manager'], ['awaiting_confirmation', 'submitted']],
  ['dispatch', 'H1', { status: 'accepted' }, ['agent', 'csSupervisor', 'manager'], ['accepted']],
  [
    'transfer',
    'H1',
    { status: 'dispatched' },
    ['agent', 'csSupervisor', 'supervisor', 'manager'],
    ['dispatched', 'investigating', 'reopened', 'escalated'],
  ],
  ['take', 'H2, H4-3', { status: 'dispatched' }, ['assignee', 'colleague', 'supervisor'], ['dispatched', 'reopened']],
  ['assign', 'H1', { status: 'dispatched' }, ['supervisor', 'manager'], ['dispatched', 'investigating', 'reopened']],
  ['add_note', 'H2', { status: 'investigating' }, ['assignee', 'supervisor'], ['investigating', 'plan_pending', 'handling']],
  [
    'record_statement',
    'H2-S',
    { status: 'investigating', subjectStaff: subject },
    ['assignee', 'supervisor'],
    ['investigating', 'handling'],
  ],
  ['set_mode', 'H3', { status: 'investigating' }, ['assignee'], ['investigating']],
  ['submit_plan', 'H3-PLAN', { status: 'investigating' }, ['assignee'], ['investigating', 'handling']],
  ['approve_plan', 'H3-PLAN', { status: 'plan_pending' }, ['supervisor', 'manager'], ['plan_pending']],
  ['return_plan', 'H3-PLAN', { status: 'plan_pending' }, ['supervisor', 'manager'], ['plan_pending']],
  ['request_extension', 'H3-EXT', { status: 'handling' }, ['assignee'], ['investigating', 'plan_pending', 'handling']],
  [
    'approve_extension',
    'H3-EXT',
    { status: 'handling', extension: pendingExtension },
    ['supervisor', 'manager'],
    ['investigating', 'plan_pending', 'handling'],
  ],
  [
    'reject_extension',
    'H3-EXT',
    { status: 'handling', extension: pendingExtension },
    ['supervisor', 'manager'],
    ['investigating', 'plan_pending', 'handling'],
  ],
  ['give_result', 'F1, H3', { status: 'handling' }, ['assignee'], ['investigating', 'handling']],
  ['rate', 'F2, F3', { status: 'resolved' }, ['complainant'], ['resolved', 'return_visit']],
  ['record_return_visit', 'F2, F3', { status: 'return_visit' }, ['agent', 'csSupervisor', 'manager'], ['resolved', 'return_visit']],
  ['final_reply', 'F3', { status: 'escalated' }, ['manager'], ['escalated']],
  // Issue 14 (no roster: the whole department and customer service were alerted, so all of them are on the chain).
  [
    'acknowledge_emergency',
    'H1-E, H4-3',
    { emergency: true, tier: 'emergency', alert: openAlert },
    ['agent', 'csSupervisor', 'assignee', 'colleague', 'supervisor', 'manager'],
    WITH_DEPARTMENT,
  ],
  [
    'confirm_emergency',
    'H1-E',
    { emergency: true, tier: 'emergency', alert: openAlert },
    ['agent', 'csSupervisor', 'manager'],
    WITH_DEPARTMENT,
  ],
  [
    'clear_emergency',
    'H1-E',
    { emergency: true, tier: 'emergency', alert: openAlert },
    ['agent', 'csSupervisor', 'manager'],
    WITH_DEPARTMENT,
  ],
  [
    'summarise_allegation',
    'H2-S, G3-P5',
    { status: 'investigating', subjectStaff: subject },
    ['agent', 'csSupervisor', 'assignee', 'supervisor', 'manager'],
    WITH_DEPARTMENT,
  ],
  [
    'add_info',
    'C1, F3',
    { status: 'investigating' },
    ['complainant'],
    ['awaiting_confirmation', 'submitted', 'accepted', ...WITH_DEPARTMENT, 'resolved', 'return_visit', 'escalated'],
  ],
  // Quiet for days and the deadline past: urging is open wherever the table allows it.
  ['urge', 'C2, V1', { status: 'investigating', ...quiet }, ['complainant'], ['submitted', 'accepted', ...WITH_DEPARTMENT, 'escalated']],
  ['withdraw', 'C3', { status: 'investigating' }, ['complainant'], ['awaiting_confirmation', 'submitted', 'accepted', ...WITH_DEPARTMENT]],
  // W3, W4: records of the exchange with the 12345 hotline, in any state (a refused or closed order is answered too).
  ['hotline_reply', 'W3', { status: 'investigating', ...workOrder }, ['agent', 'csSupervisor', 'firstContact', 'manager'], ALL_STATUSES],
  ['hotline_satisfaction', 'W4', { status: 'closed', ...answered }, ['agent', 'csSupervisor', 'firstContact', 'manager'], ALL_STATUSES],
]

const ROWS = TABLE.map(([action, clauses, state, who, from]) => ({ action, clauses, state, who, from, people: who.join(', ') }))

describe('the transition table: who may take each action, and from which states', () => {
  it.each(ROWS)('$clauses: given a complaint it applies to, $action is open to exactly $people', ({ action, state, who }) => {
    expect(whoMay(action, complaint(state))).toEqual(who)
  })

  it.each(ROWS)('$clauses: $action is open in its states and no other', ({ action, state, from }) => {
    expect(statesOf(action, complaint(state))).toEqual(ALL_STATUSES.filter((s) => from.includes(s)))
  })

  it('covers every action a person can take, and only the system takes its own (V1, F2, F4; issue 18 share_result)', () => {
    const byPeople = TRANSITIONS.filter((t) => t.from !== 'new' && !t.by.includes('system')).map((t) => t.action)
    expect(TABLE.map(([a]) => a).sort()).toEqual([...byPeople].sort())
    const timer = TRANSITIONS.filter((t) => t.by.includes('system')).map((t) => t.action)
    expect(timer.sort()).toEqual([
      'close_no_response',
      'escalate',
      'escalate_emergency',
      'mark_return_visit_due',
      'share_result',
      'warn_deadline',
    ])
    for (const t of TRANSITIONS.filter((x) => x.by.includes('system'))) expect(t.by).toEqual(['system'])
  })

  it('A1: a resident files a complaint, and staff of every role register one on a complainant’s behalf', () => {
    expect(transitionFor('submit')).toMatchObject({ from: 'new', roles: ['resident'] })
    expect(transitionFor('register')).toMatchObject({ from: 'new', roles: ['agent', 'handler', 'supervisor', 'manager'] })
  })

  it('gives every action a label, an input schema and clauses the procedure defines', () => {
    const actions = TRANSITIONS.map((t) => t.action).sort()
    // Labels without a transition, events on the timeline only: the system's recount of 暂定 deadlines (H4),
    // and linking to or unlinking from a matter (issue 18), which changes no state.
    expect(Object.keys(ACTION_LABELS).sort()).toEqual([...actions, 'recount_deadlines', 'link_matter', 'unlink_matter'].sort())
    expect(Object.keys(schemas).sort()).toEqual(actions)
    for (const t of TRANSITIONS) {
      expect(t.clauses.length).toBeGreaterThan(0)
      for (const id of t.clauses) expect(procedure).toMatch(new RegExp(`\\b${id}\\b`))
    }
  })
})

describe('who is offered nothing', () => {
  const everyState = (c: Partial<Complaint>) => ALL_STATUSES.map((status) => complaint({ ...c, status, confirmation: { required: true } }))

  it('G3-P5: the staff member a complaint is about is offered no action on it, in any state', () => {
    for (const c of everyState({ subjectStaff: { name: '张洁', openid: CAST.assignee.openid } }))
      expect(allowedActions(c, ctx(CAST.assignee))).toEqual([])
  })

  it('G3-P5: another resident, and staff of other departments, are offered nothing in any state', () => {
    for (const c of everyState({}))
      for (const n of ['otherResident', 'outsider', 'otherSupervisor'] as const) expect(allowedActions(c, ctx(CAST[n]))).toEqual([])
  })

  it('given a refused, closed or withdrawn complaint, nobody is offered anything; in every other state somebody is (C3)', () => {
    for (const c of everyState({ extension: pendingExtension })) {
      const offered = PEOPLE.flatMap((n) => allowedActions(c, ctx(CAST[n])))
      if (c.status === 'refused' || c.status === 'closed' || c.status === 'withdrawn') expect(offered).toEqual([])
      else expect(offered.length).toBeGreaterThan(0)
    }
  })

  it('never offers the timer’s actions to a person, and refuses a person’s action to the timer', () => {
    const timer = TRANSITIONS.filter((t) => t.by.includes('system')).map((t) => t.action)
    for (const c of everyState({ deadlines: { handlingDueAt: NOW - 1, returnVisitDueAt: NOW - 1, autoCloseAt: NOW - 1 } }))
      for (const n of PEOPLE) expect(allowedActions(c, ctx(CAST[n])).filter((a) => timer.includes(a))).toEqual([])
    expect(() => decide(complaint({ status: 'submitted' }), 'accept', {}, ctx(CAST.system))).toThrow(
      expect.objectContaining({ code: 'FORBIDDEN' }),
    )
  })
})

describe('availability beyond state and relation', () => {
  it('A3: confirmation is offered only while a required confirmation is missing', () => {
    const waiting = complaint({ status: 'awaiting_confirmation', confirmation: { required: true } })
    const own = (c: Complaint) => allowedActions(c, ctx(CAST.complainant)).filter((a) => a === 'confirm')
    expect(own(waiting)).toEqual(['confirm'])
    const confirmed = { ...waiting, confirmation: { required: true, method: 'miniprogram' as const, at: NOW } }
    expect(own(confirmed)).toEqual([])
    expect(own({ ...waiting, confirmation: { required: false } })).toEqual([])
  })

  it('H2-S: given a complaint about a staff member, the assignee sees mode, plan and result blocked until the statement is recorded', () => {
    const c = complaint({ status: 'investigating', subjectStaff: subject })
    const reason = '需先记录被投诉员工本人的陈述和申辩'
    expect(blockedActions(c, ctx(CAST.assignee))).toEqual([
      { action: 'set_mode', reason },
      { action: 'submit_plan', reason },
      { action: 'give_result', reason },
    ])
    expect(allowedActions(c, ctx(CAST.assignee))).toEqual(['add_note', 'record_statement', 'request_extension', 'summarise_allegation'])
    const heard = { ...c, statement }
    expect(blockedActions(heard, ctx(CAST.assignee))).toEqual([])
    expect(allowedActions(heard, ctx(CAST.assignee))).toEqual(
      expect.arrayContaining(['set_mode', 'submit_plan', 'give_result', 'record_statement']),
    )
  })

  it('H2-S: the statement is not asked for when the complaint is about no staff member', () => {
    expect(allowedActions(complaint({ status: 'investigating' }), ctx(CAST.assignee))).not.toContain('record_statement')
  })

  it('H3-EXT: while an extension waits for a decision the handler cannot ask again, and the supervisor can decide it', () => {
    const c = complaint({ status: 'handling', extension: pendingExtension })
    expect(blockedActions(c, ctx(CAST.assignee))).toEqual([{ action: 'request_extension', reason: '已有待审批的延期申请' }])
    expect(allowedActions(c, ctx(CAST.supervisor))).toEqual(expect.arrayContaining(['approve_extension', 'reject_extension']))
    expect(allowedActions(complaint({ status: 'handling' }), ctx(CAST.supervisor))).not.toContain('approve_extension')
  })

  it('F2: the timer marks a return visit due only once the return-visit deadline has passed', () => {
    const c = complaint({ status: 'resolved', deadlines: { returnVisitDueAt: NOW } })
    expect(unavailableReason(c, 'mark_return_visit_due', ctx(CAST.system, NOW))).toBe('未到回访期限')
    expect(unavailableReason(c, 'mark_return_visit_due', ctx(CAST.system, NOW + 1))).toBeNull()
  })

  it('F4: the timer closes an unrated complaint from the moment the no-response period ends', () => {
    const c = complaint({ status: 'return_visit', deadlines: { autoCloseAt: NOW } })
    expect(unavailableReason(c, 'close_no_response', ctx(CAST.system, NOW - 1))).toBe('未满评价期限')
    expect(unavailableReason(c, 'close_no_response', ctx(CAST.system, NOW))).toBeNull()
  })
})

describe('decide refuses a request that breaks the table', () => {
  it('refuses someone without a relation to the complaint before looking at its state (FORBIDDEN)', () => {
    expect(() => decide(complaint({ status: 'closed' }), 'take', {}, ctx(CAST.outsider))).toThrow(
      expect.objectContaining({ code: 'FORBIDDEN' }),
    )
  })

  it('refuses an action from a state it does not leave, naming the state (INVALID_STATE)', () => {
    expect(() => decide(complaint({ status: 'resolved' }), 'take', {}, ctx(CAST.assignee))).toThrow(
      expect.objectContaining({ code: 'INVALID_STATE', message: expect.stringContaining('已办结待评价') }),
    )
  })

  it('refuses an action with nothing to act on (GUARD_FAILED), and one a guard blocks, with its reason', () => {
    expect(() => decide(complaint({ status: 'handling' }), 'approve_extension', {}, ctx(CAST.supervisor))).toThrow(
      expect.objectContaining({ code: 'GUARD_FAILED', message: expect.stringContaining('批准延期') }),
    )
    const c = complaint({ status: 'investigating', subjectStaff: subject })
    expect(() => decide(c, 'give_result', { summary: '已处理', files: [], coordinatingDepartments: [] }, ctx(CAST.assignee))).toThrow(
      expect.objectContaining({ code: 'GUARD_FAILED', message: '需先记录被投诉员工本人的陈述和申辩' }),
    )
  })

  it('treats the creating actions as unknown on an existing complaint', () => {
    expect(unavailableReason(complaint(), 'submit', ctx(CAST.complainant))).toBe('未知的操作')
    expect(() => decide(complaint(), 'register', {}, ctx(CAST.agent))).toThrow(expect.objectContaining({ code: 'INVALID_STATE' }))
  })

  it('applies the effect when every rule holds: H2 the assignee takes a dispatched complaint', () => {
    const o = decide(complaint({ status: 'dispatched', assignee: undefined }), 'take', {}, ctx(CAST.colleague))
    expect(o).toMatchObject({ to: 'investigating', patch: { assignee: personRef(CAST.colleague) } })
  })
})
