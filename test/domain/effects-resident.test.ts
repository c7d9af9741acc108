/** The complainant's own part (C1–C3): what adding information, urging and withdrawing do, and when urging is open. */
import * as fx from '../../cloudfunctions/complaint/domain/effects'
import { lastVisibleStepAt } from '../../cloudfunctions/complaint/domain/effects/resident'
import { decide, unavailableReason } from '../../cloudfunctions/complaint/domain/lifecycle'
import { withDefaults } from '../../cloudfunctions/complaint/domain/settings'
import { at, CAST, complaint, ctx, endOf, HOUR, input, NOW, undispatched, uploaded } from './fixtures'

const resolved = (over = {}) =>
  complaint({
    status: 'resolved',
    resolvedAt: NOW - HOUR,
    deadlines: { handlingDueAt: endOf('2026-11-30'), returnVisitDueAt: endOf('2026-12-03'), autoCloseAt: NOW + 7 * 24 * HOUR },
    ...over,
  })

describe('C1: the complainant adds information', () => {
  it('C1: given a complaint with the department, the addition joins the record and the assignee is told', () => {
    const photo = uploaded('complaints', 'leakphoto2')
    const o = fx.addInfo(
      complaint({ status: 'investigating' }),
      input('add_info', { text: '今天又漏了', photos: [photo] }),
      ctx(CAST.complainant),
    )
    expect(o).toEqual({
      to: 'investigating',
      patch: { additions: [{ id: expect.any(String), text: '今天又漏了', photos: [photo], at: NOW }] },
      reason: '今天又漏了',
      data: { photos: 1, to: ['assignee'] },
      notify: [{ kind: 'info_added', audience: 'assignee' }],
    })
  })

  it('C1: before dispatch the addition goes to customer service; dispatched but untaken, to the department; escalated, to the manager', () => {
    const text = { text: '补充一下' }
    expect(fx.addInfo(undispatched(), input('add_info', text), ctx(CAST.complainant)).notify).toEqual([
      { kind: 'info_added', audience: 'customer_service' },
    ])
    expect(fx.addInfo(complaint({ assignee: undefined }), input('add_info', text), ctx(CAST.complainant)).notify).toEqual([
      { kind: 'info_added', audience: 'department' },
    ])
    expect(fx.addInfo(complaint({ status: 'escalated' }), input('add_info', text), ctx(CAST.complainant)).notify).toEqual([
      { kind: 'info_added', audience: 'managers' },
    ])
  })

  it('C1: refuses an addition with neither text nor photos, and one over 500 characters (INVALID_INPUT)', () => {
    expect(() => input('add_info', { text: '  ' })).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT', message: '请填写补充内容或添加照片' }),
    )
    expect(() => input('add_info', { text: '漏'.repeat(501) })).toThrow(expect.objectContaining({ message: '补充内容不能超过 500 个字' }))
  })

  it('C1, F3: given the result was given, an addition without a choice is refused rather than attached silently', () => {
    expect(() => fx.addInfo(resolved(), input('add_info', { text: '又漏了' }), ctx(CAST.complainant))).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT', message: '处理结果已反馈：请选择是否要求重新处理' }),
    )
  })

  it('C1, F3: given the result was given, asking to handle it again reopens it as a dissatisfied rating with the addition as the reason', () => {
    const o = fx.addInfo(resolved(), input('add_info', { text: '又漏了', reopen: true }), ctx(CAST.complainant))
    expect(o).toMatchObject({ to: 'reopened', reason: '又漏了', data: { reopen: true, level: 2, escalatedTo: 'department_supervisor' } })
    expect(o.patch).toMatchObject({
      reopenCount: 1,
      rating: { level: 2, comment: '又漏了' },
      additions: [{ text: '又漏了', reopen: true }],
    })
    const again = fx.addInfo(
      resolved({ reopenCount: 1 }),
      input('add_info', { photos: [uploaded('complaints', 'leakphoto3')], reopen: true }),
      ctx(CAST.complainant),
    )
    expect(again).toMatchObject({ to: 'escalated', reason: '补充了照片，要求重新处理' })
  })

  it('C1, F3: given the result was given, adding only keeps the result standing and tells the assignee', () => {
    const o = fx.addInfo(resolved(), input('add_info', { text: '补充发票照片', reopen: false }), ctx(CAST.complainant))
    expect(o).toMatchObject({ to: 'resolved', data: { reopen: false }, notify: [{ kind: 'info_added', audience: 'assignee' }] })
    expect(o.patch).toEqual({ additions: [expect.objectContaining({ reopen: false })] })
  })
})

