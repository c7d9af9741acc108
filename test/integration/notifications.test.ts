/**
 * Notifications that reach people (issue 4): every message kind formatted to WeChat's rules, the
 * quota ledger (one acceptance = one message), 43101 and transient errors, the outbox surviving a
 * crash between commit and send, the timer's idempotency, and one whole lifecycle's messages.
 */
import { MESSAGE_KINDS } from '../../cloudfunctions/complaint/domain/notifications'
import { TEMPLATES } from '../../config/environments'
import { ruleViolation } from '../../emulator/recorder'
import { harnessPerTest, setNow, U } from '../helpers/emulator'

const h = harnessPerTest('2026-11-30T02:00:00Z')

const submit = (openid: string = U.wangli, extra: Record<string, unknown> = {}) =>
  h.as(openid)('complaint.submit', {
    category: 'cleaning',
    location: '3栋2单元电梯厅连廊靠近垃圾桶的位置',
    description: '电梯厅地面有积水和烟头。',
    ...extra,
  })
const outbox = () => h.docs('outbox')

describe('message catalogue', () => {
  it("every kind maps to a configured template whose fields all pass WeChat's rules", async () => {
    const c = await submit()
    const [stored] = await h.docs('complaints', { _id: c.id })
    const full = {
      ...stored,
      acceptedAt: Date.now(),
      resolvedAt: Date.now(),
      deadlines: { handlingDueAt: Date.now() + 86400000, responseDueAt: Date.now() + 7200000, dispatchDueAt: Date.now() },
      result: { summary: '已处理完毕，感谢您的耐心等待和理解支持配合', mode: 'rectification' },
      refusal: { ground: 'A4-R1', explanation: 'x', at: Date.now() },
      extension: { status: 'approved', reason: '等待配件到货', newDeadline: '2026-12-08' },
    }
    for (const [kind, spec] of Object.entries(MESSAGE_KINDS)) {
      const template = TEMPLATES[spec.template]
      expect(template).toBeDefined()
      const values = spec.values(full, Date.now()) as Record<string, unknown>
      const { formatField } = await import('../../cloudfunctions/complaint/domain/message-fields')
      for (const [logical, key] of Object.entries(template.fields)) {
        const v = formatField(key, (values[logical] ?? '无') as string | number)
        expect([kind, key, ruleViolation(key, v)]).toEqual([kind, key, null])
      }
    }
  })

  it('a thing value longer than 20 characters is shortened with … before sending', async () => {
    await h.subscribe(U.wangli, ['complaint_accepted'])
    const c = await submit()
    await h.as(U.agent)('complaint.act', { id: c.id, action: 'accept' })
    const [m] = h.emu.recorder.list(U.wangli)
    expect(m.data.thing2.value).toBe('清洁卫生·3栋2单元电梯厅连廊靠近垃圾…')
    expect(m.miniprogramState).toBe('developer')
  })
})

