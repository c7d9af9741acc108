/**
 * §2 Acceptance: channels (A1), the registration form (A2), resolution at first contact (A2-3),
 * confirmation (A3), refusal grounds (A4-R1…R5) and repeat detection, first-contact owner (G3-P4).
 */
import { harnessPerTest, setNow, U, sample } from '../helpers/emulator'
import { CATEGORIES } from '@shared/vocabulary'

const h = harnessPerTest('2026-11-30T02:00:00Z')

const s = (id: string) => sample.complaints.find((c) => c.id === id)!
const submit = (openid: string, extra: Record<string, unknown> = {}) =>
  h.as(openid)('complaint.submit', {
    category: 'cleaning',
    location: '3栋2单元电梯厅',
    description: '电梯厅地面连续三天有积水和烟头。',
    ...extra,
  })

describe('G2 scope', () => {
  it('G2 accepts every service category of the procedure and nothing else', async () => {
    for (const category of Object.keys(CATEGORIES)) {
      const c = await submit(U.wangli, { category })
      expect(c.categoryLabel).toBe(CATEGORIES[category as keyof typeof CATEGORIES])
    }
    const r = await h.raw(U.wangli)('complaint.submit', { category: 'fireworks', location: '楼下', description: '有人放烟花。' })
    expect(r.error).toMatchObject({ code: 'INVALID_INPUT', message: '请选择有效的投诉类别' })
  })

  it('G2 complainants are owners and occupants: staff cannot file as residents, strangers must register first', async () => {
    expect((await h.raw(U.agent)('complaint.submit', { category: 'cleaning', location: 'x', description: 'y' })).error.code).toBe(
      'FORBIDDEN',
    )
    expect((await h.raw(U.stranger)('complaint.submit', { category: 'cleaning', location: 'x', description: 'y' })).error).toMatchObject({
      code: 'UNAUTHENTICATED',
      message: expect.stringContaining('个人信息'),
    })
    await h.as(U.stranger)('me.saveProfile', { name: '新业主', room: '20栋101', phone: '13512345678' })
    expect((await submit(U.stranger)).complainant.name).toBe('新业主')
  })
})

describe('A1 channels', () => {
  it.each(['letter', 'fax', 'email', 'official_account', 'owner_group'])(
    "A1 staff register a complaint received by %s on the complainant's behalf, recording the channel",
    async (channel) => {
      const c = await h.as(U.agent)('complaint.register', {
        channel,
        category: 'customer_service',
        location: '客户服务中心',
        description: '物业费发票申请了十天还没开出来。',
        complainant: { name: '郑凯', room: '7栋1单元401', phone: '13200008888' },
      })
      expect(c).toMatchObject({ channel, status: 'submitted', confirmation: { required: false } })
      const [stored] = await h.docs('complaints', { _id: c.id })
      expect(stored.registeredBy).toMatchObject({ openid: U.agent, role: 'agent' })
    },
  )

  it('A1 residents file in the mini-program themselves; staff cannot register a "miniprogram" complaint', async () => {
    expect((await submit(U.wangli)).channel).toBe('miniprogram')
    const r = await h.raw(U.agent)('complaint.register', {
      channel: 'miniprogram',
      category: 'cleaning',
      location: 'x',
      description: 'y',
      complainant: { name: '王丽' },
    })
    expect(r.error.code).toBe('INVALID_INPUT')
  })
})

describe('A2 recording: the registration form', () => {
  it('A2 records name, room, contact, time, what, where, who was involved and evidence', async () => {
    setNow('2026-11-30T03:15:00Z')
    const photo = await h.upload(U.agent)
    const c = await h.as(U.agent)('complaint.register', {
      channel: 'letter',
      category: 'engineering',
      location: '1栋楼顶',
      description: s('S06').content,
      involved: '顶楼防水施工队',
      photos: [photo],
      receivedAt: Date.parse('2026-11-29T01:00:00Z'),
      complainant: { name: '周婷', room: '1栋3单元2003', phone: '13400006666' },
    })
    const form = await h.as(U.agent)('complaint.form', { id: c.id })
    const rows = Object.fromEntries(form.sections.flatMap((x: any) => x.rows))
    expect(form.title).toBe('物业后勤服务投诉登记表')
    expect(rows).toMatchObject({
      姓名: '周婷',
      房号: '1栋3单元2003',
      联系电话: '13400006666',
      投诉时间: '2026年11月29日 09:00',
      投诉渠道: '信函',
      地点: '1栋楼顶',
      涉及人员: '顶楼防水施工队',
      照片: '1 张',
    })
    expect(rows['内容']).toContain('防水层破损')
    // Seeing the full details is logged (G3-P5).
    expect(await h.docs('access_log', { complaintId: c.id })).toEqual([
      expect.objectContaining({ purpose: 'registration_form', viewer: expect.objectContaining({ openid: U.agent }) }),
    ])
  })
})

