/**
 * The emergency alert chain's rules (issue 14, H1-E, H4-3): flagging at filing, who is on the
 * chain, acknowledgement (接警), customer service's judgement, and the escalation steps.
 */
import * as fx from '../../cloudfunctions/complaint/domain/effects'
import { emergencyNotice } from '../../cloudfunctions/complaint/domain/emergency-view'
import { onChain, triageAtIntake } from '../../cloudfunctions/complaint/domain/emergency'
import { decide } from '../../cloudfunctions/complaint/domain/lifecycle'
import type { EmergencyAlert } from '../../cloudfunctions/complaint/domain/model'
import { withDefaults } from '../../cloudfunctions/complaint/domain/settings'
import { CAST, complaint, ctx, HOUR, input, NOW } from './fixtures'

const MIN = 60_000
const alert = (over: Partial<EmergencyAlert> = {}): EmergencyAlert => ({
  source: 'complainant',
  rules: [],
  setAside: [],
  hints: ['elevator_rescue'],
  state: 'open',
  review: 'pending',
  raisedAt: NOW,
  step: 0,
  nextAt: NOW + 5 * MIN,
  ...over,
})
const emergency = (over: Partial<EmergencyAlert> = {}) =>
  complaint({
    emergency: true,
    tier: 'emergency',
    assignee: undefined,
    alert: alert(over),
    deadlines: { responseDueAt: NOW + 2 * HOUR, handlingDueAt: NOW + 24 * HOUR },
  })
const rostered = withDefaults({
  roster: {
    shifts: [
      {
        departmentCode: 'cleaning',
        openid: CAST.colleague.openid,
        name: '李强',
        weekdays: [1, 2, 3, 4, 5, 6, 7],
        dayType: 'any',
        start: '08:00',
        end: '20:00',
      },
    ],
    swaps: [],
  },
})

describe('H1-E flagging at filing', () => {
  const settings = withDefaults(null)
  const draft = (description: string) => ({ description, category: 'engineering' as const, location: '5栋电梯', createdAt: NOW })

  it('given the rules fire on the text with the switch off, it is an emergency flagged by the system with the words, waiting for customer service', () => {
    const t = triageAtIntake(draft('电梯困人了，快来人'), false, { staff: false, judged: false }, settings)
    expect(t.emergency).toBe(true)
    expect(t.alert).toMatchObject({ source: 'detected', state: 'open', review: 'pending', raisedAt: NOW, hints: ['elevator_rescue'] })
    expect(t.alert?.rules[0].words.join()).toContain('电梯困人')
  })

  it('given a negated or past mention and the switch off, it is no emergency', () => {
    expect(triageAtIntake(draft('上周电梯困人已解决'), false, { staff: false, judged: false }, settings).emergency).toBe(false)
  })

  it('given the complainant’s switch with no words the rules know, it is an emergency and the resident is told to call for help', () => {
    const t = triageAtIntake(draft('快来看看'), true, { staff: false, judged: false }, settings)
    expect(t.alert).toMatchObject({ source: 'complainant', review: 'pending', hints: ['call_help'] })
  })

  it('given customer service flagging it themselves, it is already confirmed', () => {
    expect(triageAtIntake(draft('快来看看'), true, { staff: true, judged: true }, settings).alert?.review).toBe('confirmed')
  })

  it('given the manager’s own rule in settings, its words flag an emergency; a built-in rule turned off does not', () => {
    const extended = withDefaults({
      emergency: {
        custom: [
          { id: 'slide_loose', name: '游乐设施松脱', terms: ['滑梯*松脱'], exclude: [], unless: [], hint: 'keep_away', enabled: true },
        ],
        disabled: ['elevator_trapped'],
        addedTerms: {},
      },
    })
    const plain = { staff: false, judged: false }
    expect(triageAtIntake(draft('游乐场滑梯的螺丝松脱了'), false, plain, settings).emergency).toBe(false)
    expect(triageAtIntake(draft('游乐场滑梯的螺丝松脱了'), false, plain, extended).alert?.rules[0].name).toBe('游乐设施松脱')
    expect(
      triageAtIntake(
        draft('电梯困人了'),
        false,
        { staff: false, judged: false },
        withDefaults({ emergency: { custom: [], disabled: ['elevator_trapped'], addedTerms: {} } }),
      ).alert?.rules.map((r) => r.id) ?? [],
    ).not.toContain('elevator_trapped')
  })
})

describe('H1-E who is on the chain', () => {
  it('given no roster, the whole department and customer service; never another department', () => {
    for (const n of ['assignee', 'colleague', 'supervisor', 'agent', 'csSupervisor', 'manager'] as const)
      expect(onChain(emergency(), CAST[n], withDefaults(null), ctx(CAST[n]).calendar, NOW)).toBe(true)
    for (const n of ['outsider', 'otherSupervisor', 'firstContact'] as const)
      expect(onChain(emergency(), CAST[n], withDefaults(null), ctx(CAST[n]).calendar, NOW)).toBe(false)
  })

  it('given a roster, only who is on duty — and once the chain reached the supervisors, they too; the manager always', () => {
    const c = emergency()
    const on = (n: keyof typeof CAST, cc = c) => onChain(cc, CAST[n], rostered, ctx(CAST[n]).calendar, NOW)
    expect(on('colleague')).toBe(true)
    expect(on('assignee')).toBe(false)
    expect(on('supervisor')).toBe(false)
    expect(on('supervisor', emergency({ step: 1 }))).toBe(true)
    expect(on('manager')).toBe(true)
  })

  it('given someone not on the chain, 接警 is refused with the reason', () => {
    expect(() => decide(emergency(), 'acknowledge_emergency', input('acknowledge_emergency'), ctx(CAST.assignee, NOW, rostered))).toThrow(
      expect.objectContaining({ code: 'GUARD_FAILED', message: expect.stringContaining('接警名单') }),
    )
  })
})

