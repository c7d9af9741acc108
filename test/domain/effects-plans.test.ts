/** Plans and extensions (H3-PLAN, H3-EXT, H4-2): the cap from acceptance, the supervisor’s decision, and who is told. */
import * as fx from '../../cloudfunctions/complaint/domain/effects'
import type { Complaint } from '../../cloudfunctions/complaint/domain/model'
import { personRef } from '../../cloudfunctions/complaint/domain/policy'
import { CAST, complaint, ctx, endOf, input, NOW } from './fixtures'

// Accepted Fri 27 Nov 2026: the 15-working-day cap (H4-2) ends on Fri 18 Dec.
const CAP_DAY = '2026-12-18'

const plan = (deadline: string): NonNullable<Complaint['plan']> => ({
  owner: '张洁',
  steps: ['更换地砖'],
  deadline,
  status: 'pending',
  submittedBy: personRef(CAST.assignee),
  submittedAt: NOW,
})
const extension = (newDeadline: string): NonNullable<Complaint['extension']> => ({
  newDeadline,
  reason: '材料未到',
  status: 'pending',
  requestedBy: personRef(CAST.assignee),
  requestedAt: NOW,
})

describe('H3-PLAN: a written plan for complex work', () => {
  it('given a plan within the cap, it waits for the department supervisor, who is told', () => {
    const o = fx.submitPlan(
      complaint({ status: 'investigating' }),
      input('submit_plan', { owner: '张洁', steps: ['更换地砖', '验收'], deadline: '2026-12-10' }),
      ctx(CAST.assignee),
    )
    expect(o).toMatchObject({ to: 'plan_pending', data: { deadline: '2026-12-10', steps: 2 } })
    expect(o.patch.plan).toEqual({
      owner: '张洁',
      steps: ['更换地砖', '验收'],
      deadline: '2026-12-10',
      status: 'pending',
      submittedBy: personRef(CAST.assignee),
      submittedAt: NOW,
    })
    expect(o.notify).toEqual([{ kind: 'approval', audience: 'department_supervisor' }])
  })

  it('H4-2: refuses a last day past 15 working days from acceptance (GUARD_FAILED, naming the cap), and one before today (INVALID_INPUT)', () => {
    const c = complaint({ status: 'investigating' })
    expect(() =>
      fx.submitPlan(c, input('submit_plan', { owner: '张洁', steps: ['a'], deadline: '2026-12-21' }), ctx(CAST.assignee)),
    ).toThrow(expect.objectContaining({ code: 'GUARD_FAILED', message: expect.stringContaining('2026年12月18日') }))
    expect(() =>
      fx.submitPlan(c, input('submit_plan', { owner: '张洁', steps: ['a'], deadline: CAP_DAY }), ctx(CAST.assignee)),
    ).not.toThrow()
    expect(() =>
      fx.submitPlan(c, input('submit_plan', { owner: '张洁', steps: ['a'], deadline: '2026-11-29' }), ctx(CAST.assignee)),
    ).toThrow(expect.objectContaining({ code: 'INVALID_INPUT', message: '完成日期不能早于今天' }))
  })

  it('H4-2, H3-EXT: given approval, the plan’s last day becomes the deadline of a complex complaint, and a later deadline is news for the complainant', () => {
    const o = fx.approvePlan(
      complaint({ status: 'plan_pending', plan: plan('2026-12-10') }),
      input('approve_plan', { note: '同意' }),
      ctx(CAST.supervisor),
    )
    expect(o).toMatchObject({
      to: 'handling',
      reason: '同意',
      patch: { mode: 'plan', tier: 'complex', plan: { status: 'approved', decidedBy: personRef(CAST.supervisor), decisionNote: '同意' } },
    })
    expect(o.patch.deadlines?.handlingDueAt).toBe(endOf('2026-12-10'))
    expect(o.notify).toEqual([
      { kind: 'plan_decided', audience: 'assignee' },
      { kind: 'extension', audience: 'complainant' },
    ])
  })

  it('H3-EXT: given a plan finishing before the current deadline, the complainant is not told of a change', () => {
    const o = fx.approvePlan(complaint({ status: 'plan_pending', plan: plan('2026-12-01') }), input('approve_plan'), ctx(CAST.supervisor))
    expect(o.notify).toEqual([{ kind: 'plan_decided', audience: 'assignee' }])
  })

  it('H4-3: an approved plan keeps an emergency an emergency', () => {
    expect(
      fx.approvePlan(
        complaint({ status: 'plan_pending', tier: 'emergency', plan: plan('2026-12-01') }),
        input('approve_plan'),
        ctx(CAST.manager),
      ).patch.tier,
    ).toBe('emergency')
  })

  it('given a returned plan, investigation goes on and the handler hears why', () => {
    const o = fx.returnPlan(
      complaint({ status: 'plan_pending', plan: plan('2026-12-10') }),
      input('return_plan', { note: '步骤不具体' }),
      ctx(CAST.supervisor),
    )
    expect(o).toMatchObject({
      to: 'investigating',
      reason: '步骤不具体',
      patch: { plan: { status: 'returned', decisionNote: '步骤不具体' } },
    })
    expect(o.notify).toEqual([{ kind: 'plan_decided', audience: 'assignee' }])
  })
})

