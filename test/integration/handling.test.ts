/**
 * §3 Investigation and handling: dispatch (H1, H1-E), investigation (H2, H2-S), handling modes
 * and plans (H3, H3-PLAN), extensions (H3-EXT) and the deadline tiers (H4-1, H4-2, H4-3).
 */
import { harnessPerTest, setNow, U, sample } from '../helpers/emulator'

const h = harnessPerTest('2026-11-30T02:00:00Z') // Monday 10:00 Shanghai

const s = (id: string) => sample.complaints.find((c) => c.id === id)!
const shanghai = (iso: string) => Date.parse(`${iso}+08:00`)

async function dispatched(openid: string = U.wangli, category = 'cleaning', extra: Record<string, unknown> = {}) {
  const { departmentCode, ...matter } = extra
  const c = await h.as(openid)('complaint.submit', {
    category,
    location: '3栋2单元电梯厅',
    description: '电梯厅地面有积水和烟头。',
    ...matter,
  })
  return h.as(U.agent)('complaint.act', { id: c.id, action: 'accept', departmentCode })
}

describe('H1 dispatch', () => {
  it('H1 routes by category through the office routing table, which the manager can change', async () => {
    const c = await h.as(U.chu)('complaint.submit', { category: 'parking', location: s('S13').location, description: s('S13').content })
    await h.as(U.agent)('complaint.act', { id: c.id, action: 'accept' })
    expect((await h.as(U.agent)('complaint.act', { id: c.id, action: 'dispatch' })).departmentName).toBe('车辆管理组')
    await h.as(U.manager)('settings.save', { routing: { parking: 'engineering' } })
    const c2 = await h.as(U.chu)('complaint.submit', {
      category: 'parking',
      location: s('S13').location,
      description: '地下车库B2层照明还是一半不亮。',
    })
    await h.as(U.agent)('complaint.act', { id: c2.id, action: 'accept' })
    expect((await h.as(U.agent)('complaint.act', { id: c2.id, action: 'dispatch' })).departmentName).toBe('工程部')
  })

  it('H1 a supervisor transfers a complaint to another department with a reason (S13: parking → engineering)', async () => {
    const c = await h.as(U.chu)('complaint.submit', { category: 'parking', location: s('S13').location, description: s('S13').content })
    await h.as(U.agent)('complaint.act', { id: c.id, action: 'accept', departmentCode: 'parking' })
    await h.as(U.parking)('complaint.act', { id: c.id, action: 'take' })
    expect(
      (await h.raw(U.parkingSupervisor)('complaint.act', { id: c.id, action: 'transfer', departmentCode: 'engineering' })).error,
    ).toMatchObject({ code: 'INVALID_INPUT', message: '请填写转派原因' })
    const moved = await h.as(U.parkingSupervisor)('complaint.act', {
      id: c.id,
      action: 'transfer',
      departmentCode: 'engineering',
      reason: '照明线路属工程部维护范围',
    })
    expect(moved).toMatchObject({ status: 'dispatched', departmentName: '工程部', assigneeName: undefined, visible: false })
    const seen = await h.as(U.agent)('complaint.get', { id: c.id })
    expect(seen.events.at(-1)).toMatchObject({
      action: 'transfer',
      reason: '照明线路属工程部维护范围',
      data: { fromDepartment: 'parking', departmentCode: 'engineering' },
    })
    expect((await h.as(U.engineering)('complaint.list', { scope: 'tasks' })).items.map((x: any) => x.id)).toContain(c.id)
    expect((await h.raw(U.parking)('complaint.get', { id: c.id })).error.code).toBe('NOT_FOUND')
  })

  it('H1 keeps the dispatch clock (1 working day) apart from the handling clock (3 working days)', async () => {
    setNow('2026-12-04T08:00:00Z') // Friday 16:00
    const c = await h.as(U.wangli)('complaint.submit', { category: 'cleaning', location: '大堂', description: '大堂有垃圾。' })
    const accepted = await h.as(U.agent)('complaint.act', { id: c.id, action: 'accept' })
    expect(accepted.deadlines.dispatchDueAt).toBe(shanghai('2026-12-07T23:59:59.999'))
    expect(accepted.deadlines.handlingDueAt).toBe(shanghai('2026-12-09T23:59:59.999'))
    expect(accepted.due).toMatchObject({ kind: 'dispatch', at: shanghai('2026-12-07T23:59:59.999') })
    setNow('2026-12-08T02:00:00Z') // Tuesday: dispatch is a day late, the handling clock is unchanged
    const late = await h.as(U.agent)('complaint.act', { id: c.id, action: 'dispatch' })
    expect(late.events.at(-1).data).toMatchObject({ onTime: false })
    expect(late.deadlines.handlingDueAt).toBe(shanghai('2026-12-09T23:59:59.999'))
    expect(late.due).toMatchObject({ kind: 'handling' })
  })

  it("H1-E an emergency flagged by the resident notifies the department's handlers and supervisor at once (S02)", async () => {
    await h.subscribe(U.engineering, ['staff_task'])
    await h.subscribe(U.engineeringSupervisor, ['staff_task'])
    const c = await h.as(U.chen)('complaint.submit', {
      category: 'engineering',
      location: s('S02').location,
      description: s('S02').content,
      emergency: true,
    })
    expect(c).toMatchObject({ status: 'dispatched', tier: 'emergency', emergency: true, departmentName: '工程部' })
    expect(c.events.map((e: any) => [e.action, e.actorName])).toEqual([
      ['submit', '陈建国'],
      ['accept', '系统'],
      ['dispatch', '系统'],
    ])
    for (const who of [U.engineering, U.engineeringSupervisor]) {
      const [m] = h.emu.recorder.list(who)
      expect(Object.values(m.data).map((v) => v.value)).toEqual(expect.arrayContaining(['紧急', c.no]))
    }
    expect(h.emu.recorder.list(U.cleaning)).toEqual([])
  })

  it('H1-E staff can flag an emergency when accepting (S11, personal safety)', async () => {
    await h.subscribe(U.securitySupervisor, ['staff_task'])
    const c = await h.as(U.qian)('complaint.submit', { category: 'security', location: s('S11').location, description: s('S11').content })
    const accepted = await h.as(U.agent)('complaint.act', { id: c.id, action: 'accept', tier: 'emergency' })
    expect(accepted).toMatchObject({ status: 'dispatched', emergency: true, departmentName: '秩序维护部' })
    expect(accepted.deadlines.responseDueAt).toBe(Date.parse('2026-11-30T04:00:00Z'))
    expect(h.emu.recorder.list(U.securitySupervisor)).toHaveLength(1)
  })
})