describe('quota ledger', () => {
  it('one acceptance gives exactly one message; without quota no call is made and the message goes to the in-app list', async () => {
    await h.subscribe(U.wangli, ['complaint_accepted'])
    const a = await submit()
    const b = await submit()
    await h.as(U.agent)('complaint.act', { id: a.id, action: 'accept' })
    await h.as(U.agent)('complaint.act', { id: b.id, action: 'accept' })
    expect(h.emu.recorder.list(U.wangli)).toHaveLength(1)
    const states = (await outbox()).filter((e) => e.kind === 'accepted').map((e) => e.recipients[0].state)
    expect(states).toEqual(['sent', 'inapp'])
    expect((await h.as(U.wangli)('messages.list')).items.filter((m: any) => m.kind === 'accepted')).toHaveLength(2)
    expect((await h.as(U.wangli)('meta.get')).quota.complaint_accepted).toBe(0)
  })

  it('accepts add up: two taps, two messages', async () => {
    await h.subscribe(U.wangli, ['complaint_accepted'])
    await h.subscribe(U.wangli, ['complaint_accepted'])
    expect((await h.as(U.wangli)('meta.get')).quota.complaint_accepted).toBe(2)
  })

  it('a rejected or unknown template in the report adds nothing', async () => {
    const r = await h.as(U.wangli)('subscription.report', {
      results: { 'LOCAL-complaint-accepted-000000000000000000000': 'reject', 'other-app-template': 'accept' },
    })
    expect(r.quota.complaint_accepted).toBe(0)
  })

  it('43101 (the user refused or has no quota left at WeChat) marks the message skipped, never retried', async () => {
    await h.as(U.wangli)('subscription.report', { results: { 'LOCAL-complaint-accepted-000000000000000000000': 'accept' } }) // our ledger says 1, WeChat says 0
    const c = await submit()
    await h.as(U.agent)('complaint.act', { id: c.id, action: 'accept' })
    const entry = (await outbox()).find((e) => e.kind === 'accepted')
    expect(entry).toMatchObject({ status: 'done', dead: false, recipients: [{ state: 'skipped', attempts: 1 }] })
    setNow('2026-11-30T03:00:00Z')
    await h.emu.fireTimer()
    expect(h.emu.recorder.list(U.wangli)).toEqual([])
  })

  it('a transient error retries with back-off; the message is delivered once the service answers', async () => {
    await h.subscribe(U.wangli, ['complaint_accepted'])
    h.emu.recorder.injectFaults(-1, 45009)
    const c = await submit()
    await h.as(U.agent)('complaint.act', { id: c.id, action: 'accept' })
    let entry = (await outbox()).find((e) => e.kind === 'accepted')
    expect(entry).toMatchObject({
      status: 'pending',
      attempts: 1,
      nextAttemptAt: Date.parse('2026-11-30T02:01:00Z'),
      recipients: [{ state: 'retry' }],
    })
    await h.emu.fireTimer() // not due yet
    expect((await outbox()).find((e) => e.kind === 'accepted').attempts).toBe(1)
    setNow('2026-11-30T02:01:00Z')
    await h.emu.fireTimer() // 45009 again
    entry = (await outbox()).find((e) => e.kind === 'accepted')
    expect(entry).toMatchObject({ status: 'pending', attempts: 2, nextAttemptAt: Date.parse('2026-11-30T02:03:00Z') })
    setNow('2026-11-30T02:03:00Z')
    await h.emu.fireTimer()
    expect((await outbox()).find((e) => e.kind === 'accepted')).toMatchObject({ status: 'done', recipients: [{ state: 'sent' }] })
    expect(h.emu.recorder.list(U.wangli)).toHaveLength(1)
  })

  it('past the retry limit a message becomes a dead letter the manager sees and can queue again', async () => {
    await h.subscribe(U.wangli, ['complaint_accepted'])
    h.emu.recorder.injectFaults(-1, -1, -1, -1, -1)
    const c = await submit()
    await h.as(U.agent)('complaint.act', { id: c.id, action: 'accept' })
    for (let i = 1; i <= 5; i++) {
      setNow(Date.parse('2026-11-30T02:00:00Z') + i * 3_600_000)
      await h.emu.fireTimer()
    }
    const [dead] = await h.as(U.manager)('outbox.deadLetters')
    expect(dead).toMatchObject({
      kind: 'accepted',
      title: '您的投诉已受理',
      complaintId: c.id,
      complaintNo: c.no,
      failures: [{ openid: U.wangli, name: '王丽', roleLabel: '业主/住户', errorCode: -1, error: expect.stringContaining('-1') }],
    })
    expect((await h.raw(U.agent)('outbox.deadLetters')).error.code).toBe('FORBIDDEN')
    expect((await h.as(U.wangli)('complaint.get', { id: c.id })).status).toBe('accepted') // the complaint was never blocked
    await h.subscribe(U.wangli, ['complaint_accepted'])
    await h.as(U.manager)('outbox.retry', { id: dead.id })
    await h.emu.fireTimer()
    expect(h.emu.recorder.list(U.wangli)).toHaveLength(1)
    expect(await h.as(U.manager)('outbox.deadLetters')).toEqual([])
  })

  it('47003 (a value breaks a rule) is a dead letter at once, not retried', async () => {
    await h.subscribe(U.wangli, ['complaint_accepted'])
    h.emu.recorder.injectFaults(47003)
    const c = await submit()
    await h.as(U.agent)('complaint.act', { id: c.id, action: 'accept' })
    expect((await outbox()).find((e) => e.kind === 'accepted')).toMatchObject({
      status: 'done',
      dead: true,
      recipients: [{ state: 'dead' }],
    })
  })
})