describe('H3-EXT: extensions', () => {
  it('given a later day within the cap, the request waits for the supervisor, who is told', () => {
    const o = fx.requestExtension(
      complaint({ status: 'handling' }),
      input('request_extension', { newDeadline: '2026-12-08', reason: '材料未到' }),
      ctx(CAST.assignee),
    )
    expect(o).toMatchObject({ to: 'handling', reason: '材料未到', data: { newDeadline: '2026-12-08' } })
    expect(o.patch.extension).toEqual(extension('2026-12-08'))
    expect(o.notify).toEqual([{ kind: 'approval', audience: 'department_supervisor' }])
  })

  it('refuses a day not later than the current deadline (INVALID_INPUT)', () => {
    expect(() =>
      fx.requestExtension(
        complaint({ status: 'handling' }),
        input('request_extension', { newDeadline: '2026-12-02', reason: '延期' }),
        ctx(CAST.assignee),
      ),
    ).toThrow(expect.objectContaining({ message: '延期后的日期应晚于当前期限' }))
  })

  it('given approval, the deadline moves to the end of that day, and the complainant and the handler are told', () => {
    const o = fx.approveExtension(
      complaint({ status: 'handling', extension: extension('2026-12-08') }),
      input('approve_extension'),
      ctx(CAST.supervisor),
    )
    expect(o).toMatchObject({
      to: 'handling',
      reason: '材料未到',
      patch: { extension: { status: 'approved', decidedBy: personRef(CAST.supervisor) } },
    })
    expect(o.patch.deadlines?.handlingDueAt).toBe(endOf('2026-12-08'))
    expect(o.notify).toEqual([
      { kind: 'extension', audience: 'complainant' },
      { kind: 'extension_decided', audience: 'assignee' },
    ])
  })

  it('H4-2: refuses to approve a day that is past the cap under the current settings (GUARD_FAILED)', () => {
    const c = complaint({ status: 'handling', extension: extension(CAP_DAY) })
    const strict = ctx(CAST.supervisor)
    strict.settings.deadlines.extensionCapWorkdays = 10
    expect(() => fx.approveExtension(c, input('approve_extension'), strict)).toThrow(expect.objectContaining({ code: 'GUARD_FAILED' }))
  })

  it('given a rejection, the deadline stays and the handler hears why', () => {
    const c = complaint({ status: 'handling', extension: extension('2026-12-08') })
    const o = fx.rejectExtension(c, input('reject_extension', { note: '可以按期完成' }), ctx(CAST.supervisor))
    expect(o).toMatchObject({ to: 'handling', reason: '可以按期完成', patch: { extension: { status: 'rejected' } } })
    expect(o.patch.deadlines).toBeUndefined()
    expect(o.notify).toEqual([{ kind: 'extension_decided', audience: 'assignee' }])
  })
})