describe('H2 investigation', () => {
  it('H2 the handler records notes, site visits and evidence files', async () => {
    const c = await dispatched(U.wangli, 'cleaning', { departmentCode: 'cleaning' })
    await h.as(U.cleaning)('complaint.act', { id: c.id, action: 'take' })
    const photo = await h.upload(U.cleaning, 'evidence')
    await h.as(U.cleaning)('complaint.act', { id: c.id, action: 'add_note', kind: 'site_visit', text: '现场查看：电梯厅地面有积水。' })
    const v = await h.as(U.cleaning)('complaint.act', {
      id: c.id,
      action: 'add_note',
      kind: 'evidence',
      text: '调取监控截图。',
      files: [photo],
    })
    expect(v.investigation).toEqual([
      expect.objectContaining({ kind: 'site_visit', by: '张洁' }),
      expect.objectContaining({
        kind: 'evidence',
        files: [{ fileID: photo, url: `/storage/files/${photo.split('.emulator-bucket/')[1]}` }],
      }),
    ])
  })

  it('H2-S a complaint about a staff member cannot reach a conclusion before their statement is recorded (S03)', async () => {
    const c = await h.as(U.liu)('complaint.submit', {
      category: 'security',
      location: s('S03').location,
      description: s('S03').content,
      involved: '东门夜班保安',
    })
    await h.as(U.agent)('complaint.act', {
      id: c.id,
      action: 'accept',
      departmentCode: 'security',
      subjectStaff: { name: '马东', openid: U.guard },
    })
    const taken = await h.as(U.security)('complaint.act', { id: c.id, action: 'take' })
    expect(taken.blockedActions).toEqual(
      expect.arrayContaining([
        { action: 'give_result', reason: expect.stringContaining('陈述和申辩') },
        { action: 'set_mode', reason: expect.stringContaining('陈述和申辩') },
      ]),
    )
    const blocked = await h.raw(U.security)('complaint.act', {
      id: c.id,
      action: 'give_result',
      mode: 'explanation',
      summary: '已批评教育。',
    })
    expect(blocked.error).toMatchObject({ code: 'GUARD_FAILED', message: expect.stringContaining('陈述') })
    await h.as(U.security)('complaint.act', {
      id: c.id,
      action: 'record_statement',
      text: '当晚来访人员未出示证件，我要求登记时语气较急，已认识到问题。',
    })
    const done = await h.as(U.security)('complaint.act', {
      id: c.id,
      action: 'give_result',
      mode: 'explanation',
      summary: '已核实，对当班保安进行批评教育并向您致歉。',
    })
    expect(done.status).toBe('resolved')
  })
})

