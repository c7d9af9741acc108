/**
 * G3-P5 confidentiality: who sees which complaints and which details, the accused staff member
 * never learning who complained, masked phone numbers, and the log of every full view.
 */
import { harnessPerTest, U, sample } from '../helpers/emulator'

const h = harnessPerTest('2026-11-30T02:00:00Z')

const s3 = sample.complaints.find((c) => c.id === 'S03')!

/** S03: a complaint about the east-gate night guard, in the security department, taken by 王强. */
async function aboutTheGuard() {
  const c = await h.as(U.liu)('complaint.submit', {
    category: 'security',
    location: s3.location,
    description: s3.content,
    involved: '东门夜班保安',
  })
  await h.as(U.agent)('complaint.act', {
    id: c.id,
    action: 'accept',
    departmentCode: 'security',
    subjectStaff: { name: '马东', openid: U.guard },
  })
  await h.as(U.security)('complaint.act', { id: c.id, action: 'take' })
  return c
}

describe('G3-P5 confidentiality', () => {
  it('G3-P5 residents see only their own complaints', async () => {
    const mine = await h.as(U.wangli)('complaint.submit', { category: 'cleaning', location: '3栋', description: '大堂脏。' })
    await h.as(U.chen)('complaint.submit', { category: 'engineering', location: '5栋', description: '灯坏了。' })
    expect((await h.as(U.wangli)('complaint.list', { scope: 'mine' })).items.map((x: any) => x.id)).toEqual([mine.id])
    expect((await h.raw(U.chen)('complaint.get', { id: mine.id })).error).toMatchObject({
      code: 'NOT_FOUND',
      message: '投诉不存在或您无权查看',
    })
    expect((await h.raw(U.chen)('complaint.list', { scope: 'queue' })).error.code).toBe('FORBIDDEN')
  })

  it("G3-P5 handlers see their own department's complaints only", async () => {
    const c = await h.as(U.wangli)('complaint.submit', { category: 'cleaning', location: '3栋', description: '大堂脏。' })
    await h.as(U.agent)('complaint.act', { id: c.id, action: 'accept', departmentCode: 'cleaning' })
    expect((await h.as(U.cleaning)('complaint.get', { id: c.id })).id).toBe(c.id)
    expect((await h.raw(U.engineering)('complaint.get', { id: c.id })).error.code).toBe('NOT_FOUND')
    expect((await h.as(U.engineering)('complaint.list', { scope: 'tasks' })).items).toEqual([])
    expect((await h.raw(U.engineeringSupervisor)('complaint.get', { id: c.id })).error.code).toBe('NOT_FOUND')
  })

  it('G3-P5 the staff member a complaint is about never sees who made it', async () => {
    const c = await aboutTheGuard()
    const seen = await h.as(U.guard)('complaint.get', { id: c.id })
    expect(seen.complainant).toBeNull()
    expect(seen.complainantName).toBeNull()
    expect(seen.allowedActions).toEqual([])
    expect(JSON.stringify(seen)).not.toMatch(/刘洋|13700003333|8栋601|demo-resident-03/)
    expect(seen.events).toEqual([])
    expect(seen).toMatchObject({ disclosure: 'accused', location: '', photos: [], involved: undefined })
    const list = await h.as(U.guard)('complaint.list', { scope: 'tasks' })
    expect(JSON.stringify(list)).not.toMatch(/刘洋|13700003333|8栋601/)
    expect((await h.raw(U.guard)('complaint.revealContact', { id: c.id })).error.code).toBe('FORBIDDEN')
    expect((await h.raw(U.guard)('complaint.act', { id: c.id, action: 'record_statement', text: '我没有' })).error.code).toBe('FORBIDDEN')
    expect(
      (await h.raw(U.securitySupervisor)('complaint.act', { id: c.id, action: 'assign', assigneeOpenid: U.guard })).error,
    ).toMatchObject({ code: 'GUARD_FAILED' })
  })

  it('G3-P5 the accused staff member is not notified of the complaint either', async () => {
    await h.subscribe(U.guard, ['staff_task'])
    const c = await h.as(U.liu)('complaint.submit', { category: 'security', location: s3.location, description: s3.content })
    await h.as(U.agent)('complaint.act', {
      id: c.id,
      action: 'accept',
      departmentCode: 'security',
      subjectStaff: { name: '马东', openid: U.guard },
    })
    expect(h.emu.recorder.list(U.guard)).toEqual([])
    expect((await h.as(U.guard)('messages.list', {})).items).toEqual([])
  })

  it('G3-P5 phone numbers are masked for staff; those who need them reveal them, and each view is logged', async () => {
    const c = await aboutTheGuard()
    const handlerView = await h.as(U.security)('complaint.get', { id: c.id })
    expect(handlerView.complainant).toEqual({ name: '刘*', room: '8栋601', phone: '137****3333', masked: true, canReveal: true })
    const full = await h.as(U.security)('complaint.revealContact', { id: c.id })
    expect(full).toEqual({ name: '刘洋', room: '8栋601', phone: '13700003333' })
    const log = await h.docs('access_log', { complaintId: c.id })
    expect(log).toEqual([
      expect.objectContaining({
        viewer: expect.objectContaining({ openid: U.security, name: '王强' }),
        fields: ['name', 'room', 'phone'],
        purpose: 'reveal_contact',
        at: Date.parse('2026-11-30T02:00:00Z'),
      }),
    ])
  })

  it('G3-P5 a handler of the department who is not handling it sees the complaint masked and may not reveal the contact', async () => {
    const c = await h.as(U.wangli)('complaint.submit', { category: 'security', location: '东门', description: '门口有杂物。' })
    await h.as(U.agent)('complaint.act', { id: c.id, action: 'accept', departmentCode: 'security' })
    await h.as(U.security)('complaint.act', { id: c.id, action: 'take' })
    const other = await h.as(U.guard)('complaint.get', { id: c.id })
    expect(other.complainant).toMatchObject({ phone: '138****1111', canReveal: false })
    expect((await h.raw(U.guard)('complaint.revealContact', { id: c.id })).error.code).toBe('FORBIDDEN')
    expect(await h.docs('access_log', { complaintId: c.id })).toEqual([])
  })

  it('G3-P5 the complainant sees their own details in full and none of the investigation internals', async () => {
    const c = await aboutTheGuard()
    await h.as(U.security)('complaint.act', { id: c.id, action: 'add_note', text: '调取监控：当晚 23:10 东门。' })
    await h.as(U.security)('complaint.act', { id: c.id, action: 'record_statement', text: '来访人员未出示证件。' })
    const mine = await h.as(U.liu)('complaint.get', { id: c.id })
    expect(mine.complainant).toMatchObject({ name: '刘洋', phone: '13700003333', masked: false })
    expect(mine.investigation).toEqual([])
    expect(mine.statement).toBeUndefined()
    expect(mine.events.map((e: any) => e.action)).toEqual(['submit', 'accept', 'dispatch', 'take'])
  })
})