describe('A2-3 initial judgement at first contact', () => {
  it('A2-3 a simple complaint answered on the spot is resolved at first contact and still gets its rating request', async () => {
    await h.subscribe(U.zheng, ['complaint_result'])
    const c = await h.as(U.agent)('complaint.register', {
      channel: 'email',
      category: 'customer_service',
      location: '客户服务中心',
      description: s('S10').content,
      complainant: { name: '郑凯', room: '7栋1单元401', phone: '13200008888', openid: U.zheng },
      resolvedOnSpot: { mode: 'explanation', summary: '已当场核实，发票今日开具并邮寄。' },
    })
    expect(c).toMatchObject({ status: 'resolved', modeLabel: '解释说明', firstContact: { name: '林晓', accountable: false } })
    expect(c.events.map((e: any) => e.action)).toEqual(['register', 'accept', 'give_result'])
    expect(h.emu.recorder.list(U.zheng).map((m) => m.title)).toEqual(['投诉处理结果通知'])
    // Besides rating, the complainant may add information (C1), asked whether to reopen.
    expect((await h.as(U.zheng)('complaint.get', { id: c.id })).allowedActions).toEqual(['rate', 'add_info'])
  })

  it('A2-3 otherwise the complainant is told what happens next and the deadline that applies', async () => {
    await h.subscribe(U.wangli, ['complaint_accepted'])
    const c = await submit(U.wangli)
    await h.as(U.agent)('complaint.act', { id: c.id, action: 'accept' })
    const [msg] = h.emu.recorder.list(U.wangli)
    expect(msg.title).toBe('投诉受理通知')
    expect(Object.values(msg.data).map((v) => v.value)).toEqual(expect.arrayContaining(['已受理', '预计12月3日 23:59前处理完毕']))
  })
})

describe('A3 confirmation', () => {
  const phoneComplaint = (extra: Record<string, unknown> = {}) =>
    h.as(U.agent)('complaint.register', {
      channel: 'phone',
      category: 'engineering',
      location: '5栋1单元地下车库入口',
      description: '地下车库入口卷帘门卡住无法升起。',
      complainant: { name: '陈建国', room: '5栋1单元302', phone: '13900002222', openid: U.chen },
      ...extra,
    })

  it('A3 a phone registration waits for the complainant, who confirms it in the mini-program', async () => {
    const c = await phoneComplaint()
    expect(c).toMatchObject({ status: 'awaiting_confirmation', confirmation: { required: true, confirmed: false } })
    expect((await h.raw(U.agent)('complaint.act', { id: c.id, action: 'accept' })).error.code).toBe('INVALID_STATE')
    const mine = await h.as(U.chen)('complaint.get', { id: c.id })
    expect(mine.allowedActions).toEqual(['confirm', 'add_info', 'withdraw'])
    const confirmed = await h.as(U.chen)('complaint.act', { id: c.id, action: 'confirm', method: 'miniprogram' })
    expect(confirmed).toMatchObject({ status: 'submitted', confirmation: { confirmed: true, method: 'miniprogram' } })
  })

  it('A3 an on-site registration is confirmed by a signature captured on the staff device', async () => {
    const sig = await h.upload(U.agent, 'signatures')
    const c = await h.as(U.agent)('complaint.register', {
      channel: 'onsite',
      category: 'parking',
      location: '地面停车位B-17',
      description: s('S04').content,
      complainant: { name: '赵敏', room: '2栋1101', phone: '13600004444' },
      confirmation: { method: 'signature', signatureFile: sig },
    })
    expect(c).toMatchObject({
      status: 'submitted',
      confirmation: {
        required: true,
        confirmed: true,
        method: 'signature',
        signature: { url: `/storage/files/${sig.split('.emulator-bucket/')[1]}` },
      },
    })
  })

  it('A3 a signature is required for a signature confirmation, and a phone read-back only fits the phone channel', async () => {
    const r1 = await h.raw(U.agent)('complaint.register', {
      channel: 'onsite',
      category: 'parking',
      location: 'B-17',
      description: '车位被占。',
      complainant: { name: '赵敏' },
      confirmation: { method: 'signature' },
    })
    expect(r1.error).toMatchObject({ code: 'INVALID_INPUT', message: '请投诉人签字后再提交' })
    const r2 = await h.raw(U.agent)('complaint.register', {
      channel: 'onsite',
      category: 'parking',
      location: 'B-17',
      description: '车位被占。',
      complainant: { name: '赵敏' },
      confirmation: { method: 'phone_readback' },
    })
    expect(r2.error.code).toBe('INVALID_INPUT')
    const c = await phoneComplaint({ confirmation: { method: 'phone_readback' } })
    expect(c.confirmation).toMatchObject({ confirmed: true, method: 'phone_readback' })
  })

  it('A3 written and online complaints skip confirmation', async () => {
    expect((await submit(U.wangli)).confirmation.required).toBe(false)
  })
})