describe('H3 handling modes and plans', () => {
  it('H3 coordination names the other departments taking part', async () => {
    const c = await dispatched(U.zhao, 'parking', { departmentCode: 'parking' })
    await h.as(U.parking)('complaint.act', { id: c.id, action: 'take' })
    expect((await h.raw(U.parking)('complaint.act', { id: c.id, action: 'set_mode', mode: 'coordination' })).error.message).toContain(
      '协同的部门',
    )
    const v = await h.as(U.parking)('complaint.act', {
      id: c.id,
      action: 'set_mode',
      mode: 'coordination',
      coordinatingDepartments: ['security'],
    })
    expect(v).toMatchObject({ status: 'handling', modeLabel: '协调处理', coordinatingDepartmentNames: ['秩序维护部'] })
  })

  it('H3-PLAN a plan with owner, steps and deadline waits for the supervisor, who approves or sends it back', async () => {
    await h.subscribe(U.zhou, ['complaint_progress'])
    const c = await h.as(U.zhou)('complaint.submit', {
      category: 'engineering',
      location: s('S06').location,
      description: s('S06').content,
    })
    await h.as(U.agent)('complaint.act', { id: c.id, action: 'accept', tier: 'complex', departmentCode: 'engineering' })
    await h.as(U.engineering)('complaint.act', { id: c.id, action: 'take' })
    const plan = { owner: '赵工', steps: ['勘察顶楼防水层', '委托防水施工', '修复室内墙面'], deadline: '2026-12-15' }
    const pending = await h.as(U.engineering)('complaint.act', { id: c.id, action: 'submit_plan', ...plan })
    expect(pending).toMatchObject({ status: 'plan_pending', pendingApproval: true })
    expect((await h.raw(U.engineering)('complaint.act', { id: c.id, action: 'approve_plan' })).error.code).toBe('FORBIDDEN')
    expect((await h.as(U.engineeringSupervisor)('complaint.list', { scope: 'approvals' })).items.map((x: any) => x.id)).toEqual([c.id])
    const back = await h.as(U.engineeringSupervisor)('complaint.act', {
      id: c.id,
      action: 'return_plan',
      note: '请补充施工期间的临时防水措施',
    })
    expect(back).toMatchObject({ status: 'investigating', plan: { status: 'returned' } })
    await h.as(U.engineering)('complaint.act', { id: c.id, action: 'submit_plan', ...plan, steps: ['铺设临时防水布', ...plan.steps] })
    const approved = await h.as(U.engineeringSupervisor)('complaint.act', { id: c.id, action: 'approve_plan' })
    expect(approved).toMatchObject({
      status: 'handling',
      modeLabel: '制定处理方案',
      tier: 'complex',
      plan: { status: 'approved', owner: '赵工' },
    })
    expect(approved.deadlines.handlingDueAt).toBe(shanghai('2026-12-15T23:59:59.999'))
    // The deadline moved later: the complainant is told (H3-EXT).
    expect(h.emu.recorder.list(U.zhou).map((m) => m.title)).toEqual(['投诉处理进度通知'])
  })

  it('H3-EXT a plan that finishes before the current deadline is no news to the complainant', async () => {
    await h.subscribe(U.zhou, ['complaint_progress'])
    const c = await h.as(U.zhou)('complaint.submit', { category: 'engineering', location: '1栋楼顶', description: '楼顶排水口堵塞。' })
    await h.as(U.agent)('complaint.act', { id: c.id, action: 'accept', tier: 'complex', departmentCode: 'engineering' })
    await h.as(U.engineering)('complaint.act', { id: c.id, action: 'take' })
    await h.as(U.engineering)('complaint.act', {
      id: c.id,
      action: 'submit_plan',
      owner: '赵工',
      steps: ['疏通排水口'],
      deadline: '2026-12-02',
    })
    const approved = await h.as(U.engineeringSupervisor)('complaint.act', { id: c.id, action: 'approve_plan' })
    expect(approved.deadlines.handlingDueAt).toBe(shanghai('2026-12-02T23:59:59.999'))
    expect(h.emu.recorder.list(U.zhou)).toEqual([])
  })
})