describe('outbox', () => {
  it('the notification is written in the same transaction as the change: a failed change writes no notification', async () => {
    const c = await submit()
    h.emu.failDatabase((action, p) => action === 'database.insertDocument' && p.collectionName === 'outbox')
    const r = await h.raw(U.agent)('complaint.act', { id: c.id, action: 'accept' })
    expect(r.ok).toBe(false)
    expect((await h.as(U.agent)('complaint.get', { id: c.id })).status).toBe('submitted')
    expect((await h.docs('events', { complaintId: c.id })).map((e) => e.action)).toEqual(['submit'])
  })

  it('a crash between commit and send leaves the notification for the next run, which sends it once', async () => {
    await h.subscribe(U.wangli, ['complaint_accepted'])
    const c = await submit()
    // The delivery right after the commit never happens (its first read fails, as if the process died).
    h.emu.failDatabase((action, p) => action === 'database.getDocument' && p.collectionName === 'outbox')
    const accepted = await h.as(U.agent)('complaint.act', { id: c.id, action: 'accept' })
    expect(accepted.status).toBe('accepted')
    expect(h.emu.recorder.list(U.wangli)).toEqual([])
    await h.emu.fireTimer()
    await h.emu.fireTimer()
    expect(h.emu.recorder.list(U.wangli)).toHaveLength(1)
  })

  it('a crash in the middle of a send is never followed by a second message (at most once)', async () => {
    await h.subscribe(U.wangli, ['complaint_accepted'])
    const c = await submit()
    h.emu.failDatabase((action, p) => action === 'database.getDocument' && p.collectionName === 'outbox')
    await h.as(U.agent)('complaint.act', { id: c.id, action: 'accept' })
    // Recorded as if the process died after marking the recipient 'sending' and before knowing the result.
    const entry = (await outbox()).find((e) => e.kind === 'accepted')
    const cloud = require('wx-server-sdk')
    await cloud
      .database()
      .collection('outbox')
      .doc(entry._id)
      .update({ data: { recipients: [{ openid: U.wangli, state: 'sending', attempts: 0 }] } })
    await h.emu.fireTimer()
    expect(h.emu.recorder.list(U.wangli)).toEqual([])
    expect((await outbox()).find((e) => e.kind === 'accepted')).toMatchObject({ status: 'done', recipients: [{ state: 'unknown' }] })
  })

  it('two timer runs at once deliver each pending message once', async () => {
    await h.subscribe(U.wangli, ['complaint_accepted', 'complaint_accepted'])
    const c = await submit()
    h.emu.failDatabase((action, p) => action === 'database.getDocument' && p.collectionName === 'outbox')
    await h.as(U.agent)('complaint.act', { id: c.id, action: 'accept' })
    await Promise.all([h.emu.fireTimer(), h.emu.fireTimer(), h.emu.fireTimer()])
    expect(h.emu.recorder.list(U.wangli)).toHaveLength(1)
  })
})

describe('a whole lifecycle', () => {
  it('the recorder holds exactly the messages the resident and the handler should have received, in order', async () => {
    await h.subscribe(U.wangli, ['complaint_accepted', 'complaint_progress', 'complaint_result'])
    await h.subscribe(U.cleaning, ['staff_task', 'staff_task', 'staff_task'])
    const c = await submit()
    setNow('2026-11-30T02:10:00Z')
    await h.as(U.agent)('complaint.act', { id: c.id, action: 'accept', departmentCode: 'cleaning' })
    setNow('2026-11-30T03:00:00Z')
    await h.as(U.cleaning)('complaint.act', { id: c.id, action: 'take' })
    await h.as(U.cleaning)('complaint.act', { id: c.id, action: 'request_extension', newDeadline: '2026-12-04', reason: '需更换地漏' })
    await h.as(U.cleaningSupervisor)('complaint.act', { id: c.id, action: 'approve_extension' })
    setNow('2026-12-04T09:00:00Z') // Friday 17:00, inside the 8-hour warning window
    await h.emu.fireTimer()
    await h.as(U.cleaning)('complaint.act', { id: c.id, action: 'give_result', mode: 'rectification', summary: '已更换地漏并清理。' })
    await h.subscribe(U.wangli, ['complaint_result'])
    await h.as(U.wangli)('complaint.act', { id: c.id, action: 'rate', level: 5, comment: '好' })
    await h.emu.fireTimer()
    const resident = h.emu.recorder.list(U.wangli).map((m) => [m.title, m.data.phrase3?.value ?? m.data.phrase2?.value])
    expect(resident).toEqual([
      ['投诉受理通知', '已受理'],
      ['投诉处理进度通知', '已延期'],
      ['投诉处理结果通知', '已办结'],
    ])
    const handler = h.emu.recorder.list(U.cleaning).map((m) => m.data.phrase3.value)
    expect(handler).toEqual(['待接单', '处理中', '处理中'])
    expect(h.emu.recorder.list(U.cleaning).map((m) => m.data.thing5.value)).toEqual([
      expect.stringContaining('请于'),
      '延期已批准',
      '即将到期，请抓紧处理',
    ])
    expect(h.emu.recorder.list().every((m) => m.page === `pages/detail/index?id=${c.id}`)).toBe(true)
  })
})

