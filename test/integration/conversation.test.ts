/**
 * The conversation on a complaint, on the built function (C4, G3-P5): who may read and write,
 * what masked viewers and the accused see, read state, and how a reply reaches the complainant.
 */
import { harnessPerTest, setNow, U } from '../helpers/emulator'

const h = harnessPerTest('2026-11-30T02:00:00Z')

/** 王丽's cleaning complaint, accepted to cleaning and taken by 张洁. */
async function taken() {
  const c = await h.as(U.wangli)('complaint.submit', {
    category: 'cleaning',
    location: '3栋2单元电梯厅',
    description: '电梯厅地面有积水。',
  })
  await h.as(U.agent)('complaint.act', { id: c.id, action: 'accept', departmentCode: 'cleaning' })
  await h.as(U.cleaning)('complaint.act', { id: c.id, action: 'take' })
  return c
}

const say = (openid: string, id: string, text: string) => h.as(openid)('conversation.send', { id, text })

describe('C4 conversation', () => {
  it('C4: the complainant and the assignee talk; each sees the other’s words, who wrote them, and whether their own were read', async () => {
    const c = await taken()
    const mine = await say(U.wangli, c.id, '请问什么时候来处理？')
    expect(mine).toMatchObject({
      access: 'full',
      side: 'complainant',
      canPost: true,
      messages: [{ author: '我', mine: true, read: false }],
    })
    expect((await h.as(U.cleaning)('complaint.get', { id: c.id })).unreadMessages).toBe(true)
    const handler = await h.as(U.cleaning)('conversation.list', { id: c.id })
    expect(handler).toMatchObject({ unread: 1, messages: [{ author: '投诉人', text: '请问什么时候来处理？' }] })
    await h.as(U.cleaning)('conversation.read', { id: c.id })
    setNow('2026-11-30T02:30:00Z')
    await say(U.cleaning, c.id, '今天下午两点到现场。')
    const resident = await h.as(U.wangli)('conversation.list', { id: c.id })
    expect(resident.messages.map((m: any) => [m.author, m.read])).toEqual([
      ['我', true],
      ['张洁（承办人）', undefined],
    ])
    expect(resident.unread).toBe(1)
    expect((await h.as(U.wangli)('complaint.list', { scope: 'mine' })).items[0]).toMatchObject({ id: c.id, unreadMessages: true })
    await h.as(U.wangli)('conversation.read', { id: c.id })
    expect((await h.as(U.wangli)('conversation.list', { id: c.id })).unread).toBe(0)
    const stored = await h.docs('conversation', { complaintId: c.id })
    expect(stored.map((m: any) => m.side)).toEqual(['complainant', 'staff'])
  })

  it('C4: a staff reply reaches the complainant as a subscription message while they have quota, and in the app otherwise', async () => {
    const c = await taken()
    await h.subscribe(U.wangli, ['complaint_progress'])
    await say(U.cleaning, c.id, '今天下午两点到现场。')
    const [msg] = h.emu.recorder.list(U.wangli).slice(-1)
    expect(msg.title).toBe('投诉处理进度通知')
    expect(Object.values(msg.data).map((v) => v.value)).toEqual(expect.arrayContaining([c.no, '新回复']))
    const before = h.emu.recorder.list(U.wangli).length
    await say(U.cleaning, c.id, '已到现场。')
    expect(h.emu.recorder.list(U.wangli)).toHaveLength(before) // no quota left: in the app only
    const inbox = await h.as(U.wangli)('messages.list', {})
    expect(inbox.items.filter((m: any) => m.title === '物业回复了您的留言')).toHaveLength(2)
  })

  it('C4: customer service, the supervisor, the first-contact owner and the manager take part; a department colleague sees the staff’s messages only', async () => {
    const c = await taken()
    await say(U.wangli, c.id, '我家电话是 13800001111，随时联系')
    await say(U.cleaningSupervisor, c.id, '主管已知悉，会督促处理。')
    for (const who of [U.agent, U.manager, U.cleaningSupervisor])
      expect((await h.as(who)('conversation.list', { id: c.id })).messages).toHaveLength(2)
    // A second cleaning handler who is not the assignee: masked, staff's messages only.
    const code = (await h.as(U.manager)('invite.create', { role: 'handler', departmentCode: 'cleaning', name: '李扫' })).code
    await h.as('new-cleaner')('me.bindInvite', { code })
    const colleague = await h.as('new-cleaner')('conversation.list', { id: c.id })
    expect(colleague).toMatchObject({ access: 'staff_only', canPost: false })
    expect(colleague.messages.map((m: any) => m.text)).toEqual(['主管已知悉，会督促处理。'])
    const r = await h.raw('new-cleaner')('conversation.send', { id: c.id, text: '我来看看' })
    expect(r.error).toEqual({ code: 'FORBIDDEN', message: '您不是该投诉的沟通对象，不能留言' })
    expect((await h.as('new-cleaner')('complaint.get', { id: c.id })).conversation).toEqual({ access: 'staff_only', unreadMessages: false })
  })

  it('G3-P5, C4, C1: the staff member the complaint is about never sees the thread, nor the complainant’s additions', async () => {
    const c = await h.as(U.wangli)('complaint.submit', { category: 'security', location: '东门', description: '东门夜班保安态度恶劣。' })
    await h.as(U.agent)('complaint.act', { id: c.id, action: 'accept', departmentCode: 'security', subjectStaff: { name: '马东' } })
    await say(U.wangli, c.id, '就是那个夜班的保安')
    const r = await h.raw(U.guard)('conversation.list', { id: c.id })
    expect(r.error.code).toBe('NOT_FOUND')
    expect((await h.raw(U.guard)('conversation.send', { id: c.id, text: '我没有' })).error.code).toBe('NOT_FOUND')
    expect((await h.as(U.security)('conversation.list', { id: c.id })).messages).toEqual([])
    // Nor the complainant's additions or urges: their record is the outline and the allegation.
    await h.as(U.wangli)('complaint.act', { id: c.id, action: 'add_info', text: '他还推了我一下' })
    const accused = await h.as(U.guard)('complaint.get', { id: c.id })
    expect(accused).toMatchObject({ additions: [], urges: [], conversation: null })
    expect(JSON.stringify(accused)).not.toContain('他还推了我一下')
  })

  it('C4: no relation, an empty or over-long message, or a finished complaint: a Chinese message, nothing written', async () => {
    const c = await taken()
    expect((await h.raw(U.chen)('conversation.send', { id: c.id, text: '你好' })).error.code).toBe('NOT_FOUND')
    expect((await h.raw(U.landscaping)('conversation.list', { id: c.id })).error.code).toBe('NOT_FOUND')
    expect((await h.raw(U.wangli)('conversation.send', { id: c.id, text: '   ' })).error).toEqual({
      code: 'INVALID_INPUT',
      message: '请填写留言内容',
    })
    expect((await h.raw(U.wangli)('conversation.send', { id: c.id, text: '长'.repeat(501) })).error.message).toBe('留言不能超过 500 个字')
    expect((await h.raw(U.wangli)('conversation.send', { id: c.id, text: '有人代开发票' })).error.code).toBe('CONTENT_RISKY')
    await h.as(U.wangli)('complaint.act', { id: c.id, action: 'withdraw', reason: 'resolved_self' })
    const ended = await h.raw(U.wangli)('conversation.send', { id: c.id, text: '谢谢' })
    expect(ended.error).toEqual({ code: 'INVALID_STATE', message: '投诉已结束，不能再留言' })
    expect(await h.docs('conversation', { complaintId: c.id })).toEqual([])
    expect((await h.as(U.wangli)('conversation.list', { id: c.id })).postBlocked).toBe('投诉已结束，不能再留言')
  })
})