describe('H3-EXT and H4 deadlines', () => {
  it('H3-EXT an approved extension tells the complainant the new deadline and the reason', async () => {
    await h.subscribe(U.wangli, ['complaint_progress'])
    const c = await dispatched(U.wangli, 'cleaning', { departmentCode: 'cleaning' })
    await h.as(U.cleaning)('complaint.act', { id: c.id, action: 'take' })
    const asked = await h.as(U.cleaning)('complaint.act', {
      id: c.id,
      action: 'request_extension',
      newDeadline: '2026-12-08',
      reason: '需等待清洁剂到货',
    })
    expect(asked.extension).toMatchObject({ status: 'pending', newDeadline: '2026-12-08' })
    expect(asked.deadlines.handlingDueAt).toBe(shanghai('2026-12-03T23:59:59.999'))
    const ok = await h.as(U.cleaningSupervisor)('complaint.act', { id: c.id, action: 'approve_extension' })
    expect(ok.deadlines.handlingDueAt).toBe(shanghai('2026-12-08T23:59:59.999'))
    const [msg] = h.emu.recorder.list(U.wangli)
    expect(Object.values(msg.data).map((v) => v.value)).toEqual(expect.arrayContaining(['已延期', '2026年12月8日', '需等待清洁剂到货']))
    const seen = await h.as(U.wangli)('complaint.get', { id: c.id })
    expect(seen.events.map((e: any) => e.action)).toContain('approve_extension')
    expect(seen.events.map((e: any) => e.action)).not.toContain('request_extension')
  })

  it('H3-EXT a rejected extension leaves the deadline as it was', async () => {
    const c = await dispatched(U.wangli, 'cleaning', { departmentCode: 'cleaning' })
    await h.as(U.cleaning)('complaint.act', { id: c.id, action: 'take' })
    await h.as(U.cleaning)('complaint.act', { id: c.id, action: 'request_extension', newDeadline: '2026-12-08', reason: '人手不足' })
    const no = await h.as(U.cleaningSupervisor)('complaint.act', { id: c.id, action: 'reject_extension', note: '请调配人手按时完成' })
    expect(no).toMatchObject({ extension: { status: 'rejected' } })
    expect(no.deadlines.handlingDueAt).toBe(shanghai('2026-12-03T23:59:59.999'))
  })

  it('H4-2 caps an extension or plan at 15 working days from acceptance', async () => {
    const c = await dispatched(U.wangli, 'cleaning', { departmentCode: 'cleaning' })
    const taken = await h.as(U.cleaning)('complaint.act', { id: c.id, action: 'take' })
    // The handler's date picker stops at the cap; the complainant is not shown it.
    expect(taken.latestDay).toBe('2026-12-21')
    expect((await h.as(U.wangli)('complaint.get', { id: c.id })).latestDay).toBeUndefined()
    const r = await h.raw(U.cleaning)('complaint.act', {
      id: c.id,
      action: 'request_extension',
      newDeadline: '2026-12-22',
      reason: '工期长',
    })
    expect(r.error).toMatchObject({ code: 'GUARD_FAILED', message: expect.stringContaining('2026年12月21日') })
    const ok = await h.as(U.cleaning)('complaint.act', {
      id: c.id,
      action: 'request_extension',
      newDeadline: '2026-12-21',
      reason: '工期长',
    })
    expect(ok.extension.status).toBe('pending')
  })

  it('H4-1 general 3 working days, H4-2 complex 7 working days, from acceptance', async () => {
    const general = await dispatched()
    expect(general.deadlines.handlingDueAt).toBe(shanghai('2026-12-03T23:59:59.999'))
    const c = await h.as(U.zhou)('complaint.submit', { category: 'engineering', location: '1栋楼顶', description: '防水层破损。' })
    const complex = await h.as(U.agent)('complaint.act', { id: c.id, action: 'accept', tier: 'complex' })
    expect(complex.deadlines.handlingDueAt).toBe(shanghai('2026-12-09T23:59:59.999'))
  })

  it('H4-3 an emergency must have someone acting within 2 hours and be handled within 24, around the clock', async () => {
    setNow('2026-10-01T14:30:00Z') // National Day, 22:30 in Shanghai
    const c = await h.as(U.chen)('complaint.submit', {
      category: 'engineering',
      location: '5栋车库',
      description: '卷帘门卡住，有人被困。',
      emergency: true,
    })
    expect(c.deadlines).toMatchObject({
      responseDueAt: Date.parse('2026-10-01T16:30:00Z'),
      handlingDueAt: Date.parse('2026-10-02T14:30:00Z'),
    })
    expect(c.due).toMatchObject({ kind: 'response' })
    setNow('2026-10-01T15:10:00Z')
    const taken = await h.as(U.engineering)('complaint.act', { id: c.id, action: 'take' })
    expect(taken.events.at(-1).data).toEqual({ onTimeResponse: true })
    expect(taken.due).toMatchObject({ kind: 'handling', at: Date.parse('2026-10-02T14:30:00Z') })
  })

  it('H4 an office-entered closure day is not a working day (settings → calendar)', async () => {
    await h.as(U.manager)('settings.save', { calendar: { closures: ['2026-12-01'] } })
    const c = await dispatched()
    expect(c.deadlines.handlingDueAt).toBe(shanghai('2026-12-04T23:59:59.999'))
  })
})
