/**
 * Issue 14 on the built functions (complaint + alert) and the emulator: an emergency reaches a
 * person within minutes — flagged at filing from its text, alerted at once on every channel
 * configured (WeCom application message, SMS, subscription and in-app), escalated step by step
 * while nobody acknowledges (接警), stopped by the first acknowledgement; customer service confirms
 * or clears it. Names cite H1-E (emergencies notified at once) and H4-3 (first response).
 */
import { harnessPerTest, setNow, U } from '../helpers/emulator'

const T0 = '2026-11-30T02:00:00Z' // Monday 10:00 in Shanghai
const h = harnessPerTest(T0, ['complaint', 'alert'])
const at = (minutes: number) => Date.parse(T0) + minutes * 60_000
const LIFT = '电梯困人半小时，按了警铃没人应，打物业电话也没人接，老人小孩都在里面！'

/** 王丽 files the lift-entrapment text with the 紧急 switch left off. */
const fileLift = () => h.as(U.wangli)('complaint.submit', { category: 'engineering', location: '3栋2单元电梯', description: LIFT })
/** The WeCom user ids and the SMS numbers alerted so far. */
const wecomTo = () => h.emu.wecomApp.list().map((m) => m.touser)
const smsTo = () => h.emu.sms.list().map((m) => m.phone)
const stepsOf = (c: any) => c.events.filter((e: any) => e.action === 'escalate_emergency').map((e: any) => e.reason)

describe('H1-E detection at filing', () => {
  it('H1-E the lift-entrapment text filed with the switch off is flagged with its words, dispatched at once and first in customer service’s queue', async () => {
    const routine = await h.as(U.chen)('complaint.submit', { category: 'cleaning', location: '5栋大堂', description: '大堂地面很脏' })
    const c = await fileLift()
    expect(c).toMatchObject({ status: 'dispatched', emergency: true, tier: 'emergency', departmentName: '工程部', alertState: 'open' })
    const staff = await h.as(U.agent)('complaint.get', { id: c.id })
    expect(staff.alert).toMatchObject({ source: 'detected', state: 'open', review: 'pending', step: 0 })
    expect(staff.alert.rules[0]).toMatchObject({
      name: expect.stringContaining('电梯'),
      words: expect.arrayContaining([expect.stringContaining('电梯困人')]),
    })
    expect(staff.events.find((e: any) => e.action === 'accept').reason).toMatch(/^系统识别为紧急投诉：.*“电梯困人/)
    const queue = await h.as(U.agent)('complaint.list', { scope: 'queue' })
    expect(queue.items.map((i: any) => i.id)).toEqual([c.id, routine.id])
    expect(staff.allowedActions).toEqual(expect.arrayContaining(['acknowledge_emergency', 'confirm_emergency', 'clear_emergency']))
  })

  it('H1-E an emergency whose words the content check rates risky is saved, held for review and alerted; a routine complaint with them is refused', async () => {
    const risky = '赌博网站' // a word the emulator's msgSecCheck rates risky
    const c = await h.as(U.wangli)('complaint.submit', {
      category: 'engineering',
      location: '3栋2单元电梯',
      description: `${LIFT}${risky}`,
    })
    expect(c).toMatchObject({ emergency: true, alertState: 'open' })
    const [stored] = await h.docs('complaints', { _id: c.id })
    expect(stored.contentReview).toBe('pending')
    expect(wecomTo().length + smsTo().length).toBeGreaterThan(0)
    const routine = await h.raw(U.chen)('complaint.submit', {
      category: 'cleaning',
      location: '5栋大堂',
      description: `大堂地面很脏${risky}`,
    })
    expect(routine.error).toEqual({ code: 'CONTENT_RISKY', message: '内容含有不当信息，请修改后再提交' })
    expect(await h.docs('complaints', { 'complainant.openid': U.chen })).toEqual([])
  })

  it('H1-E a mention that is past and resolved is no emergency ("上周电梯困人已解决")', async () => {
    const c = await h.as(U.wangli)('complaint.submit', {
      category: 'engineering',
      location: '3栋电梯',
      description: '上周电梯困人已解决，但维保记录一直没有公示，请物业公布维保情况。',
    })
    expect(c).toMatchObject({ status: 'submitted', emergency: false })
    expect(h.emu.wecomApp.list()).toEqual([])
  })

  it('H1-E staff registration is read too: a gas smell reported by phone is flagged; customer service flagging it themselves has judged it', async () => {
    const detected = await h.as(U.agent)('complaint.register', {
      channel: 'phone',
      category: 'engineering',
      location: '6栋2单元楼道',
      description: '楼道里煤气味很重，好像哪家在漏气',
      complainant: { name: '孙浩', room: '6栋2单元801', phone: '13500005555' },
    })
    expect(detected).toMatchObject({ emergency: true, alert: { source: 'detected', review: 'pending' } })
    const flagged = await h.as(U.agent)('complaint.register', {
      channel: 'phone',
      category: 'security',
      location: '东门',
      description: '门口有人打架',
      emergency: true,
      complainant: { name: '吴刚', room: '4栋902', phone: '13300007777' },
    })
    expect(flagged.alert).toMatchObject({ source: 'staff', review: 'confirmed' })
  })
})