describe('G3-P5 naming the accused from the screens', () => {
  it('G3-P5 a staff member named only by name is linked to their account, so they never see who complained nor have it in their tasks', async () => {
    const c = await h.as(U.liu)('complaint.submit', { category: 'security', location: s3.location, description: s3.content })
    await h.as(U.agent)('complaint.act', { id: c.id, action: 'accept', departmentCode: 'security', subjectStaff: { name: '马东' } })
    const [stored] = await h.docs('complaints', { _id: c.id })
    expect(stored.subjectStaff).toEqual({ name: '马东', openid: U.guard })
    const seen = await h.as(U.guard)('complaint.get', { id: c.id })
    expect(seen.complainant).toBeNull()
    expect(seen.allowedActions).toEqual([])
    expect((await h.as(U.guard)('complaint.list', { scope: 'tasks' })).items).toEqual([])
    expect((await h.as(U.security)('complaint.list', { scope: 'tasks' })).items.map((x: any) => x.id)).toEqual([c.id])
  })

  it('G3-P5 a registration naming the accused links them too; a name shared by two staff must be chosen from the list', async () => {
    const c = await h.as(U.agent)('complaint.register', {
      channel: 'onsite',
      category: 'security',
      location: '东门',
      description: '夜班保安态度差。',
      complainant: { name: '刘洋', room: '8栋601', phone: '13700003333' },
      confirmation: { method: 'signature', signatureFile: await h.upload(U.agent, 'signatures') },
      subjectStaff: { name: '马东' },
    })
    expect((await h.docs('complaints', { _id: c.id }))[0].subjectStaff).toEqual({ name: '马东', openid: U.guard })
    const { code } = await h.as(U.manager)('invite.create', { role: 'handler', departmentCode: 'parking', name: '马东' })
    await h.as('demo-new-7')('me.bindInvite', { code })
    const again = await h.raw(U.agent)('complaint.register', {
      channel: 'letter',
      category: 'security',
      location: '东门',
      description: '夜班保安态度差。',
      complainant: { name: '刘洋' },
      subjectStaff: { name: '马东' },
    })
    expect(again.error).toMatchObject({ code: 'INVALID_INPUT', message: expect.stringContaining('请从员工列表中选择') })
    const outsider = await h.as(U.agent)('complaint.register', {
      channel: 'letter',
      category: 'engineering',
      location: '1栋',
      description: '施工队态度差。',
      complainant: { name: '周婷' },
      subjectStaff: { name: '外包施工队张某' },
    })
    expect((await h.docs('complaints', { _id: outsider.id }))[0].subjectStaff).toEqual({ name: '外包施工队张某' })
  })

  it("G3-P5 staff see a resident's name masked on the timeline as well", async () => {
    const c = await h.as(U.wangli)('complaint.submit', { category: 'cleaning', location: '3栋', description: '脏。' })
    const agentView = await h.as(U.agent)('complaint.get', { id: c.id })
    expect(agentView.events[0]).toMatchObject({ action: 'submit', actorName: '王*' })
    expect(JSON.stringify(agentView.events)).not.toContain('王丽')
    expect((await h.as(U.wangli)('complaint.get', { id: c.id })).events[0].actorName).toBe('王丽')
  })
})
