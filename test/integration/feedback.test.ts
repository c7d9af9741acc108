/**
 * §4 Feedback and return visit: the result (F1), the rating and staff return visits (F2),
 * reopening and escalation (F3), and closing as "no response" (F4) — the last two driven by the
 * timer trigger exactly as WeChat cloud fires it.
 */
import { RECOURSE_NOTICE } from '@shared/vocabulary'
import { harnessPerTest, setNow, U } from '../helpers/emulator'

const h = harnessPerTest('2026-11-30T02:00:00Z')

/** Filed at 10:00, accepted 10:05, taken 10:10, result 10:15 on Monday 30 November. */
async function resolved(openid: string = U.wangli) {
  const c = await h.as(openid)('complaint.submit', {
    category: 'cleaning',
    location: '3栋2单元电梯厅',
    description: '电梯厅地面有积水和烟头。',
  })
  setNow('2026-11-30T02:05:00Z')
  await h.as(U.agent)('complaint.act', { id: c.id, action: 'accept', departmentCode: 'cleaning' })
  setNow('2026-11-30T02:10:00Z')
  await h.as(U.cleaning)('complaint.act', { id: c.id, action: 'take' })
  setNow('2026-11-30T02:15:00Z')
  return h.as(U.cleaning)('complaint.act', { id: c.id, action: 'give_result', mode: 'rectification', summary: '已清理并加强巡查。' })
}

describe('F1 result', () => {
  it('F1 the complainant is told the result by subscription message and sees it in the mini-program', async () => {
    await h.subscribe(U.wangli, ['complaint_result'])
    const c = await resolved()
    const [msg] = h.emu.recorder.list(U.wangli)
    expect(msg).toMatchObject({ title: '投诉处理结果通知', page: `pages/detail/index?id=${c.id}` })
    expect(Object.values(msg.data).map((v) => v.value)).toEqual(expect.arrayContaining([c.no, '已清理并加强巡查。', '已办结']))
    expect((await h.as(U.wangli)('complaint.get', { id: c.id })).result).toMatchObject({
      summary: '已清理并加强巡查。',
      modeLabel: '立即整改',
      by: '张洁',
    })
  })

  it('F1 without a subscription the result still reaches the in-app message list', async () => {
    const c = await resolved()
    expect(h.emu.recorder.list(U.wangli)).toEqual([])
    const inbox = await h.as(U.wangli)('messages.list', {})
    expect(inbox.unread).toBe(2)
    expect(inbox.items.map((m: any) => m.title)).toEqual(['投诉已处理完毕，请评价', '您的投诉已受理'])
    expect(inbox.items[0].complaintId).toBe(c.id)
    expect((await h.as(U.wangli)('messages.markRead', {})).unread).toBe(0)
  })
})

describe('F2 rating and return visit', () => {
  it.each([
    [5, '非常满意'],
    [4, '满意'],
    [3, '一般'],
  ])('F2 a rating of %i (%s) with a comment closes the complaint as satisfied', async (level, label) => {
    const c = await resolved()
    const closed = await h.as(U.wangli)('complaint.act', { id: c.id, action: 'rate', level, comment: '好' })
    expect(closed).toMatchObject({ status: 'closed', closure: 'satisfied', rating: { level, levelLabel: label, channelLabel: '业主自评' } })
  })

  it('F2 a rating outside 1–5 is refused and nothing changes', async () => {
    const c = await resolved()
    expect((await h.raw(U.wangli)('complaint.act', { id: c.id, action: 'rate', level: 6 })).error.code).toBe('INVALID_INPUT')
    expect((await h.as(U.wangli)('complaint.get', { id: c.id })).status).toBe('resolved')
  })

  it('F2 without a rating within 3 working days the timer moves it to customer service for a return visit, which staff record by phone', async () => {
    const c = await resolved() // Monday 30 Nov
    await h.subscribe(U.agent, ['staff_task'])
    setNow('2026-12-03T08:00:00Z') // Thursday: still within 3 working days
    await h.emu.fireTimer()
    expect((await h.as(U.agent)('complaint.get', { id: c.id })).status).toBe('resolved')
    setNow('2026-12-04T02:00:00Z') // Friday
    await h.emu.fireTimer()
    const due = await h.as(U.agent)('complaint.get', { id: c.id })
    expect(due.status).toBe('return_visit')
    expect((await h.as(U.agent)('complaint.list', { scope: 'queue' })).items.map((x: any) => x.id)).toContain(c.id)
    expect(h.emu.recorder.list(U.agent).map((m) => Object.values(m.data).map((v) => v.value))).toEqual([expect.arrayContaining(['待回访'])])
    const visited = await h.as(U.agent)('complaint.act', {
      id: c.id,
      action: 'record_return_visit',
      channel: 'phone',
      level: 4,
      comment: '业主表示满意',
    })
    expect(visited).toMatchObject({ status: 'closed', closure: 'satisfied', rating: { level: 4, channelLabel: '电话回访' } })
    const [stored] = await h.docs('complaints', { _id: c.id })
    expect(stored.rating.recordedBy).toMatchObject({ openid: U.agent })
  })
})