describe('A4 refusal grounds', () => {
  /** Refuses sample `id` on `ground` and checks the complainant is told which ground and why. */
  async function refusedAndTold(ground: string, id: string, openid: string, explanation: string) {
    await h.subscribe(openid, ['complaint_accepted'])
    const c = await h.as(openid)('complaint.submit', { category: s(id).category, location: s(id).location, description: s(id).content })
    const refused = await h.as(U.agent)('complaint.act', { id: c.id, action: 'refuse', ground, explanation })
    expect(refused).toMatchObject({ status: 'refused', refusal: { ground, explanation } })
    const seen = await h.as(openid)('complaint.get', { id: c.id })
    expect(seen.refusal).toMatchObject({ ground, explanation, groundLabel: expect.any(String) })
    expect(seen.allowedActions).toEqual([])
    const [msg] = h.emu.recorder.list(openid)
    expect(Object.values(msg.data).map((v) => v.value)).toContain('不予受理')
  }

  it("A4-R1 refuses a matter outside the office's responsibilities (S14) and tells the complainant where to go", () =>
    refusedAndTold('A4-R1', 'S14', U.wei, '市政道路路灯由市政部门负责，请拨打 12345 反映。'))

  it('A4-R3 refuses a matter already in court (S07) and tells the complainant why', () =>
    refusedAndTold('A4-R3', 'S07', U.wu, '该事项已进入诉讼程序，物业将配合法院调查。'))

  it('A4-R5 refuses a complaint found, after checking, to be a false accusation, and says so', () =>
    refusedAndTold('A4-R5', 'S03', U.liu, '经调取监控核实，所述情况与事实不符。'))

  it('A4-R2 refuses an anonymous complaint with no facts and no valid contact (S08)', async () => {
    const c = await h.as(U.agent)('complaint.register', {
      channel: 'phone',
      category: 'cleaning',
      location: '小区',
      description: s('S08').content,
      complainant: { name: '匿名' },
    })
    const refused = await h.as(U.agent)('complaint.act', {
      id: c.id,
      action: 'refuse',
      ground: 'A4-R2',
      explanation: '投诉未说明具体事实且未留联系方式，无法核实。',
    })
    expect(refused.status).toBe('refused')
  })

  it('A4 refuses no complaint on a ground the procedure does not list, nor without an explanation', async () => {
    const c = await submit(U.wangli)
    expect((await h.raw(U.agent)('complaint.act', { id: c.id, action: 'refuse', ground: 'A4-R9', explanation: '太忙' })).error.code).toBe(
      'INVALID_INPUT',
    )
    expect((await h.raw(U.agent)('complaint.act', { id: c.id, action: 'refuse', ground: 'A4-R1', explanation: '  ' })).error).toMatchObject(
      { code: 'INVALID_INPUT', message: '请填写向投诉人的说明' },
    )
    expect((await h.as(U.agent)('complaint.get', { id: c.id })).status).toBe('submitted')
  })

  it('A4-R4 shows staff the earlier handled case and proposes a refusal when the repeat adds no new facts (S09 after S01)', async () => {
    const first = await h.as(U.wangli)('complaint.submit', {
      category: 'cleaning',
      location: s('S01').location,
      description: s('S01').content,
    })
    await h.as(U.agent)('complaint.act', { id: first.id, action: 'accept', departmentCode: 'cleaning' })
    await h.as(U.cleaning)('complaint.act', { id: first.id, action: 'take' })
    await h.as(U.cleaning)('complaint.act', {
      id: first.id,
      action: 'give_result',
      mode: 'rectification',
      summary: '已安排专人清理积水和烟头，并加强巡查。',
    })
    setNow('2026-12-02T02:00:00Z')
    const repeat = await h.as(U.wangli)('complaint.submit', {
      category: 'cleaning',
      location: s('S09').location,
      description: s('S09').content,
    })
    const [hint] = await h.as(U.agent)('complaint.repeatCandidates', { id: repeat.id })
    expect(hint).toMatchObject({
      id: first.id,
      no: first.no,
      proposeRefusal: true,
      resultSummary: expect.stringContaining('清理'),
      reason: expect.stringContaining('重复投诉且无新事实'),
    })
    // Staff decide: the refusal links the earlier case.
    expect(
      (await h.raw(U.agent)('complaint.act', { id: repeat.id, action: 'refuse', ground: 'A4-R4', explanation: '与此前投诉相同' })).error
        .code,
    ).toBe('INVALID_INPUT')
    const refused = await h.as(U.agent)('complaint.act', {
      id: repeat.id,
      action: 'refuse',
      ground: 'A4-R4',
      explanation: '该问题已于12月1日处理并答复，本次未提供新的事实。',
      repeatOf: first.id,
    })
    expect(refused.refusal.ground).toBe('A4-R4')
  })

  it('A4-R4 does not propose a refusal when the new complaint brings new facts, or the earlier one was not answered', async () => {
    const first = await submit(U.wangli, { description: s('S01').content })
    setNow('2026-11-30T05:00:00Z')
    const again = await submit(U.wangli, { description: '电梯厅地面又有积水，这次发现是消防管道漏水，水已经流进电梯井。' })
    const [hint] = await h.as(U.agent)('complaint.repeatCandidates', { id: again.id })
    expect(hint).toMatchObject({ id: first.id, proposeRefusal: false, reason: expect.stringContaining('尚未处理') })
  })
})

