/**
 * 12345 hotline work orders through the built functions (W1–W4, issue 18): registration with the
 * order number and the hotline's deadline, duplicates refused, the deadline that applies, the
 * reply to the hotline and the hotline's satisfaction result — and bad input changing nothing.
 */
import { harnessPerTest, setNow, U } from '../helpers/emulator'

const h = harnessPerTest('2026-11-30T02:00:00Z')
/** Monday 30 November 2026, 10:00 in Shanghai. */
const NOW = Date.parse('2026-11-30T10:00:00+08:00')
const shanghai = (iso: string) => Date.parse(`${iso}+08:00`)

const order = (orderNo = 'GD2026113000123', dueAt = shanghai('2026-12-01T17:00:00')) => ({
  channel: 'hotline',
  category: 'cleaning',
  location: '5栋1单元电梯厅',
  description: '12345转来：电梯厅垃圾三天没有清运。',
  complainant: { name: '钱七', room: '', phone: '13900001234' },
  hotline: { orderNo, dueAt },
})
const act = (openid: string, id: string, action: string, extra: Record<string, unknown> = {}) =>
  h.raw(openid)('complaint.act', { id, action, ...extra })

describe('W1, W2: staff register a 12345 work order', () => {
  it('W1 W2: the order number and the hotline deadline are kept; accepting makes the sooner hotline deadline the handling deadline', async () => {
    const c = await h.as(U.agent)('complaint.register', order(' gd2026113000123 '))
    expect(c).toMatchObject({ channel: 'hotline', channelLabel: '12345热线', status: 'submitted', confirmation: { required: false } })
    expect(c.hotline).toEqual({ orderNo: 'GD2026113000123', dueAt: shanghai('2026-12-01T17:00:00') })
    const accepted = await h.as(U.agent)('complaint.act', { id: c.id, action: 'accept', departmentCode: 'cleaning' })
    // H4-1 would give 3 working days (3 December); the hotline's 1 December 17:00 is sooner.
    expect(accepted.deadlines.handlingDueAt).toBe(shanghai('2026-12-01T17:00:00'))
    expect(accepted.due).toMatchObject({ kind: 'handling', at: shanghai('2026-12-01T17:00:00') })
  })

  it('W2: given a hotline deadline later than the procedure’s, the procedure’s handling deadline applies', async () => {
    const c = await h.as(U.agent)('complaint.register', order('GD-LATER-1', shanghai('2026-12-20T17:00:00')))
    const accepted = await h.as(U.agent)('complaint.act', { id: c.id, action: 'accept' })
    expect(accepted.deadlines.handlingDueAt).toBe(Date.parse('2026-12-03T23:59:59.999+08:00'))
  })

  it('W1: an order number registered twice is refused with CONFLICT naming the existing complaint, and nothing is saved', async () => {
    const first = await h.as(U.agent)('complaint.register', order())
    const before = h.snapshot()
    const r = await h.raw(U.manager)('complaint.register', { ...order('GD 2026 1130 00123'), description: '同一工单再次登记' })
    expect(r.error).toEqual({
      code: 'CONFLICT',
      message: `12345工单号 GD2026113000123 已登记为投诉 ${first.no}（待受理），请勿重复登记；热线再次转来的同一工单请在原投诉上处理`,
    })
    expect(h.snapshot()).toEqual(before)
  })

  it('W1: two registrations of one order number at the same moment make one complaint', async () => {
    const rs = await Promise.all([h.raw(U.agent)('complaint.register', order()), h.raw(U.csSupervisor)('complaint.register', order())])
    expect(rs.filter((r) => r.ok)).toHaveLength(1)
    expect(rs.filter((r) => !r.ok).map((r) => r.error.code)).toEqual(['CONFLICT'])
    expect(await h.docs('complaints', { channel: 'hotline' })).toHaveLength(1)
  })

  it.each([
    [
      'a deadline in the past',
      { orderNo: 'GD1001', dueAt: NOW - 60_000 },
      'INVALID_INPUT',
      '热线办理时限（2026年11月30日 09:59）已过，请核对工单上的时限',
    ],
    ['a deadline that is not an instant', { orderNo: 'GD1001', dueAt: '明天下午' }, 'INVALID_INPUT', '热线办理时限格式不正确'],
    ['no deadline', { orderNo: 'GD1001' }, 'INVALID_INPUT', '热线办理时限格式不正确'],
    [
      'a malformed order number',
      { orderNo: '工单一〇〇一', dueAt: NOW + 86_400_000 },
      'INVALID_INPUT',
      '12345工单号应为 4–40 位字母、数字或“-”',
    ],
  ])('W2: given %s, registration is refused in Chinese and nothing is saved', async (_what, hotline, code, message) => {
    const before = h.snapshot()
    const r = await h.raw(U.agent)('complaint.register', { ...order(), hotline })
    expect(r.error).toEqual({ code, message })
    expect(h.snapshot()).toEqual(before)
  })

  it('W1: the hotline channel without its order, or an order on another channel, is refused in Chinese', async () => {
    const { hotline: _h, ...noOrder } = order()
    expect((await h.raw(U.agent)('complaint.register', noOrder)).error).toEqual({
      code: 'INVALID_INPUT',
      message: '请填写12345工单号和热线要求的办理时限',
    })
    expect((await h.raw(U.agent)('complaint.register', { ...order(), channel: 'letter' })).error).toEqual({
      code: 'INVALID_INPUT',
      message: '只有“12345热线”渠道的投诉才填写热线工单号和办理时限',
    })
    expect(await h.docs('complaints')).toEqual([])
  })
})

