/** Intake (A1–A3, A2-3, H1-E): what filing, registering and confirming a complaint do. */
import * as fx from '../../cloudfunctions/complaint/domain/effects'
import { personRef } from '../../cloudfunctions/complaint/domain/policy'
import { CAST, ctx, endOf, HOUR, input, NOW, undispatched, uploaded } from './fixtures'

const matter = { category: 'cleaning', location: '3栋电梯厅', description: '地面没有清扫' }
const complainant = { name: '王丽', room: '3栋2单元1502', phone: '13800001111' }
const draft = (over = {}) => undispatched({ firstContact: undefined, acceptedAt: undefined, deadlines: {}, ...over })

describe('A1: a resident files a complaint', () => {
  it('given an ordinary matter, it waits for customer service to accept it, and customer service hears of it', () => {
    const o = fx.submit(draft(), input('submit', matter), ctx(CAST.complainant))
    expect(o).toEqual({ to: 'submitted', patch: {}, notify: [{ kind: 'new_complaint', audience: 'customer_service' }] })
  })

  it('H1-E: given an emergency, it is accepted and dispatched by the routing table at once, with the emergency clocks running and the people on duty alerted', () => {
    const o = fx.submit(draft({ emergency: true, category: 'engineering', createdAt: NOW }), input('submit', matter), ctx(CAST.complainant))
    expect(o.to).toBe('dispatched')
    expect(o.patch).toMatchObject({ tier: 'emergency', departmentCode: 'engineering', acceptedAt: NOW, dispatchedAt: NOW })
    expect(o.patch.deadlines).toEqual({ dispatchDueAt: NOW, responseDueAt: NOW + 2 * HOUR, handlingDueAt: NOW + 24 * HOUR })
    expect(o.patch.alert).toMatchObject({ state: 'open', step: 0, raisedAt: NOW, nextAt: NOW + 5 * 60_000 })
    expect(o.also?.map((a) => [a.action, a.from, a.to])).toEqual([
      ['accept', 'submitted', 'accepted'],
      ['dispatch', 'accepted', 'dispatched'],
    ])
    expect(o.notify).toEqual([
      { kind: 'emergency', audience: 'on_duty', departmentCode: 'engineering' },
      { kind: 'accepted', audience: 'complainant' },
    ])
  })

  it('H4-3: given an emergency received an hour before it was registered, its response clock runs from receipt', () => {
    const o = fx.register(
      draft({ emergency: true, category: 'engineering', channel: 'phone', createdAt: NOW - HOUR }),
      input('register', { ...matter, channel: 'phone', complainant }),
      ctx(CAST.agent),
    )
    expect(o.patch.deadlines?.responseDueAt).toBe(NOW + HOUR)
    expect(o.patch.alert?.raisedAt).toBe(NOW - HOUR)
  })
})

