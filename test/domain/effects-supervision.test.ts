/** Supervision (V1, G3-P3): the warning before a deadline and the two escalations after it, each once. */
import * as fx from '../../cloudfunctions/complaint/domain/effects'
import { at, CAST, complaint, ctx, endOf, HOUR, NOW } from './fixtures'

const DUE = endOf('2026-12-02')
const handling = (over = {}) => complaint({ status: 'investigating', deadlines: { handlingDueAt: DUE }, ...over })
const timer = (now: number) => ctx(CAST.system, now)

describe('V1: the warning before a deadline', () => {
  it('given the handling deadline more than 8 hours away, there is nothing to warn of yet', () => {
    expect(fx.warnDue(handling(), timer(DUE - 9 * HOUR))).toBe('未到提醒时间')
  })

  it('given the deadline within 8 hours, the assignee is warned once, for that deadline', () => {
    const c = handling()
    expect(fx.warnDue(c, timer(DUE - 7 * HOUR))).toBeNull()
    const o = fx.warnDeadline(c, undefined)
    expect(o).toMatchObject({
      to: 'investigating',
      patch: { supervision: { level: 0, warnedFor: DUE } },
      data: { clock: 'handling', dueAt: DUE },
    })
    expect(o.notify).toEqual([{ kind: 'deadline_warning', audience: 'assignee' }])
    expect(fx.warnDue({ ...c, ...o.patch }, timer(DUE - 6 * HOUR))).toBe('已提醒')
  })

  it('given no assignee yet, the department is warned; given the dispatch clock, customer service', () => {
    expect(fx.warnDeadline(handling({ status: 'dispatched', assignee: undefined }), undefined).notify?.[0].audience).toBe('department')
    const accepted = complaint({ status: 'accepted', departmentCode: undefined, assignee: undefined, deadlines: { dispatchDueAt: DUE } })
    expect(fx.warnDeadline(accepted, undefined).notify?.[0].audience).toBe('customer_service')
  })

  it('H4-3: given an emergency, the warning comes 30 minutes before, not 8 hours', () => {
    const c = handling({ tier: 'emergency', emergency: true, respondedAt: NOW })
    expect(fx.warnDue(c, timer(DUE - HOUR))).toBe('未到提醒时间')
    expect(fx.warnDue(c, timer(DUE - 20 * 60_000))).toBeNull()
  })

  it('given no running clock, or one already passed, there is no warning', () => {
    expect(fx.warnDue(complaint({ status: 'resolved' }), timer(NOW))).toBe('无期限')
    expect(fx.warnDue(handling(), timer(DUE + 1))).toBe('已超时')
  })
})

describe('V1, G3-P3: escalation after a deadline', () => {
  it('given the deadline not yet passed, nothing is escalated', () => {
    expect(fx.escalationDue(handling(), timer(DUE))).toBe('未超时')
  })

  it('given the handling deadline passed, the department supervisor is alerted (level 1), once', () => {
    const c = handling()
    const now = DUE + HOUR
    expect(fx.escalationDue(c, timer(now))).toBeNull()
    const o = fx.escalate(c, undefined, timer(now))
    expect(o).toMatchObject({
      to: 'investigating',
      patch: { supervision: { level: 1, escalatedFor: DUE } },
      data: { clock: 'handling', level: 1 },
    })
    expect(o.reason).toContain('升级至部门主管')
    expect(o.notify).toEqual([{ kind: 'escalation', audience: 'department_supervisor' }])
    expect(fx.escalationDue({ ...c, ...o.patch }, timer(now + HOUR))).toBe('已升级')
  })

  it('given one more working day passed, the office manager is alerted (level 2)', () => {
    const c = handling({ supervision: { level: 1, escalatedFor: DUE } })
    expect(fx.escalationDue(c, timer(at('2026-12-03', '23:00')))).toBe('已升级')
    const later = at('2026-12-04', '09:00')
    expect(fx.escalationDue(c, timer(later))).toBeNull()
    const o = fx.escalate(c, undefined, timer(later))
    expect(o.patch.supervision).toEqual({ level: 2, escalatedFor: DUE })
    expect(o.notify).toEqual([{ kind: 'escalation', audience: 'managers' }])
  })

  it('given the dispatch clock passed, customer service’s supervisors are alerted', () => {
    const accepted = complaint({ status: 'accepted', departmentCode: undefined, assignee: undefined, deadlines: { dispatchDueAt: DUE } })
    expect(fx.escalate(accepted, undefined, timer(DUE + HOUR)).notify).toEqual([{ kind: 'escalation', audience: 'customer_service' }])
  })

  it('H4-3: given an emergency response overdue, the manager is alerted 2 hours after the deadline', () => {
    const c = handling({
      tier: 'emergency',
      emergency: true,
      respondedAt: undefined,
      deadlines: { responseDueAt: DUE, handlingDueAt: DUE + 22 * HOUR },
    })
    expect(fx.escalate(c, undefined, timer(DUE + HOUR)).patch.supervision?.level).toBe(1)
    expect(fx.escalate(c, undefined, timer(DUE + 3 * HOUR)).data).toEqual({ clock: 'response', level: 2 })
  })

  it('given a new deadline (an approved extension), the steps start again', () => {
    const c = handling({ supervision: { level: 2, escalatedFor: DUE - 48 * HOUR, warnedFor: DUE - 48 * HOUR } })
    expect(fx.warnDue(c, timer(DUE - HOUR))).toBeNull()
    expect(fx.escalationDue(c, timer(DUE + HOUR))).toBeNull()
  })
})
