/** 12345 hotline work orders (W1–W4, issue 18): the registration's order, the deadline that applies, the reply and the hotline's result. */
import * as fx from '../../cloudfunctions/complaint/domain/effects'
import { duplicateOrderMessage, hotlineOrderOf, hotlineView, withHotlineDeadline } from '../../cloudfunctions/complaint/domain/hotline'
import { allowedActions, blockedActions, decide } from '../../cloudfunctions/complaint/domain/lifecycle'
import { disclose } from '../../cloudfunctions/complaint/domain/disclosure'
import type { Complaint, HotlineOrder } from '../../cloudfunctions/complaint/domain/model'
import { personRef } from '../../cloudfunctions/complaint/domain/policy'
import { parseInput, schemas } from '../../cloudfunctions/complaint/domain/validation'
import { at, CAST, complaint, ctx, endOf, HOUR, input, NOW, undispatched } from './fixtures'

const order = (over: Partial<HotlineOrder> = {}): HotlineOrder => ({ orderNo: 'GD2026113000123', dueAt: endOf('2026-12-01'), ...over })
const workOrder = (over: Partial<Complaint> = {}, h: Partial<HotlineOrder> = {}) =>
  undispatched({
    channel: 'hotline',
    firstContact: { ...personRef(CAST.agent), at: NOW - HOUR },
    hotline: order(h),
    deadlines: {},
    ...over,
  })

describe('W1, W2: what a hotline registration must carry', () => {
  it('given the hotline channel, it needs the order number and a deadline ahead; another channel takes none', () => {
    expect(hotlineOrderOf('hotline', { orderNo: 'GD1', dueAt: NOW + HOUR }, NOW)).toEqual({ orderNo: 'GD1', dueAt: NOW + HOUR })
    expect(() => hotlineOrderOf('hotline', undefined, NOW)).toThrow('请填写12345工单号和热线要求的办理时限')
    expect(() => hotlineOrderOf('phone', { orderNo: 'GD1', dueAt: NOW + HOUR }, NOW)).toThrow(
      '只有“12345热线”渠道的投诉才填写热线工单号和办理时限',
    )
    expect(hotlineOrderOf('phone', undefined, NOW)).toBeUndefined()
  })

  it('given a hotline deadline in the past, or now, or over a year ahead, it is refused in Chinese naming the time', () => {
    expect(() => hotlineOrderOf('hotline', { orderNo: 'GD1', dueAt: NOW - HOUR }, NOW)).toThrow(
      '热线办理时限（2026年11月30日 09:00）已过，请核对工单上的时限',
    )
    expect(() => hotlineOrderOf('hotline', { orderNo: 'GD1', dueAt: NOW }, NOW)).toThrow('已过')
    expect(() => hotlineOrderOf('hotline', { orderNo: 'GD1', dueAt: NOW + 400 * 24 * HOUR }, NOW)).toThrow('不能晚于一年之后')
  })

  it('given a malformed order number or deadline, the schema refuses it in Chinese; an order number is written one way', () => {
    const base = { category: 'cleaning', location: '3栋大堂', description: '大堂很脏', channel: 'hotline', complainant: { name: '赵六' } }
    const parse = (hotline: unknown) => parseInput(schemas.register, { ...base, hotline })
    expect(parse({ orderNo: ' gd-2026 1130 001 ', dueAt: NOW }).hotline).toEqual({ orderNo: 'GD-20261130001', dueAt: NOW })
    expect(parse({ orderNo: 'ＧＤ２０２６', dueAt: NOW }).hotline?.orderNo).toBe('GD2026')
    expect(() => parse({ orderNo: '工单12', dueAt: NOW })).toThrow('12345工单号应为 4–40 位字母、数字或“-”')
    expect(() => parse({ orderNo: '', dueAt: NOW })).toThrow('12345工单号')
    expect(() => parse({ orderNo: 'GD2026', dueAt: '2026-12-01' })).toThrow('热线办理时限格式不正确')
    expect(() => parse({ orderNo: 'GD2026', dueAt: 1.5 })).toThrow('热线办理时限格式不正确')
    expect(() => parse({ orderNo: 'GD2026' })).toThrow('热线办理时限格式不正确')
  })

  it('W1: the duplicate message names the complaint that holds the number and its state', () => {
    expect(duplicateOrderMessage('GD1', { no: 'TS20261130-0002', status: 'dispatched' })).toBe(
      '12345工单号 GD1 已登记为投诉 TS20261130-0002（已派单），请勿重复登记；热线再次转来的同一工单请在原投诉上处理',
    )
  })
})