describe('A1, A2, A3, G3-P4: staff register a complaint from another channel', () => {
  const register = (channel: string, extra: Record<string, unknown> = {}) =>
    fx.register(draft({ channel }), input('register', { ...matter, channel, complainant, ...extra }), ctx(CAST.agent))

  it('A3: given an on-site complaint without the complainant’s confirmation, it waits for it and asks the complainant', () => {
    const o = register('onsite')
    expect(o.to).toBe('awaiting_confirmation')
    expect(o.patch).toEqual({
      confirmation: { required: true },
      registeredBy: personRef(CAST.agent),
      firstContact: { ...personRef(CAST.agent), at: NOW },
    })
    expect(o.notify).toEqual([{ kind: 'confirm_request', audience: 'complainant' }])
  })

  it('A3: given a phone complaint read back to the complainant, it is confirmed at registration and waits for acceptance', () => {
    const o = register('phone', { confirmation: { method: 'phone_readback' } })
    expect(o.to).toBe('submitted')
    expect(o.patch.confirmation).toEqual({ required: true, method: 'phone_readback', by: personRef(CAST.agent), at: NOW })
  })

  it('A3: given a letter, no confirmation is needed', () => {
    expect(register('letter')).toMatchObject({ to: 'submitted', patch: { confirmation: { required: false } } })
  })

  it('A3: refuses a signature without its image, and a read-back of a complaint that was not made by phone (INVALID_INPUT)', () => {
    expect(() => register('onsite', { confirmation: { method: 'signature' } })).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT', message: '请投诉人签字后再提交' }),
    )
    expect(() => register('onsite', { confirmation: { method: 'phone_readback' } })).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT', message: '电话复述确认只适用于电话投诉' }),
    )
  })

  it('A2-3: given a complaint handled on the spot, it is resolved at once and still gets its return visit (F2, F4)', () => {
    const o = register('email', { resolvedOnSpot: { summary: '已当场清扫', mode: 'rectification' } })
    expect(o.to).toBe('resolved')
    expect(o.patch).toMatchObject({ acceptedAt: NOW, resolvedAt: NOW, mode: 'rectification' })
    expect(o.patch.result).toMatchObject({ summary: '已当场清扫', mode: 'rectification', by: personRef(CAST.agent), at: NOW })
    expect(o.patch.deadlines).toEqual({ returnVisitDueAt: endOf('2026-12-03'), autoCloseAt: NOW + 7 * 24 * HOUR })
    expect(o.also?.map((a) => a.action)).toEqual(['accept', 'give_result'])
    expect(o.notify).toEqual([{ kind: 'result', audience: 'complainant' }])
  })

  it('A2-3, A3: refuses to resolve an on-site complaint on the spot before the complainant confirmed it (GUARD_FAILED)', () => {
    expect(() => register('onsite', { resolvedOnSpot: { summary: '已当场清扫', mode: 'rectification' } })).toThrow(
      expect.objectContaining({ code: 'GUARD_FAILED' }),
    )
  })

  it('H1-E, G3-P4: given an emergency, it is dispatched at once and still records who registered it first', () => {
    const o = fx.register(
      draft({ channel: 'phone', emergency: true }),
      input('register', { ...matter, channel: 'phone', complainant, emergency: true }),
      ctx(CAST.agent),
    )
    expect(o.to).toBe('dispatched')
    expect(o.patch).toMatchObject({ registeredBy: personRef(CAST.agent), firstContact: { openid: CAST.agent.openid, at: NOW } })
  })
})

describe('A3: the complainant confirms a registration', () => {
  const waiting = draft({ status: 'awaiting_confirmation', channel: 'onsite', confirmation: { required: true } })

  it('given the complainant confirming in the mini-program, it goes on to acceptance', () => {
    const o = fx.confirm(waiting, input('confirm', { method: 'miniprogram' }), ctx(CAST.complainant))
    expect(o).toMatchObject({ to: 'submitted', data: { method: 'miniprogram' } })
    expect(o.patch.confirmation).toEqual({ required: true, method: 'miniprogram', by: personRef(CAST.complainant), at: NOW })
  })

  it('given a confirmation recorded later, the complaint stays where it is', () => {
    const o = fx.confirm(
      { ...waiting, status: 'dispatched' },
      input('confirm', { method: 'signature', signatureFile: uploaded('signatures', 'sign0001') }),
      ctx(CAST.agent),
    )
    expect(o.to).toBe('dispatched')
  })

  it('refuses the complainant anything but the mini-program, and staff the mini-program (INVALID_INPUT)', () => {
    expect(() =>
      fx.confirm(
        waiting,
        input('confirm', { method: 'signature', signatureFile: uploaded('signatures', 'sign0001') }),
        ctx(CAST.complainant),
      ),
    ).toThrow(expect.objectContaining({ message: '请在小程序中确认' }))
    expect(() => fx.confirm(waiting, input('confirm', { method: 'miniprogram' }), ctx(CAST.agent))).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT' }),
    )
    expect(() => fx.confirm(waiting, input('confirm', { method: 'phone_readback' }), ctx(CAST.agent))).toThrow(
      expect.objectContaining({ message: '电话复述确认只适用于电话投诉' }),
    )
  })
})