describe('C2: the complainant urges', () => {
  const fresh = (over = {}) => complaint({ status: 'investigating', respondedAt: NOW - HOUR, ...over })

  it('C2: given a step an hour ago and the deadline days away, urging is not open yet, and says from when it is', () => {
    expect(unavailableReason(fresh(), 'urge', ctx(CAST.complainant))).toBe('处理期限临近或 24 小时无新进展时可催办（12月1日 09:00起）')
  })

  it('C2: opens when the deadline is within a day, even right after a step', () => {
    const near = fresh({ deadlines: { handlingDueAt: NOW + 23 * HOUR } })
    expect(unavailableReason(near, 'urge', ctx(CAST.complainant))).toBeNull()
  })

  it('C2: opens after the quiet period the manager set, counted from the last step the complainant could see', () => {
    const settings = withDefaults({ deadlines: { urgeQuietHours: 2 } as never })
    expect(unavailableReason(fresh(), 'urge', ctx(CAST.complainant, NOW, settings))).toBe(
      '处理期限临近或 2 小时无新进展时可催办（11月30日 11:00起）',
    )
    expect(unavailableReason(fresh(), 'urge', ctx(CAST.complainant, NOW + HOUR, settings))).toBeNull()
    // A staff reply in the conversation is a step the complainant sees.
    expect(lastVisibleStepAt(fresh({ thread: { count: 1, lastAt: NOW, staffAt: NOW } }))).toBe(NOW)
  })

  it('C2: the first urge reaches the assignee; from the second, the department supervisor too', () => {
    const c = complaint({ status: 'investigating' })
    const first = fx.urge(c, input('urge'), ctx(CAST.complainant))
    expect(first).toEqual({
      to: 'investigating',
      patch: { urges: [{ at: NOW, to: ['assignee'] }] },
      reason: '已通知承办人',
      data: { count: 1, to: ['assignee'] },
      notify: [{ kind: 'urged', audience: 'assignee' }],
    })
    const second = fx.urge({ ...c, urges: [{ at: NOW - 48 * HOUR, to: ['assignee'] }] }, input('urge'), ctx(CAST.complainant))
    expect(second).toMatchObject({ reason: '已通知承办人、部门主管', data: { count: 2, to: ['assignee', 'department_supervisor'] } })
    expect(second.notify).toEqual([
      { kind: 'urged', audience: 'assignee' },
      { kind: 'urged', audience: 'department_supervisor' },
    ])
  })

  it('C2: at most once a Shanghai calendar day: refused the same evening, open again after midnight', () => {
    const c = complaint({ status: 'investigating', urges: [{ at: at('2026-11-30', '00:30'), to: ['assignee'] }] })
    expect(() => decide(c, 'urge', input('urge'), ctx(CAST.complainant, at('2026-11-30', '23:59')))).toThrow(
      expect.objectContaining({ code: 'GUARD_FAILED', message: '今天已催办过，每天可催办一次，请明天再试' }),
    )
    expect(unavailableReason(c, 'urge', ctx(CAST.complainant, at('2026-12-01', '00:00')))).toBeNull()
  })

  it('C2: before dispatch an urge reaches the customer service center, whose supervisors are in it', () => {
    const o = fx.urge(undispatched({ urges: [{ at: NOW - 48 * HOUR, to: ['customer_service'] }] }), input('urge'), ctx(CAST.complainant))
    expect(o).toMatchObject({ reason: '已通知客户服务中心', notify: [{ kind: 'urged', audience: 'customer_service' }] })
  })
})

describe('C3: the complainant withdraws', () => {
  it('C3: given a complaint with the department, it ends as withdrawn with the reason, and customer service and the assignee are told', () => {
    const o = fx.withdraw(complaint({ status: 'investigating' }), input('withdraw', { reason: 'resolved_self' }), ctx(CAST.complainant))
    expect(o).toEqual({
      to: 'withdrawn',
      patch: {
        withdrawal: { reason: 'resolved_self', text: '', by: { openid: CAST.complainant.openid, name: '王丽', role: 'resident' }, at: NOW },
      },
      reason: '已自行解决',
      data: { reason: 'resolved_self', to: ['customer_service', 'assignee'] },
      notify: [
        { kind: 'withdrawn', audience: 'customer_service' },
        { kind: 'withdrawn', audience: 'assignee' },
      ],
    })
  })

  it('C3: 其他 needs the complainant’s own words; an unknown reason is refused', () => {
    expect(() => input('withdraw', { reason: 'other' })).toThrow(expect.objectContaining({ message: '选择“其他”时请说明撤销原因' }))
    expect(() => input('withdraw', { reason: 'bored' })).toThrow(expect.objectContaining({ message: '请选择有效的撤销原因' }))
    const o = fx.withdraw(undispatched(), input('withdraw', { reason: 'other', text: '搬家了' }), ctx(CAST.complainant))
    expect(o).toMatchObject({ reason: '其他：搬家了', notify: [{ kind: 'withdrawn', audience: 'customer_service' }] })
  })

  it('C3: after the result, or once withdrawn, it cannot be withdrawn; another resident never can', () => {
    expect(() => decide(resolved(), 'withdraw', input('withdraw', { reason: 'mistaken' }), ctx(CAST.complainant))).toThrow(
      expect.objectContaining({ code: 'INVALID_STATE' }),
    )
    expect(() => decide(complaint({ status: 'withdrawn' }), 'add_info', input('add_info', { text: 'x' }), ctx(CAST.complainant))).toThrow(
      expect.objectContaining({ code: 'INVALID_STATE', message: '投诉当前为“已撤销”，不能补充信息，请刷新后查看' }),
    )
    expect(() => decide(complaint(), 'withdraw', input('withdraw', { reason: 'mistaken' }), ctx(CAST.otherResident))).toThrow(
      expect.objectContaining({ code: 'FORBIDDEN' }),
    )
  })
})
