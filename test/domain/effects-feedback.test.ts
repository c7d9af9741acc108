/** Feedback (F2–F4): what a rating, a return visit, the manager’s final reply and the timer’s feedback rules do. */
import * as fx from '../../cloudfunctions/complaint/domain/effects'
import { personRef } from '../../cloudfunctions/complaint/domain/policy'
import { RECOURSE_NOTICE } from '@shared/vocabulary'
import { CAST, complaint, ctx, endOf, input, NOW } from './fixtures'

const resolved = (over = {}) =>
  complaint({
    status: 'resolved',
    resolvedAt: NOW - 1,
    deadlines: { handlingDueAt: endOf('2026-11-30'), returnVisitDueAt: endOf('2026-12-03'), autoCloseAt: NOW + 1 },
    ...over,
  })

describe('F2, F3: the complainant rates the result', () => {
  it('F2: given 一般 or better, the complaint closes as satisfied, with the rating kept in its history', () => {
    const o = fx.rate(resolved(), input('rate', { level: 3, comment: '还行' }), ctx(CAST.complainant))
    expect(o).toEqual({
      to: 'closed',
      patch: {
        rating: { level: 3, comment: '还行', channel: 'self', at: NOW },
        ratings: [{ level: 3, comment: '还行', channel: 'self', at: NOW }],
        closure: 'satisfied',
        closedAt: NOW,
      },
      reason: '还行',
      data: { level: 3, channel: 'self' },
    })
  })

  it('F3: refuses a dissatisfied rating without reasons (INVALID_INPUT)', () => {
    expect(() => fx.rate(resolved(), input('rate', { level: 2 }), ctx(CAST.complainant))).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT', message: '请说明不满意的原因，以便重新处理' }),
    )
  })

  it('F3: given the first dissatisfied rating, it goes back to the department with a new handling clock, under the supervisor', () => {
    const o = fx.rate(resolved(), input('rate', { level: 1, comment: '根本没扫' }), ctx(CAST.complainant))
    expect(o).toMatchObject({ to: 'reopened', reason: '根本没扫', data: { level: 1, escalatedTo: 'department_supervisor' } })
    expect(o.patch).toMatchObject({ reopenCount: 1, supervision: { level: 1 } })
    expect(o.patch.deadlines).toEqual({ handlingDueAt: endOf('2026-12-03'), returnVisitDueAt: undefined, autoCloseAt: undefined })
    expect(o.notify).toEqual([
      { kind: 'reopened', audience: 'department_supervisor' },
      { kind: 'reopened', audience: 'assignee' },
    ])
  })

  it('F3: given a second dissatisfied rating, it goes to the manager and the complainant learns where else to turn', () => {
    const earlier = { level: 2 as const, comment: '没解决', channel: 'self' as const, at: NOW - 1000 }
    const o = fx.rate(
      resolved({ reopenCount: 1, ratings: [earlier], supervision: { level: 1 } }),
      input('rate', { level: 2, comment: '还是没解决' }),
      ctx(CAST.complainant),
    )
    expect(o).toMatchObject({ to: 'escalated', data: { escalatedTo: 'manager', recourse: RECOURSE_NOTICE } })
    expect(o.patch).toMatchObject({ reopenCount: 2, supervision: { level: 2 } })
    expect(o.patch.ratings).toHaveLength(2)
    expect(o.notify).toEqual([
      { kind: 'escalated', audience: 'managers' },
      { kind: 'recourse', audience: 'complainant' },
    ])
  })
})

describe('F2: customer service records a return visit', () => {
  it('given a phone visit, the rating records the channel and who took it down, with the same outcome as a rating', () => {
    const o = fx.recordReturnVisit(
      resolved({ status: 'return_visit' }),
      input('record_return_visit', { channel: 'phone', level: 5, comment: '很满意' }),
      ctx(CAST.agent),
    )
    expect(o.to).toBe('closed')
    expect(o.patch.rating).toEqual({ level: 5, comment: '很满意', channel: 'phone', at: NOW, recordedBy: personRef(CAST.agent) })
  })
})

describe('F3: the manager’s final reply', () => {
  it('closes the complaint as dissatisfied, with the reply and the recourse notice', () => {
    const o = fx.finalReply(complaint({ status: 'escalated' }), input('final_reply', { text: '已约谈保洁主管' }), ctx(CAST.manager))
    expect(o).toEqual({
      to: 'closed',
      patch: { closure: 'dissatisfied_final', finalReply: { text: '已约谈保洁主管', by: personRef(CAST.manager), at: NOW }, closedAt: NOW },
      reason: '已约谈保洁主管',
      data: { recourse: RECOURSE_NOTICE },
      notify: [{ kind: 'final_reply', audience: 'complainant' }],
    })
  })
})

describe('F2, F4: the timer’s feedback rules', () => {
  it('F2: given no rating in time, customer service is asked to call', () => {
    expect(fx.markReturnVisitDue()).toEqual({
      to: 'return_visit',
      patch: {},
      reason: '业主未在期限内评价，转客服回访',
      notify: [{ kind: 'return_visit_due', audience: 'customer_service' }],
    })
  })

  it('F4: given no rating after the no-response period, it closes as no response, saying how many days it waited', () => {
    expect(fx.closeNoResponse(resolved(), undefined, ctx(CAST.system))).toEqual({
      to: 'closed',
      patch: { closure: 'no_response', closedAt: NOW },
      reason: '结果反馈后 7 日内未评价，按未评价结案',
    })
  })
})