describe('H1-E alerts without per-message consent, within a minute', () => {
  it('H1-E the people on duty get a WeCom application message and an SMS at once, the duty mobile an SMS, all without personal data', async () => {
    const c = await fileLift()
    // No roster: the whole engineering department and customer service centre are on duty.
    expect(wecomTo().sort()).toEqual(['agent', 'cs-supervisor', 'engineering-handler', 'engineering-supervisor'])
    expect(smsTo().sort()).toEqual(['+8613900009999', '+8613911110001', '+8613911110002', '+8613911110010', '+8613911110011'])
    const [first] = h.emu.wecomApp.list()
    expect(first.at - at(0)).toBeLessThan(60_000)
    expect(first.content).toContain(c.no)
    expect(first.content).toContain('工程维修·3栋2单元电梯')
    expect(first.content).toContain(`data-miniprogram-path="pages/detail/index?id=${c.id}"`)
    const everything = [...h.emu.wecomApp.list().map((m) => m.content), ...h.emu.sms.list().flatMap((m) => m.params)].join('\n')
    expect(everything).not.toMatch(/王丽|13800001111|1502/)
    expect(h.emu.sms.list()[0].params).toEqual([c.no, '工程维修·3栋2单元电梯', '请立即接警处置'])
    // Subscription and in-app messages as before: the engineer's in-app list has it.
    const inbox = await h.as(U.engineering)('messages.list')
    expect(inbox.items[0]).toMatchObject({ title: '紧急投诉，请立即处置', complaintNo: c.no })
  })

  it('H1-E with a duty roster, step 0 reaches only the people on duty (with the day’s swap), and only they may acknowledge', async () => {
    const weekdays = [1, 2, 3, 4, 5, 6, 7]
    const shift = (departmentCode: string, openid: string) => ({
      departmentCode,
      openid,
      weekdays,
      dayType: 'any',
      start: '08:00',
      end: '20:00',
    })
    await h.as(U.manager)('settings.save', {
      roster: {
        shifts: [shift('engineering', U.engineering), shift('customer_service', U.agent)],
        swaps: [{ date: '2026-11-30', departmentCode: 'engineering', from: U.engineering, to: U.engineeringSupervisor }],
      },
    })
    const c = await fileLift()
    expect(wecomTo().sort()).toEqual(['agent', 'engineering-supervisor'])
    const refused = await h.raw(U.engineering)('complaint.act', { id: c.id, action: 'acknowledge_emergency' })
    expect(refused.error).toMatchObject({ code: 'GUARD_FAILED', message: expect.stringContaining('不在本次紧急告警的接警名单') })
    const other = await h.raw(U.cleaning)('complaint.act', { id: c.id, action: 'acknowledge_emergency' })
    expect(other.ok).toBe(false)
    const ok = await h.as(U.engineeringSupervisor)('complaint.act', { id: c.id, action: 'acknowledge_emergency' })
    expect(ok.alert).toMatchObject({ state: 'acknowledged', acknowledged: { name: '孙志远', minutes: 0 } })
  })
})