describe('F3 reopen and escalation', () => {
  it('F3 a dissatisfied complainant reopens with reasons; it goes back to handling and up to the supervisor', async () => {
    await h.subscribe(U.cleaningSupervisor, ['staff_task'])
    const c = await resolved()
    expect((await h.raw(U.wangli)('complaint.act', { id: c.id, action: 'rate', level: 2 })).error.message).toContain('不满意的原因')
    const reopened = await h.as(U.wangli)('complaint.act', { id: c.id, action: 'rate', level: 2, comment: '第二天又有积水了' })
    expect(reopened).toMatchObject({ status: 'reopened', reopenCount: 1, escalationLevel: 1 })
    expect(reopened.deadlines.handlingDueAt).toBe(Date.parse('2026-12-03T23:59:59.999+08:00'))
    expect(h.emu.recorder.list(U.cleaningSupervisor)).toHaveLength(1)
    const again = await h.as(U.cleaning)('complaint.act', { id: c.id, action: 'take' })
    expect(again.status).toBe('investigating')
  })

  it('F3 after a second dissatisfied result it goes to the manager and the complainant is told of other recourse', async () => {
    await h.subscribe(U.manager, ['staff_task'])
    await h.subscribe(U.wangli, ['complaint_result'])
    const c = await resolved()
    await h.as(U.wangli)('complaint.act', { id: c.id, action: 'rate', level: 1, comment: '没解决' })
    await h.as(U.cleaning)('complaint.act', { id: c.id, action: 'take' })
    await h.as(U.cleaning)('complaint.act', { id: c.id, action: 'give_result', summary: '更换了地垫并每日巡查两次。' })
    await h.subscribe(U.wangli, ['complaint_result']) // the rating tap asks for consent again
    const escalated = await h.as(U.wangli)('complaint.act', { id: c.id, action: 'rate', level: 2, comment: '还是有积水' })
    expect(escalated).toMatchObject({ status: 'escalated', escalationLevel: 2, recourseNotice: RECOURSE_NOTICE })
    expect(h.emu.recorder.list(U.manager)).toHaveLength(1)
    expect(Object.values(h.emu.recorder.list(U.wangli).at(-1)!.data).map((v) => v.value)).toEqual(
      expect.arrayContaining(['已升级', '亦可向住建部门或12345反映']),
    )
    expect((await h.as(U.manager)('complaint.list', { scope: 'escalated' })).items.map((x: any) => x.id)).toEqual([c.id])
    const final = await h.as(U.manager)('complaint.act', {
      id: c.id,
      action: 'final_reply',
      text: '经理到现场查看，已安排维修排水管道，如仍有问题请直接联系我。',
    })
    expect(final).toMatchObject({
      status: 'closed',
      closure: 'dissatisfied_final',
      finalReply: { by: '周经理' },
      recourseNotice: RECOURSE_NOTICE,
    })
  })
})

describe('F4 no response', () => {
  it('F4 a complaint not rated within 7 days of the result is closed as "no response", counted apart from satisfied ones', async () => {
    const c = await resolved()
    setNow('2026-12-07T02:10:00Z') // the full scan runs on every fifth minute (the trigger fires every minute)
    await h.emu.fireTimer()
    expect((await h.as(U.wangli)('complaint.get', { id: c.id })).status).toBe('return_visit')
    setNow('2026-12-07T02:15:00Z')
    const report = await h.emu.fireTimer()
    expect(report.data.transitions).toEqual({ close_no_response: 1 })
    const closed = await h.as(U.wangli)('complaint.get', { id: c.id })
    expect(closed).toMatchObject({ status: 'closed', closure: 'no_response', closureLabel: '未评价结案', rating: undefined })
    expect(closed.events.at(-1)).toMatchObject({
      action: 'close_no_response',
      actorName: '系统',
      reason: '结果反馈后 7 日内未评价，按未评价结案',
    })
  })
})
