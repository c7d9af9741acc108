/**
 * The complainant's own part while a complaint runs, on the built function (C1–C3): adding
 * information, urging and withdrawing — who may, when, who is told, and bad input that changes nothing.
 */
import { harnessPerTest, setNow, U } from '../helpers/emulator'

const h = harnessPerTest('2026-11-30T02:00:00Z') // Monday 10:00 in Shanghai

const filed = (openid: string = U.wangli) =>
  h.as(openid)('complaint.submit', { category: 'cleaning', location: '3栋2单元电梯厅', description: '电梯厅地面有积水。' })

/** Filed and accepted (dispatched to cleaning) at 10:00; taken by 张洁 at 10:05 when `take`. */
async function withDepartment(take = true) {
  const c = await filed()
  await h.as(U.agent)('complaint.act', { id: c.id, action: 'accept', departmentCode: 'cleaning' })
  if (take) await h.as(U.cleaning)('complaint.act', { id: c.id, action: 'take' })
  return c
}

const stored = async (id: string) => (await h.docs('complaints', { _id: id }))[0]
const titles = async (openid: string) => (await h.as(openid)('messages.list', {})).items.map((m: any) => m.title)

describe('C1 adding information', () => {
  it('C1: before dispatch an addition reaches customer service; it is on the timeline for the complainant and new for the agent', async () => {
    const c = await filed()
    const after = await h.as(U.wangli)('complaint.act', { id: c.id, action: 'add_info', text: '今天又漏了，比昨天更严重' })
    expect(after.additions).toEqual([expect.objectContaining({ text: '今天又漏了，比昨天更严重', isNew: false })])
    expect(after.events.at(-1)).toMatchObject({ action: 'add_info', actionLabel: '补充信息', reason: '今天又漏了，比昨天更严重' })
    expect(await titles(U.agent)).toContain('投诉人补充了信息')
    const agentView = await h.as(U.agent)('complaint.get', { id: c.id })
    expect(agentView).toMatchObject({ newInfo: 1, additions: [expect.objectContaining({ isNew: true })] })
    const queue = await h.as(U.agent)('complaint.list', { scope: 'queue' })
    expect(queue.items.find((x: any) => x.id === c.id)).toMatchObject({ newInfo: 1 })
    // Reading clears the badge for the side that handles it now.
    await h.as(U.agent)('conversation.read', { id: c.id })
    expect((await h.as(U.agent)('complaint.get', { id: c.id })).newInfo).toBeUndefined()
  })

  it('C1: with the department, photos and text reach the assignee as a subscription message while they have quota', async () => {
    const c = await withDepartment()
    await h.subscribe(U.cleaning, ['staff_task'])
    const photo = await h.upload(U.wangli)
    const after = await h.as(U.wangli)('complaint.act', { id: c.id, action: 'add_info', photos: [photo] })
    expect(after.additions[0].photos).toEqual([{ fileID: photo, url: expect.stringMatching(/^\/storage\/files\//) }])
    const [msg] = h.emu.recorder.list(U.cleaning)
    expect(Object.values(msg.data).map((v) => v.value)).toEqual(expect.arrayContaining(['已补充', c.no]))
    expect((await h.as(U.cleaning)('complaint.list', { scope: 'tasks' })).items[0]).toMatchObject({ id: c.id, newInfo: 1 })
  })

  it('C1: text is content-checked like the complaint: risky text is refused and nothing is added', async () => {
    const c = await filed()
    const r = await h.raw(U.wangli)('complaint.act', { id: c.id, action: 'add_info', text: '楼下有人代开发票' })
    expect(r.error).toEqual({ code: 'CONTENT_RISKY', message: '内容含有不当信息，请修改后再提交' })
    expect((await stored(c.id)).additions).toBeUndefined()
  })

  it('C1: an empty or over-long addition, one to a refused complaint, or to another resident’s, gets a clear answer and changes nothing', async () => {
    const c = await filed()
    const empty = await h.raw(U.wangli)('complaint.act', { id: c.id, action: 'add_info', text: '' })
    expect(empty.error).toEqual({ code: 'INVALID_INPUT', message: '请填写补充内容或添加照片' })
    const long = await h.raw(U.wangli)('complaint.act', { id: c.id, action: 'add_info', text: '水'.repeat(501) })
    expect(long.error.message).toBe('补充内容不能超过 500 个字')
    await h.as(U.agent)('complaint.act', { id: c.id, action: 'refuse', ground: 'A4-R1', explanation: '属于市政管道' })
    const refused = await h.raw(U.wangli)('complaint.act', { id: c.id, action: 'add_info', text: '补充' })
    expect(refused.error).toEqual({ code: 'INVALID_STATE', message: '投诉当前为“不予受理”，不能补充信息，请刷新后查看' })
    expect((await stored(c.id)).version).toBe(2)
    const other = await h.raw(U.chen)('complaint.act', { id: c.id, action: 'add_info', text: '我也补充' })
    expect(other.error.code).toBe('NOT_FOUND')
  })

  it('C1, F3: after the result an addition asks whether to reopen; choosing to reopen sends it back to the department under the supervisor', async () => {
    const c = await withDepartment()
    await h.as(U.cleaning)('complaint.act', { id: c.id, action: 'give_result', mode: 'rectification', summary: '已清理。' })
    const ask = await h.raw(U.wangli)('complaint.act', { id: c.id, action: 'add_info', text: '又积水了' })
    expect(ask.error).toEqual({ code: 'INVALID_INPUT', message: '处理结果已反馈：请选择是否要求重新处理' })
    expect((await stored(c.id)).status).toBe('resolved')
    const reopened = await h.as(U.wangli)('complaint.act', { id: c.id, action: 'add_info', text: '又积水了', reopen: true })
    expect(reopened).toMatchObject({
      status: 'reopened',
      reopenCount: 1,
      escalationLevel: 1,
      additions: [expect.objectContaining({ reopen: true })],
    })
    expect(await titles(U.cleaningSupervisor)).toContain('投诉人不满意，已重新处理')
  })
})

describe('C2 urging', () => {
  it('C2: not before the deadline is near or a quiet day has passed — the button is shown blocked with the reason, and a request is refused', async () => {
    const c = await withDepartment()
    const view = await h.as(U.wangli)('complaint.get', { id: c.id })
    expect(view.allowedActions).not.toContain('urge')
    expect(view.blockedActions).toEqual([{ action: 'urge', reason: '处理期限临近或 24 小时无新进展时可催办（12月1日 10:00起）' }])
    const r = await h.raw(U.wangli)('complaint.act', { id: c.id, action: 'urge' })
    expect(r.error.code).toBe('GUARD_FAILED')
    expect((await stored(c.id)).urges).toBeUndefined()
  })

  it('C2: after a quiet day the assignee is told; the complainant sees whom it reached by role; twice the same day is refused', async () => {
    const c = await withDepartment()
    setNow('2026-12-01T02:10:00Z')
    const urged = await h.as(U.wangli)('complaint.act', { id: c.id, action: 'urge' })
    expect(urged.urges).toEqual([{ at: Date.parse('2026-12-01T02:10:00Z'), toLabel: '承办人' }])
    expect(urged.events.at(-1)).toMatchObject({ action: 'urge', actionLabel: '催办', reason: '已通知承办人' })
    expect(JSON.stringify(urged.urges)).not.toContain('张洁')
    expect(await titles(U.cleaning)).toContain('投诉人催办')
    expect(await titles(U.cleaningSupervisor)).not.toContain('投诉人催办')
    setNow('2026-12-01T15:59:00Z') // 23:59 the same Shanghai day
    const again = await h.raw(U.wangli)('complaint.act', { id: c.id, action: 'urge' })
    expect(again.error).toEqual({ code: 'GUARD_FAILED', message: '今天已催办过，每天可催办一次，请明天再试' })
    expect((await stored(c.id)).urges).toHaveLength(1)
  })

  it('C2, V1: from the second urge, on another day, the department supervisor is told too', async () => {
    const c = await withDepartment()
    setNow('2026-12-01T02:10:00Z')
    await h.as(U.wangli)('complaint.act', { id: c.id, action: 'urge' })
    setNow('2026-12-02T01:00:00Z')
    const second = await h.as(U.wangli)('complaint.act', { id: c.id, action: 'urge' })
    expect(second.urges.map((u: any) => u.toLabel)).toEqual(['承办人', '承办人、部门主管'])
    expect(await titles(U.cleaningSupervisor)).toContain('投诉人催办')
  })

  it('C2: only the complainant urges; another resident cannot even see it', async () => {
    const c = await withDepartment()
    setNow('2026-12-01T02:10:00Z')
    expect((await h.raw(U.chen)('complaint.act', { id: c.id, action: 'urge' })).error.code).toBe('NOT_FOUND')
    expect((await h.raw(U.cleaning)('complaint.act', { id: c.id, action: 'urge' })).error.code).toBe('FORBIDDEN')
  })
})

describe('C3 withdrawing', () => {
  it('C3: the complainant withdraws with a reason; customer service and the assignee are told; it leaves the work lists and the timer', async () => {
    const c = await withDepartment()
    const done = await h.as(U.wangli)('complaint.act', { id: c.id, action: 'withdraw', reason: 'resolved_self' })
    expect(done).toMatchObject({
      status: 'withdrawn',
      statusLabel: '已撤销',
      withdrawal: { reason: 'resolved_self', reasonLabel: '已自行解决' },
      allowedActions: [],
    })
    expect(done.events.map((e: any) => e.action)).toEqual(['submit', 'accept', 'dispatch', 'take', 'withdraw'])
    expect(await titles(U.agent)).toContain('投诉人已撤销投诉')
    expect(await titles(U.cleaning)).toContain('投诉人已撤销投诉')
    expect((await h.as(U.cleaning)('complaint.list', { scope: 'tasks' })).items).toEqual([])
    setNow('2026-12-10T02:00:00Z') // far past the handling deadline
    const run = await h.emu.fireTimer()
    expect(run.data.transitions ?? {}).toEqual({})
    expect((await stored(c.id)).supervision.level).toBe(0)
  })

  it('C3: after the result, twice, or someone else’s complaint: refused with a Chinese message, nothing changed', async () => {
    const c = await withDepartment()
    const mine = await filed()
    await h.as(U.cleaning)('complaint.act', { id: c.id, action: 'give_result', mode: 'explanation', summary: '已说明。' })
    const late = await h.raw(U.wangli)('complaint.act', { id: c.id, action: 'withdraw', reason: 'mistaken' })
    expect(late.error).toEqual({ code: 'INVALID_STATE', message: '投诉当前为“已办结待评价”，不能撤销投诉，请刷新后查看' })
    const other = await h.raw(U.chen)('complaint.act', { id: mine.id, action: 'withdraw', reason: 'mistaken' })
    expect(other.error.code).toBe('NOT_FOUND')
    const noWords = await h.raw(U.wangli)('complaint.act', { id: mine.id, action: 'withdraw', reason: 'other' })
    expect(noWords.error).toEqual({ code: 'INVALID_INPUT', message: '选择“其他”时请说明撤销原因' })
    await h.as(U.wangli)('complaint.act', { id: mine.id, action: 'withdraw', reason: 'mistaken' })
    const twice = await h.raw(U.wangli)('complaint.act', { id: mine.id, action: 'withdraw', reason: 'mistaken' })
    expect(twice.error.code).toBe('INVALID_STATE')
    expect((await stored(c.id)).status).toBe('resolved')
  })

  it('C3: a withdrawn complaint cannot be revived, but a new complaint of the same resident may refer to it', async () => {
    const c = await filed()
    await h.as(U.wangli)('complaint.act', { id: c.id, action: 'withdraw', reason: 'other', text: '以为修好了' })
    const urge = await h.raw(U.wangli)('complaint.act', { id: c.id, action: 'urge' })
    expect(urge.error.code).toBe('INVALID_STATE')
    const again = await h.as(U.wangli)('complaint.submit', {
      category: 'cleaning',
      location: '3栋2单元电梯厅',
      description: '又积水了。',
      refersTo: c.id,
    })
    expect(again.refersTo).toEqual({ id: c.id, no: c.no })
    const open = await h.as(U.wangli)('complaint.submit', { category: 'cleaning', location: '3栋', description: '另一件事。' })
    const bad = await h.raw(U.wangli)('complaint.submit', { category: 'cleaning', location: '3栋', description: '引用', refersTo: open.id })
    expect(bad.error).toEqual({ code: 'INVALID_INPUT', message: '只能引用您本人已撤销的投诉' })
    const theirs = await h.raw(U.chen)('complaint.submit', { category: 'cleaning', location: '3栋', description: '引用', refersTo: c.id })
    expect(theirs.error.message).toBe('只能引用您本人已撤销的投诉')
  })
})