describe('G3-P4 first-contact owner', () => {
  it('G3-P4 records the first staff member who received it and shows them as accountable until it is dispatched', async () => {
    const c = await h.as(U.csSupervisor)('complaint.register', {
      channel: 'letter',
      category: 'security',
      location: '9栋单元门',
      description: '门禁坏了，陌生人进出。',
      complainant: { name: '钱芳', room: '9栋1502', phone: '13100009999' },
    })
    expect(c.firstContact).toMatchObject({ name: '黄敏', accountable: true })
    const accepted = await h.as(U.agent)('complaint.act', { id: c.id, action: 'accept' })
    expect(accepted.firstContact).toMatchObject({ name: '黄敏', accountable: true })
    const dispatched = await h.as(U.agent)('complaint.act', { id: c.id, action: 'dispatch' })
    expect(dispatched.firstContact).toMatchObject({ name: '黄敏', accountable: false })
    const form = await h.as(U.manager)('complaint.form', { id: c.id })
    expect(JSON.stringify(form.sections)).toContain('黄敏')
  })

  it('G3-P4 for a self-filed complaint, the agent who accepts it becomes its first-contact owner', async () => {
    const c = await submit(U.wangli)
    expect(c.firstContact).toBeUndefined()
    const accepted = await h.as(U.agent)('complaint.act', { id: c.id, action: 'accept' })
    expect(accepted.firstContact).toMatchObject({ name: '林晓', accountable: true })
  })
})