describe('H1-E escalation until someone acknowledges, H4-3 the first response from receipt', () => {
  it('H1-E nobody acknowledges: every 5 minutes the next step — duty supervisors, the manager, everyone again — each an event; 接警 stops it', async () => {
    const c = await fileLift()
    const sent = () => h.emu.wecomApp.list().length
    const before = sent()
    setNow(at(4))
    await h.emu.fireTimer()
    expect(sent()).toBe(before)
    setNow(at(5))
    await h.emu.fireTimer()
    expect(
      h.emu.wecomApp
        .list()
        .slice(before)
        .map((m) => m.touser)
        .sort(),
    ).toEqual(['cs-supervisor', 'engineering-supervisor'])
    setNow(at(10))
    await h.emu.fireTimer()
    expect(h.emu.wecomApp.list().at(-1)!.touser).toBe('manager')
    setNow(at(15))
    await h.emu.fireTimer()
    const staff = await h.as(U.manager)('complaint.get', { id: c.id })
    expect(stepsOf(staff)).toEqual([
      '5 分钟无人接警，升级通知值班主管',
      '10 分钟无人接警，升级通知管理处经理',
      '15 分钟无人接警，再次通知全部接警人员',
    ])
    expect(h.emu.sms.list().filter((m) => m.phone === '+8613900009999')).toHaveLength(4) // the duty mobile at every step
    setNow(at(17))
    const done = await h.as(U.engineering)('complaint.act', { id: c.id, action: 'acknowledge_emergency' })
    expect(done.alert).toMatchObject({ state: 'acknowledged', acknowledged: { name: '赵工', minutes: 17 } })
    expect(done.events.at(-1)).toMatchObject({
      action: 'acknowledge_emergency',
      actorName: '赵工',
      data: { minutes: 17, onTimeResponse: true },
    })
    expect(done.due).toMatchObject({ kind: 'handling' })
    const count = sent()
    for (const m of [20, 25, 30]) {
      setNow(at(m))
      await h.emu.fireTimer()
    }
    expect(sent()).toBe(count)
    const resident = await h.as(U.wangli)('complaint.get', { id: c.id })
    expect(resident.events.map((e: any) => e.action)).not.toContain('escalate_emergency') // staff-side steps stay with staff
  })

  it('H4-3 a phone complaint registered later still counts its response time from when it was received', async () => {
    setNow(at(30))
    const c = await h.as(U.agent)('complaint.register', {
      channel: 'phone',
      category: 'engineering',
      location: '2栋电梯',
      description: '电梯突然停了，有人被困在里面出不来',
      receivedAt: at(10),
      complainant: { name: '赵敏', room: '2栋1101', phone: '13600004444' },
    })
    expect(c.deadlines.responseDueAt).toBe(at(10) + 2 * 3_600_000)
    expect(c.alert.raisedAt).toBe(at(10))
  })

  it('H1-E two people acknowledging at once: one wins, the other is told who did', async () => {
    const c = await fileLift()
    const [a, b] = await Promise.all([
      h.raw(U.engineering)('complaint.act', { id: c.id, action: 'acknowledge_emergency' }),
      h.raw(U.agent)('complaint.act', { id: c.id, action: 'acknowledge_emergency' }),
    ])
    const winner = a.ok ? a : b
    const loser = a.ok ? b : a
    expect(winner.ok).toBe(true)
    expect(loser.error).toMatchObject({ code: 'CONFLICT', message: expect.stringMatching(/^已由(赵工|林晓)于 10:00 接警，无需重复接警$/) })
    expect(loser.error.message).toContain(winner.data.alert.acknowledged.name)
    const later = await h.raw(U.engineeringSupervisor)('complaint.act', { id: c.id, action: 'acknowledge_emergency' })
    expect(later.error.message).toContain(`已由${winner.data.alert.acknowledged.name}`)
  })

  it('H1-E taking the task acknowledges it too (someone is acting on it), and the chain stops', async () => {
    const c = await fileLift()
    const taken = await h.as(U.engineering)('complaint.act', { id: c.id, action: 'take' })
    expect(taken.alert).toMatchObject({ state: 'acknowledged', acknowledged: { name: '赵工' } })
    setNow(at(5))
    expect((await h.emu.fireTimer()).data.alertSteps).toBe(0)
  })
})

describe('C3 withdrawn while nobody acknowledged', () => {
  it('C3, H1-E the resident withdrawing a mistaken emergency stops its chain: off the red banner, no further steps, no notice', async () => {
    const c = await fileLift()
    await h.as(U.wangli)('complaint.act', { id: c.id, action: 'withdraw', reason: 'mistaken' })
    expect((await h.as(U.agent)('alerts.status')).open).toEqual([])
    const sent = h.emu.wecomApp.list().length
    setNow(at(5))
    expect((await h.emu.fireTimer()).data).toMatchObject({ alertSteps: 0, errors: 0 })
    expect(h.emu.wecomApp.list()).toHaveLength(sent)
    expect(await h.as(U.wangli)('complaint.get', { id: c.id })).toMatchObject({ status: 'withdrawn', emergencyNotice: undefined })
  })
})