describe('W2: the sooner of the hotline deadline and the procedure’s handling deadline applies', () => {
  it('given a hotline deadline sooner than the 3 working days of H4-1, accepting sets it as the handling deadline, and dispatch is due by it', () => {
    const due = at('2026-11-30', '17:00')
    const o = fx.accept(workOrder({}, { dueAt: due }), input('accept'), ctx(CAST.agent))
    expect(o.patch.deadlines).toEqual({ dispatchDueAt: due, handlingDueAt: due })
  })

  it('given a hotline deadline later than the procedure’s, the procedure’s deadlines stand', () => {
    const o = fx.accept(workOrder({}, { dueAt: endOf('2026-12-20') }), input('accept'), ctx(CAST.agent))
    expect(o.patch.deadlines).toEqual({ dispatchDueAt: endOf('2026-12-01'), handlingDueAt: endOf('2026-12-03') })
  })

  it('given a hotline deadline between dispatch and handling deadlines, only the handling deadline moves', () => {
    const o = fx.accept(workOrder({}, { dueAt: endOf('2026-12-02') }), input('accept'), ctx(CAST.agent))
    expect(o.patch.deadlines).toEqual({ dispatchDueAt: endOf('2026-12-01'), handlingDueAt: endOf('2026-12-02') })
  })

  it('given an emergency work order, its hours-long clock stands unless the hotline’s is sooner still', () => {
    const soon = NOW + HOUR
    expect(
      fx.accept(workOrder({}, { dueAt: soon }), input('accept', { tier: 'emergency' }), ctx(CAST.agent)).patch.deadlines?.handlingDueAt,
    ).toBe(soon)
    const later = fx.accept(workOrder({}, { dueAt: endOf('2026-12-01') }), input('accept', { tier: 'emergency' }), ctx(CAST.agent))
    expect(later.patch.deadlines?.handlingDueAt).toBeLessThan(endOf('2026-12-01'))
  })

  it('given a 暂定 handling deadline replaced by the hotline’s, the hotline’s is fixed (not recounted); a complaint from another channel is untouched', () => {
    const d = { handlingDueAt: endOf('2027-01-10'), provisional: { handlingDueAt: { from: NOW, workdays: 3 } } }
    expect(withHotlineDeadline(d, { channel: 'hotline', hotline: order({ dueAt: endOf('2026-12-31') }) })).toEqual({
      handlingDueAt: endOf('2026-12-31'),
    })
    expect(withHotlineDeadline(d, { channel: 'phone', hotline: undefined })).toBe(d)
  })
})

