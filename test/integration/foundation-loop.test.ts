/**
 * The foundation loop on the emulator, through the built function: a resident files, customer
 * service accepts and dispatches by category, the department's handler investigates and gives
 * the result, the resident is notified and rates, and the complaint is closed.
 */
import { harnessPerTest, U, sample } from '../helpers/emulator'

const h = harnessPerTest('2026-11-30T02:00:00Z') // Monday 10:00 in Shanghai

const byId = (id: string) => sample.complaints.find((c) => c.id === id)!

async function fileAs(openid: string, id: string) {
  const s = byId(id)
  await h.subscribe(openid, ['complaint_accepted', 'complaint_progress', 'complaint_result'])
  return h.as(openid)('complaint.submit', { category: s.category, location: s.location, description: s.content, emergency: !!s.emergency })
}

describe.each([
  ['S01', U.wangli, U.cleaning, '保洁部'],
  ['S05', U.sun, U.landscaping, '绿化部'],
  ['S12', U.feng, U.engineering, '工程部'],
])('sample %s goes through the whole loop', (id, resident, handler, department) => {
  it('A1 H1 H4-1 F1 F2 V2: filed, accepted and routed, handled, notified, rated and closed', async () => {
    const filed = await fileAs(resident, id)
    expect(filed).toMatchObject({
      status: 'submitted',
      statusLabel: '待受理',
      channel: 'miniprogram',
      no: expect.stringMatching(/^TS20261130-\d{4}$/),
    })
    expect(filed.complainant).toMatchObject({ phone: expect.stringMatching(/^1\d{10}$/), masked: false })

    // Customer service accepts; the routing table names the department (H1); 3 working days (H4-1).
    const queue = await h.as(U.agent)('complaint.list', { scope: 'queue' })
    expect(queue.items.map((c: any) => c.id)).toContain(filed.id)
    const accepted = await h.as(U.agent)('complaint.act', { id: filed.id, action: 'accept' })
    expect(accepted.status).toBe('accepted')
    expect(accepted.deadlines.handlingDueAt).toBe(Date.parse('2026-12-03T23:59:59.999+08:00'))
    expect(accepted.deadlines.dispatchDueAt).toBe(Date.parse('2026-12-01T23:59:59.999+08:00'))
    const dispatched = await h.as(U.agent)('complaint.act', { id: filed.id, action: 'dispatch' })
    expect(dispatched).toMatchObject({ status: 'dispatched', departmentName: department })

    // The department's handler sees it in the task list sorted by deadline, takes it, investigates.
    const tasks = await h.as(handler)('complaint.list', { scope: 'tasks' })
    expect(tasks.items[0]).toMatchObject({ id: filed.id, due: { kind: 'handling' } })
    expect(tasks.items[0].complainantName).toMatch(/\*$/)
    const taken = await h.as(handler)('complaint.act', { id: filed.id, action: 'take' })
    expect(taken.allowedActions).toEqual(expect.arrayContaining(['add_note', 'give_result']))
    await h.as(handler)('complaint.act', { id: filed.id, action: 'add_note', kind: 'site_visit', text: '现场查看，情况属实，已安排整改。' })
    const resolved = await h.as(handler)('complaint.act', {
      id: filed.id,
      action: 'give_result',
      mode: 'rectification',
      summary: '已安排专人清理并加强巡查，问题已解决。',
    })
    expect(resolved.status).toBe('resolved')

    // The resident sees the result, gets the subscription message, and rates.
    const seen = await h.as(resident)('complaint.get', { id: filed.id })
    expect(seen.result.summary).toContain('问题已解决')
    expect(seen.allowedActions).toEqual(['rate', 'add_info'])
    expect(seen.investigation).toEqual([]) // investigation notes stay with staff
    const toResident = h.emu.recorder.list(resident)
    expect(toResident.map((m) => m.title)).toEqual(['投诉受理通知', '投诉处理结果通知'])
    expect(toResident[1].page).toBe(`pages/detail/index?id=${filed.id}`)
    const closed = await h.as(resident)('complaint.act', { id: filed.id, action: 'rate', level: 5, comment: '处理及时，谢谢！' })
    expect(closed).toMatchObject({ status: 'closed', closure: 'satisfied', rating: { level: 5, levelLabel: '非常满意' } })
    expect(closed.allowedActions).toEqual([])

    // V2: every change is an event with who, when, from and to.
    const events = await h.docs('events', { complaintId: filed.id })
    expect(events.map((e) => [e.action, e.from, e.to])).toEqual([
      ['submit', null, 'submitted'],
      ['accept', 'submitted', 'accepted'],
      ['dispatch', 'accepted', 'dispatched'],
      ['take', 'dispatched', 'investigating'],
      ['add_note', 'investigating', 'investigating'],
      ['give_result', 'investigating', 'resolved'],
      ['rate', 'resolved', 'closed'],
    ])
    expect(events.every((e) => e.actor.openid && e.actor.name && typeof e.at === 'number')).toBe(true)
    const [stored] = await h.docs('complaints', { _id: filed.id })
    expect(stored).toMatchObject({ version: 7, status: 'closed', complainant: { openid: resident } })
  })
})

it('identity comes only from the WeChat context: a payload claiming another openid is refused, and what is filed is the caller’s', async () => {
  const matter = { category: 'cleaning', location: '3栋大堂', description: '大堂地面很脏。' }
  const claimed = await h.raw(U.wangli)('complaint.submit', { ...matter, openid: U.chen, complainant: { openid: U.chen, name: '陈建国' } })
  expect(claimed.error).toEqual({ code: 'INVALID_INPUT', message: '不支持的字段：openid、complainant' })
  expect(await h.docs('complaints')).toEqual([])
  const filed = await h.as(U.wangli)('complaint.submit', matter)
  const [stored] = await h.docs('complaints', { _id: filed.id })
  expect(stored.complainant).toMatchObject({ openid: U.wangli, name: '王丽' })
  expect((await h.raw(U.chen)('complaint.get', { id: filed.id })).error.code).toBe('NOT_FOUND')
})