describe('registration details come from the records, not the form', () => {
  it('A2 a complainant found by room is recorded with their own name and phone from their profile', async () => {
    const [found] = await h.as(U.agent)('residents.find', { room: '3栋2单元1502' })
    expect(found.phone).toBe('138****1111')
    const c = await h.as(U.agent)('complaint.register', {
      channel: 'letter',
      category: 'cleaning',
      location: '3栋大堂',
      description: '大堂地面脏。',
      complainant: { name: found.maskedName, room: found.room, phone: '', openid: found.openid },
    })
    const [stored] = await h.docs('complaints', { _id: c.id })
    expect(stored.complainant).toEqual({ openid: U.wangli, name: '王丽', room: '3栋2单元1502', phone: '13800001111' })
  })

  it('staff search all complaints by number, place or text', async () => {
    const a = await h.as(U.wangli)('complaint.submit', { category: 'cleaning', location: '3栋大堂', description: '大堂地面脏。' })
    await h.as(U.chen)('complaint.submit', { category: 'engineering', location: '5栋车库 (B1)', description: '卷帘门坏了。' })
    const ids = async (q: string) => (await h.as(U.manager)('complaint.list', { scope: 'all', q })).items.map((x: any) => x.location)
    expect(await ids('大堂')).toEqual(['3栋大堂'])
    // Places are stored in one spelling, and found however the search spells them.
    expect(await ids('卷帘')).toEqual(['5栋车库（B1）'])
    expect(await ids('(B1)')).toEqual(['5栋车库（B1）'])
    expect(await ids('5号楼车库 （b1）')).toEqual(['5栋车库（B1）'])
    expect(await ids(a.no)).toEqual(['3栋大堂'])
    expect(await ids('不存在')).toEqual([])
    // Customer service and the manager also find a complainant's complaints by name or room.
    expect(await ids('王丽')).toEqual(['3栋大堂'])
    expect(await ids('1502')).toEqual(['3栋大堂'])
    const handlerSearch = await h.raw(U.cleaning)('complaint.list', { scope: 'all', q: '王丽' })
    expect(handlerSearch.error.code).toBe('FORBIDDEN')
  })

  it('actions that have nothing to act on are neither offered nor shown as blocked', async () => {
    const c = await h.as(U.wangli)('complaint.submit', { category: 'cleaning', location: '3栋', description: '脏。' })
    await h.as(U.agent)('complaint.act', { id: c.id, action: 'accept', departmentCode: 'cleaning' })
    await h.as(U.cleaning)('complaint.act', { id: c.id, action: 'take' })
    const v = await h.as(U.cleaningSupervisor)('complaint.get', { id: c.id })
    expect(v.blockedActions).toEqual([])
    expect(v.allowedActions).not.toContain('approve_extension')
    expect((await h.raw(U.cleaningSupervisor)('complaint.act', { id: c.id, action: 'approve_extension' })).error.code).toBe('GUARD_FAILED')
  })
})

describe("G3-P4 the first-contact owner's queue", () => {
  it('G3-P4 a handler who receives a complaint keeps it in their list until it is dispatched, then it leaves', async () => {
    const c = await h.as(U.engineering)('complaint.register', {
      channel: 'onsite',
      category: 'cleaning',
      location: '10栋大堂',
      description: '大堂垃圾桶满了没人清。',
      complainant: { name: '冯磊', room: '10栋2单元1201', phone: '13000001010' },
      confirmation: { method: 'signature', signatureFile: await h.upload(U.engineering, 'signatures') },
    })
    expect(c.firstContact).toMatchObject({ name: '赵工', accountable: true })
    const mine = async () => (await h.as(U.engineering)('complaint.list', { scope: 'tasks' })).items.map((x: any) => x.id)
    expect(await mine()).toEqual([c.id])
    await h.as(U.agent)('complaint.act', { id: c.id, action: 'accept' })
    expect(await mine()).toEqual([c.id])
    await h.as(U.agent)('complaint.act', { id: c.id, action: 'dispatch' })
    expect(await mine()).toEqual([])
  })
})