describe('H1-E customer service confirms or clears the flag', () => {
  it('H1-E clearing with a reason stops the chain; the complaint goes on as a general one and the resident is told why', async () => {
    const c = await fileLift()
    const bad = await h.raw(U.agent)('complaint.act', { id: c.id, action: 'clear_emergency' })
    expect(bad.error).toMatchObject({ code: 'INVALID_INPUT', message: '请填写解除紧急的原因' })
    const cleared = await h.as(U.agent)('complaint.act', {
      id: c.id,
      action: 'clear_emergency',
      reason: '已电话核实：电梯昨晚已修复，投诉人补充反映维保问题',
    })
    expect(cleared).toMatchObject({
      emergency: false,
      tier: 'general',
      alertState: 'cleared',
      alert: { review: 'cleared', reviewed: { name: '林晓' } },
    })
    expect(cleared.deadlines.responseDueAt).toBeUndefined()
    expect(cleared.events.at(-1)).toMatchObject({ action: 'clear_emergency', reason: expect.stringContaining('已电话核实') })
    setNow(at(5))
    expect((await h.emu.fireTimer()).data.alertSteps).toBe(0)
    const inbox = await h.as(U.wangli)('messages.list')
    expect(inbox.items.find((m: any) => m.kind === 'emergency_cleared')).toMatchObject({
      title: '投诉按一般投诉处理',
      detail: expect.stringContaining('已电话核实'),
    })
    expect((await h.as(U.agent)('complaint.list', { scope: 'queue' })).items).toEqual([])
  })

  it('H1-E confirming keeps the chain going and takes it out of the queue once acknowledged', async () => {
    const c = await fileLift()
    await h.as(U.agent)('complaint.act', { id: c.id, action: 'confirm_emergency' })
    expect((await h.as(U.agent)('complaint.list', { scope: 'queue' })).items.map((i: any) => i.id)).toEqual([c.id])
    await h.as(U.engineering)('complaint.act', { id: c.id, action: 'acknowledge_emergency' })
    expect((await h.as(U.agent)('complaint.list', { scope: 'queue' })).items).toEqual([])
    expect((await h.raw(U.engineering)('complaint.act', { id: c.id, action: 'clear_emergency', reason: 'x' })).ok).toBe(false)
  })
})

describe('what the resident is told', () => {
  it('H1-E the resident sees at once that it is urgent and what to do: the duty phone and the lift rescue number; H4-3 the 2-hour promise', async () => {
    await h.as(U.manager)('settings.save', { alerts: { numbers: { liftRescue: '0571-96333' } } })
    const c = await fileLift()
    expect(c.alert).toBeUndefined() // the chain is for staff
    expect(c.emergencyNotice).toMatchObject({
      title: expect.stringContaining('紧急'),
      calls: [
        { label: '物业值班电话', number: '0571-88886666' },
        { label: '电梯救援', number: '0571-96333' },
      ],
      respondBy: at(120),
    })
    expect(c.emergencyNotice.hints[0]).toContain('本地为 0571-96333')
    expect(c.expectation).toMatchObject({ respondBy: at(120) })
  })

  it('H1 after any filing the resident sees by when it will be accepted and dispatched', async () => {
    const c = await h.as(U.wangli)('complaint.submit', { category: 'cleaning', location: '3栋大堂', description: '大堂地面很脏' })
    expect(c.emergencyNotice).toBeUndefined()
    expect(c.expectation).toEqual({ acceptBy: Date.parse('2026-12-01T23:59:59.999+08:00') })
  })

  it('A4 a refusal notice carries the explanation: shortened in the subscription message, whole in the app', async () => {
    await h.subscribe(U.wangli, ['complaint_accepted'])
    const c = await h.as(U.wangli)('complaint.submit', { category: 'other', location: '小区外', description: '隔壁商场噪音大' })
    const explanation = '商场噪音不属于物业管理处的服务范围，建议向生态环境部门或12345热线反映，我们可协助提供联系方式。'
    await h.as(U.agent)('complaint.act', { id: c.id, action: 'refuse', ground: 'A4-R1', explanation })
    const [m] = h.emu.recorder.list(U.wangli).slice(-1)
    expect(Object.values(m.data).map((v) => v.value)).toContain(`${Array.from(explanation).slice(0, 19).join('')}…`)
    const inbox = await h.as(U.wangli)('messages.list')
    expect(inbox.items[0].detail).toContain(explanation)
  })
})