describe('the staff channel beside subscription messages: WeCom group robots', () => {
  const KEY = '693a91f6-7a1c-4bc4-97a0-0ec2efa5a001'
  const OFFICE = '693a91f6-7a1c-4bc4-97a0-0ec2efa5a002'

  it("H1-E an emergency reaches the department's group at once, even when nobody has a subscription left, with no personal data", async () => {
    await h.as(U.manager)('settings.save', { wecomRobots: { engineering: KEY, office: OFFICE } })
    const c = await h.as(U.chen)('complaint.submit', {
      category: 'engineering',
      location: '5栋1单元地下车库入口',
      description: '卷帘门卡住，有人被困在车库里。',
      emergency: true,
    })
    expect(h.emu.recorder.list(U.engineering)).toEqual([]) // no one-time subscription left
    const group = h.emu.wecom.list(KEY)
    expect(group.length).toBeGreaterThanOrEqual(1)
    expect(group[0].content).toContain('紧急投诉，请立即处置')
    expect(group[0].content).toContain(c.no)
    expect(group[0].content).toContain('工程维修·5栋1单元地下车库入口')
    expect(group.map((m) => m.content).join()).not.toMatch(/陈建国|13900002222|5栋1单元302/)
    expect(h.emu.wecom.list(OFFICE)).toEqual([])
  })

  it('a complaint about a staff member goes to no group (the group may include them), unless it is an emergency', async () => {
    await h.as(U.manager)('settings.save', { wecomRobots: { security: KEY } })
    const c = await h.as(U.liu)('complaint.submit', { category: 'security', location: '东门岗亭', description: '夜班保安态度差。' })
    await h.as(U.agent)('complaint.act', { id: c.id, action: 'accept', departmentCode: 'security', subjectStaff: { name: '马东' } })
    expect(h.emu.wecom.list(KEY)).toEqual([])
  })

  it('a busy robot (45009) is retried later; a removed key is a dead letter', async () => {
    await h.as(U.manager)('settings.save', { wecomRobots: { cleaning: KEY } })
    h.emu.wecom.injectFaults(45009)
    const c = await h.as(U.wangli)('complaint.submit', { category: 'cleaning', location: '3栋', description: '脏。' })
    await h.as(U.agent)('complaint.act', { id: c.id, action: 'accept', departmentCode: 'cleaning' })
    expect(h.emu.wecom.list(KEY)).toEqual([])
    setNow('2026-11-30T02:01:00Z')
    await h.emu.fireTimer()
    expect(h.emu.wecom.list(KEY)).toHaveLength(1)
    await h.as(U.cleaning)('complaint.act', { id: c.id, action: 'take' })
    h.emu.wecom.injectFaults(93000)
    await h.as(U.cleaning)('complaint.act', { id: c.id, action: 'request_extension', newDeadline: '2026-12-07', reason: '等待材料' })
    await h.as(U.cleaningSupervisor)('complaint.act', { id: c.id, action: 'approve_extension' })
    const dead = await h.as(U.manager)('outbox.deadLetters')
    expect(dead.flatMap((d: any) => d.failures)).toEqual(
      expect.arrayContaining([expect.objectContaining({ name: '企业微信群·保洁部', errorCode: 93000 })]),
    )
  })

  it('robot keys are secrets: settings show them masked, a masked value saved back keeps the key, and a bad key is refused', async () => {
    await h.as(U.manager)('settings.save', { wecomRobots: { cleaning: KEY } })
    const shown = (await h.as(U.agent)('settings.get')).settings.wecomRobots
    expect(shown).toEqual({ cleaning: '••••a001' })
    await h.as(U.manager)('settings.save', { wecomRobots: { cleaning: '••••a001', parking: '' } })
    const [stored] = await h.docs('settings', { _id: 'estate-default' })
    expect(stored.wecomRobots).toEqual({ cleaning: KEY })
    expect((await h.raw(U.manager)('settings.save', { wecomRobots: { cleaning: 'not a key!' } })).error.message).toContain('Webhook key')
    await h.as(U.manager)('settings.save', { wecomRobots: { cleaning: '' } })
    expect((await h.docs('settings', { _id: 'estate-default' }))[0].wecomRobots).toEqual({})
  })
})