describe('W3, W4: the reply to the hotline and the hotline’s satisfaction result', () => {
  const accepted = () => workOrder({ status: 'dispatched', departmentCode: 'cleaning', acceptedAt: NOW - HOUR })

  it('W3: customer service, the first-contact owner and the manager may reply; the handler may not; the status stays, the event says it was on time', () => {
    expect(allowedActions(accepted(), ctx(CAST.agent))).toContain('hotline_reply')
    expect(allowedActions(accepted(), ctx(CAST.manager))).toContain('hotline_reply')
    expect(allowedActions(accepted(), ctx(CAST.assignee))).not.toContain('hotline_reply')
    const o = decide(accepted(), 'hotline_reply', input('hotline_reply', { text: '已安排保洁部清扫，今日完成' }), ctx(CAST.agent))
    expect(o.to).toBe('dispatched')
    expect(o.patch.hotline).toEqual({
      ...order(),
      reply: { text: '已安排保洁部清扫，今日完成', at: NOW, by: personRef(CAST.agent), recordedAt: NOW },
    })
    expect(o.data).toEqual({ orderNo: order().orderNo, repliedAt: NOW, onTime: true })
  })

  it('W3: a reply sent after the hotline deadline is recorded as late; a stated time in the future or before receipt is refused', () => {
    const late = decide(
      accepted(),
      'hotline_reply',
      input('hotline_reply', { text: '已处理' }),
      ctx(CAST.agent, endOf('2026-12-01') + HOUR),
    )
    expect(late.data?.onTime).toBe(false)
    expect(() =>
      decide(accepted(), 'hotline_reply', input('hotline_reply', { text: '已处理', repliedAt: NOW + HOUR }), ctx(CAST.agent)),
    ).toThrow('回复热线的时间不能晚于现在')
    const c = accepted()
    expect(() =>
      decide(c, 'hotline_reply', input('hotline_reply', { text: '已处理', repliedAt: c.createdAt - 1 }), ctx(CAST.agent)),
    ).toThrow('回复热线的时间不能早于收到工单的时间')
  })

  it('W3: given a complaint that is not a work order, or one already replied to, the reply is refused in Chinese', () => {
    expect(() => decide(complaint(), 'hotline_reply', input('hotline_reply', { text: '已处理' }), ctx(CAST.agent))).toThrow(
      '该投诉不是12345热线工单，不能回复热线或记录热线满意度',
    )
    const replied = accepted()
    replied.hotline!.reply = { text: '已处理', at: NOW, by: personRef(CAST.agent), recordedAt: NOW }
    expect(() => decide(replied, 'hotline_reply', input('hotline_reply', { text: '再次' }), ctx(CAST.agent))).toThrow(
      '已于 2026年11月30日 10:00 回复12345热线，不能重复回复',
    )
    expect(allowedActions(complaint(), ctx(CAST.manager))).not.toContain('hotline_reply')
  })

  it('W4: the hotline’s result comes after the reply, once', () => {
    const c = accepted()
    expect(blockedActions(c, ctx(CAST.agent))).toContainEqual({
      action: 'hotline_satisfaction',
      reason: '请先记录向12345热线的回复，再记录热线满意度结果',
    })
    expect(() => decide(c, 'hotline_satisfaction', input('hotline_satisfaction', { result: 'satisfied' }), ctx(CAST.agent))).toThrow(
      '请先记录',
    )
    c.hotline!.reply = { text: '已处理', at: NOW, by: personRef(CAST.agent), recordedAt: NOW }
    const o = decide(
      c,
      'hotline_satisfaction',
      input('hotline_satisfaction', { result: 'basically_satisfied', note: '热线回访' }),
      ctx(CAST.agent),
    )
    expect(o.patch.hotline?.satisfaction).toEqual({ result: 'basically_satisfied', note: '热线回访', by: personRef(CAST.agent), at: NOW })
    c.hotline = o.patch.hotline
    expect(() => decide(c, 'hotline_satisfaction', input('hotline_satisfaction', { result: 'satisfied' }), ctx(CAST.agent))).toThrow(
      '已记录热线满意度结果（基本满意）',
    )
  })

  it('G3-P5: the complainant sees the order’s number and deadline, not the office’s reply nor the hotline’s result; staff see both', () => {
    const c = accepted()
    c.complainant.openid = CAST.complainant.openid
    c.hotline = {
      ...c.hotline!,
      reply: { text: '已处理', at: NOW, by: personRef(CAST.agent), recordedAt: NOW },
      satisfaction: { result: 'satisfied', note: '', by: personRef(CAST.agent), at: NOW },
    }
    expect(hotlineView(disclose(c, CAST.complainant).complaint)).toEqual({ hotline: { orderNo: order().orderNo, dueAt: order().dueAt } })
    expect(hotlineView(disclose(c, CAST.agent).complaint).hotline).toMatchObject({
      reply: { text: '已处理', by: '林晓', onTime: true },
      satisfaction: { result: 'satisfied', resultLabel: '满意' },
    })
  })
})
