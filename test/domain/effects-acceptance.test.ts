/** Acceptance and dispatch (A2-3, A4, H1, H4, G3-P4): what accepting, refusing, dispatching and transferring do. */
import * as fx from '../../cloudfunctions/complaint/domain/effects'
import { personRef } from '../../cloudfunctions/complaint/domain/policy'
import { at, CAST, complaint, ctx, endOf, HOUR, input, NOW, undispatched } from './fixtures'

const fresh = () => undispatched({ firstContact: undefined, acceptedAt: undefined, deadlines: {} })

describe('A2-3, H1, H4: customer service accepts a complaint', () => {
  it('given no department, it is accepted with the dispatch clock (1 working day) and the handling clock (3) running, and the complainant told', () => {
    const o = fx.accept(fresh(), input('accept'), ctx(CAST.agent))
    expect(o.to).toBe('accepted')
    expect(o.patch).toMatchObject({ tier: 'general', emergency: false, acceptedAt: NOW })
    expect(o.patch.deadlines).toEqual({ dispatchDueAt: endOf('2026-12-01'), handlingDueAt: endOf('2026-12-03') })
    expect(o.notify).toEqual([{ kind: 'accepted', audience: 'complainant' }])
  })

  it('G3-P4: given nobody received it yet, the accepting staff member becomes its first-contact owner; an earlier one stays', () => {
    expect(fx.accept(fresh(), input('accept'), ctx(CAST.agent)).patch.firstContact).toEqual({ ...personRef(CAST.agent), at: NOW })
    const received = undispatched()
    expect(fx.accept(received, input('accept'), ctx(CAST.agent)).patch.firstContact).toEqual(received.firstContact)
  })

  it('H1: given a department, it is dispatched in the same step, on time, and the department told', () => {
    const o = fx.accept(fresh(), input('accept', { departmentCode: 'cleaning', note: '请尽快处理' }), ctx(CAST.agent))
    expect(o).toMatchObject({ to: 'dispatched', reason: '请尽快处理', patch: { departmentCode: 'cleaning', dispatchedAt: NOW } })
    expect(o.also).toEqual([{ action: 'dispatch', from: 'accepted', to: 'dispatched', data: { departmentCode: 'cleaning', onTime: true } }])
    expect(o.notify).toEqual([
      { kind: 'accepted', audience: 'complainant' },
      { kind: 'task', audience: 'department', departmentCode: 'cleaning' },
    ])
  })

  it('H4-2: given the complex tier, the handling clock is 7 working days', () => {
    expect(fx.accept(fresh(), input('accept', { tier: 'complex' }), ctx(CAST.agent)).patch.deadlines?.handlingDueAt).toBe(
      endOf('2026-12-09'),
    )
  })

  it('H4-3, H1-E: given the emergency tier, it goes to the routing table’s department at once, the response clock from receipt, its alert chain started and confirmed', () => {
    const c = fresh()
    const o = fx.accept(c, input('accept', { tier: 'emergency' }), ctx(CAST.agent))
    expect(o.patch).toMatchObject({ emergency: true, departmentCode: 'cleaning' })
    expect(o.patch.deadlines).toEqual({ dispatchDueAt: NOW, handlingDueAt: NOW + 24 * HOUR, responseDueAt: c.createdAt + 2 * HOUR })
    expect(o.patch.alert).toMatchObject({ source: 'staff', state: 'open', review: 'confirmed', reviewed: { by: { name: '林晓' } } })
    expect(o.notify?.map((n) => [n.kind, n.audience])).toEqual([
      ['accepted', 'complainant'],
      ['emergency', 'on_duty'],
    ])
  })

  it('H2-S: given the staff member it is about, it records them', () => {
    const subjectStaff = { name: '张洁', openid: CAST.assignee.openid }
    expect(fx.accept(fresh(), { ...input('accept'), subjectStaff }, ctx(CAST.agent)).patch.subjectStaff).toEqual(subjectStaff)
  })
})

describe('A4: refusing a complaint', () => {
  it('A4-R2: given a ground and an explanation, it is refused and closed, and the complainant told which ground and why', () => {
    const o = fx.refuse(fresh(), input('refuse', { ground: 'A4-R2', explanation: '未能联系到您' }), ctx(CAST.agent))
    expect(o).toMatchObject({ to: 'refused', reason: '未能联系到您', data: { ground: 'A4-R2' } })
    expect(o.patch).toMatchObject({
      refusal: { ground: 'A4-R2', explanation: '未能联系到您', by: personRef(CAST.agent), at: NOW },
      closedAt: NOW,
      firstContact: { openid: CAST.agent.openid },
    })
    expect(o.notify).toEqual([{ kind: 'refused', audience: 'complainant' }])
  })

  it('A4-R4: refuses a repeat complaint only with the earlier complaint linked (INVALID_INPUT)', () => {
    expect(() => fx.refuse(fresh(), input('refuse', { ground: 'A4-R4', explanation: '重复投诉' }), ctx(CAST.agent))).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT' }),
    )
    const o = fx.refuse(fresh(), input('refuse', { ground: 'A4-R4', explanation: '重复投诉', repeatOf: 'c0' }), ctx(CAST.agent))
    expect(o.patch.repeatOf).toBe('c0')
  })
})

describe('H1: dispatch and transfer', () => {
  const accepted = () => undispatched({ status: 'accepted', deadlines: { dispatchDueAt: endOf('2026-11-30') } })

  it('given no department, it goes to the routing table’s, and the event says it was on time', () => {
    const o = fx.dispatch(accepted(), input('dispatch'), ctx(CAST.agent))
    expect(o).toMatchObject({ to: 'dispatched', patch: { departmentCode: 'cleaning', dispatchedAt: NOW }, data: { onTime: true } })
    expect(o.notify).toEqual([{ kind: 'task', audience: 'department', departmentCode: 'cleaning' }])
  })

  it('given the dispatch clock has run out, the event says it was late', () => {
    const late = at('2026-12-01')
    expect(fx.dispatch(accepted(), input('dispatch', { departmentCode: 'security' }), ctx(CAST.agent, late)).data).toEqual({
      departmentCode: 'security',
      onTime: false,
    })
  })

  it('given another department, a transfer sends it there without an assignee, the handling clock unchanged', () => {
    const o = fx.transfer(complaint(), input('transfer', { departmentCode: 'landscaping', reason: '属绿化范围' }), ctx(CAST.supervisor))
    expect(o).toMatchObject({ to: 'dispatched', reason: '属绿化范围', data: { fromDepartment: 'cleaning', departmentCode: 'landscaping' } })
    expect(o.patch).toEqual({ departmentCode: 'landscaping', assignee: undefined, dispatchedAt: NOW })
    expect(o.notify).toEqual([{ kind: 'task', audience: 'department', departmentCode: 'landscaping' }])
  })

  it('given an escalated complaint the manager sends back, a new handling round starts', () => {
    const o = fx.transfer(
      complaint({ status: 'escalated' }),
      input('transfer', { departmentCode: 'security', reason: '重新处理' }),
      ctx(CAST.manager),
    )
    expect(o.patch.deadlines?.handlingDueAt).toBe(endOf('2026-12-03'))
  })

  it('refuses a transfer to the department it is already in (GUARD_FAILED)', () => {
    expect(() => fx.transfer(complaint(), input('transfer', { departmentCode: 'cleaning', reason: '转派' }), ctx(CAST.agent))).toThrow(
      expect.objectContaining({ code: 'GUARD_FAILED', message: '该投诉已在保洁部，无需转派' }),
    )
  })
})