describe('W3, W4: the reply to the hotline and the hotline’s satisfaction result', () => {
  it('W3 W4: customer service replies (text, time, who), then records the hotline’s result; the timeline shows both, the status stays', async () => {
    const c = await h.as(U.agent)('complaint.register', order())
    await h.as(U.agent)('complaint.act', { id: c.id, action: 'accept', departmentCode: 'cleaning' })
    expect((await h.as(U.agent)('complaint.get', { id: c.id })).allowedActions).toContain('hotline_reply')
    setNow('2026-11-30T06:00:00Z')
    const replied = await h.as(U.agent)('complaint.act', {
      id: c.id,
      action: 'hotline_reply',
      text: '已安排保洁部当日清运，并加密巡查频次。',
      repliedAt: shanghai('2026-11-30T13:30:00'),
    })
    expect(replied.status).toBe('dispatched')
    expect(replied.hotline.reply).toEqual({
      text: '已安排保洁部当日清运，并加密巡查频次。',
      at: shanghai('2026-11-30T13:30:00'),
      by: '林晓',
      onTime: true,
    })
    const rated = await h.as(U.agent)('complaint.act', {
      id: c.id,
      action: 'hotline_satisfaction',
      result: 'satisfied',
      note: '热线回访满意',
    })
    expect(rated.hotline.satisfaction).toMatchObject({ result: 'satisfied', resultLabel: '满意', note: '热线回访满意', by: '林晓' })
    expect(rated.events.map((e: { action: string }) => e.action).slice(-2)).toEqual(['hotline_reply', 'hotline_satisfaction'])
    expect(rated.events.at(-2)).toMatchObject({ actionLabel: '回复12345热线', data: { onTime: true, orderNo: 'GD2026113000123' } })
    // V2: the registration form carries the order and the exchange with the hotline.
    const form = await h.as(U.agent)('complaint.form', { id: c.id })
    const rows = Object.fromEntries(form.sections.flatMap((x: { rows: [string, string][] }) => x.rows))
    expect(rows).toMatchObject({
      '12345工单号': 'GD2026113000123',
      热线办理时限: '2026年12月1日 17:00',
      回复热线: '已安排保洁部当日清运，并加密巡查频次。（林晓，2026年11月30日 13:30）',
      热线满意度: '满意：热线回访满意',
    })
  })

  it('W3: a reply on a complaint that is not a work order is refused in Chinese, and nothing changes', async () => {
    const c = await h.as(U.agent)('complaint.register', {
      ...order(),
      channel: 'phone',
      hotline: undefined,
      confirmation: { method: 'phone_readback' },
    })
    const before = h.snapshot()
    expect((await act(U.agent, c.id, 'hotline_reply', { text: '已处理' })).error).toEqual({
      code: 'GUARD_FAILED',
      message: '该投诉不是12345热线工单，不能回复热线或记录热线满意度',
    })
    expect(h.snapshot()).toEqual(before)
  })

  it('W3 W4: a second reply, a result before any reply, a handler replying: each refused in Chinese, nothing changed', async () => {
    const c = await h.as(U.agent)('complaint.register', order())
    await h.as(U.agent)('complaint.act', { id: c.id, action: 'accept', departmentCode: 'cleaning' })
    let before = h.snapshot()
    expect((await act(U.agent, c.id, 'hotline_satisfaction', { result: 'satisfied' })).error).toEqual({
      code: 'GUARD_FAILED',
      message: '请先记录向12345热线的回复，再记录热线满意度结果',
    })
    expect((await act(U.cleaning, c.id, 'hotline_reply', { text: '已处理' })).error.code).toBe('FORBIDDEN')
    expect((await act(U.agent, c.id, 'hotline_reply', { text: '已处理', repliedAt: NOW + 3_600_000 })).error).toEqual({
      code: 'INVALID_INPUT',
      message: '回复热线的时间不能晚于现在',
    })
    expect(h.snapshot()).toEqual(before)
    await h.as(U.agent)('complaint.act', { id: c.id, action: 'hotline_reply', text: '已处理' })
    before = h.snapshot()
    expect((await act(U.manager, c.id, 'hotline_reply', { text: '再回复一次' })).error).toEqual({
      code: 'GUARD_FAILED',
      message: '已于 2026年11月30日 10:00 回复12345热线，不能重复回复',
    })
    expect(h.snapshot()).toEqual(before)
  })

  it('W3: a refused work order is still answered to the hotline', async () => {
    const c = await h.as(U.agent)('complaint.register', order())
    await h.as(U.agent)('complaint.act', {
      id: c.id,
      action: 'refuse',
      ground: 'A4-R1',
      explanation: '属于市政管网问题，已告知热线转交市政部门。',
    })
    const r = await h.as(U.agent)('complaint.act', {
      id: c.id,
      action: 'hotline_reply',
      text: '经核实不属于物业服务范围，建议转市政部门。',
    })
    expect(r).toMatchObject({ status: 'refused', hotline: { reply: { onTime: true } } })
  })
})