describe('H1-E, H4-3 接警, confirmation and clearing', () => {
  it('given an open alert, 接警 records who and when, the first response on time, stops the chain and tells the complainant', () => {
    const o = fx.acknowledgeEmergency(emergency(), input('acknowledge_emergency'), ctx(CAST.colleague, NOW + 7 * MIN))
    expect(o.patch.alert).toMatchObject({
      state: 'acknowledged',
      nextAt: null,
      acknowledged: { by: { name: '李强' }, at: NOW + 7 * MIN, via: 'acknowledge_emergency' },
    })
    expect(o.patch.respondedAt).toBe(NOW + 7 * MIN)
    expect(o.data).toEqual({ minutes: 7, onTimeResponse: true })
    expect(o.notify).toEqual([{ kind: 'emergency_acknowledged', audience: 'complainant' }])
  })

  it('given an acknowledged alert, 接警 is not offered again', () => {
    const done = emergency({ state: 'acknowledged' })
    expect(() => decide(done, 'acknowledge_emergency', input('acknowledge_emergency'), ctx(CAST.colleague))).toThrow(
      expect.objectContaining({ code: 'GUARD_FAILED' }),
    )
  })

  it('given a clearing with a reason, the chain stops, the response clock goes and the handling clock is a general one from acceptance', () => {
    const o = fx.clearEmergency(emergency(), input('clear_emergency', { reason: '误报' }), ctx(CAST.agent))
    expect(o.patch).toMatchObject({
      emergency: false,
      tier: 'general',
      alert: { state: 'cleared', review: 'cleared', nextAt: null, reviewed: { reason: '误报' } },
    })
    expect(o.patch.deadlines).toEqual({ handlingDueAt: Date.parse('2026-12-02T23:59:59.999+08:00') })
  })

  it('given a confirmation, only customer service’s judgement changes; the chain goes on', () => {
    const o = fx.confirmEmergency(emergency(), input('confirm_emergency', { note: '电话核实' }), ctx(CAST.agent))
    expect(o.patch.alert).toMatchObject({ state: 'open', review: 'confirmed', reviewed: { reason: '电话核实' } })
  })
})

describe('H1-E escalation steps', () => {
  it('given the step not yet due, nothing; then duty supervisors, the manager, everyone again, every 5 minutes', () => {
    expect(fx.emergencyEscalationDue(emergency(), ctx(CAST.system, NOW + 4 * MIN))).toBe('未到升级时间')
    const steps = [1, 2, 3, 4].map((n) => {
      const c = emergency({ step: n - 1, nextAt: NOW + n * 5 * MIN })
      const when = ctx(CAST.system, NOW + n * 5 * MIN)
      expect(fx.emergencyEscalationDue(c, when)).toBeNull()
      const o = fx.escalateEmergency(c, {}, when)
      expect(o.patch.alert).toMatchObject({ step: n, nextAt: NOW + (n + 1) * 5 * MIN })
      return [o.reason, o.notify?.map((i) => i.audience)]
    })
    expect(steps).toEqual([
      ['5 分钟无人接警，升级通知值班主管', ['duty_supervisors']],
      ['10 分钟无人接警，升级通知管理处经理', ['managers']],
      ['15 分钟无人接警，再次通知全部接警人员', ['alert_chain']],
      ['20 分钟无人接警，再次通知全部接警人员', ['alert_chain']],
    ])
  })
})

describe('what the resident is told', () => {
  it('given the office’s numbers, the duty phone first and the numbers the hints point to; nothing once cleared', () => {
    const alerts = { ...withDefaults(null).alerts, dutyPhone: '0571-88886666' }
    const c = emergency({ hints: ['gas', 'medical'] })
    expect(emergencyNotice(c, alerts)?.calls).toEqual([
      { label: '物业值班电话', number: '0571-88886666' },
      { label: '火警', number: '119' },
      { label: '急救', number: '120' },
    ])
    expect(emergencyNotice(emergency({ state: 'cleared' }), alerts)).toBeUndefined()
  })

  it('C3 given the complaint withdrawn, the notice goes', () => {
    const alerts = withDefaults(null).alerts
    expect(emergencyNotice(emergency(), alerts)).toBeDefined()
    expect(emergencyNotice({ ...emergency(), status: 'withdrawn' }, alerts)).toBeUndefined()
  })
})

describe('C3, H1-E withdrawn while nobody acknowledged', () => {
  it('given an open alert, withdrawing stops the chain: no next step, off the red banner, not escalated again', () => {
    const o = fx.withdraw(emergency(), input('withdraw', { reason: 'mistaken' }), ctx(CAST.complainant))
    expect(o).toMatchObject({ to: 'withdrawn', patch: { alert: { state: 'cleared', nextAt: null, step: 0 } } })
    const after = { ...emergency(), ...o.patch, status: o.to }
    expect(() => decide(after, 'escalate_emergency', {}, ctx(CAST.system, NOW + 5 * MIN))).toThrow(
      expect.objectContaining({ code: 'INVALID_STATE' }),
    )
  })

  it('given an acknowledged alert, withdrawing leaves who acknowledged it as it was', () => {
    const acked = emergency({ state: 'acknowledged', nextAt: null })
    expect(fx.withdraw(acked, input('withdraw', { reason: 'resolved_self' }), ctx(CAST.complainant)).patch).not.toHaveProperty('alert')
  })
})
