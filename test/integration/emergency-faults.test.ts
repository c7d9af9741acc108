/**
 * Issue 14's bad input and faults, on the built functions and the emulator: a WeCom or SMS call
 * that fails, times out or answers an error code is retried and shown to the manager, and never
 * blocks or loses the complaint; with no channel at all, the manager and customer service are
 * told (the red banner) and the settings page says what is missing; the channels' secrets never
 * reach the database, a caller or the logs.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { EMULATED_SMS, EMULATED_WECOM_APP, setAlertEnvironment } from '../../emulator'
import { harnessPerTest, setNow, U } from '../helpers/emulator'

const T0 = '2026-11-30T02:00:00Z'
const h = harnessPerTest(T0, ['complaint', 'alert'])
const at = (minutes: number) => Date.parse(T0) + minutes * 60_000
const fileLift = () =>
  h.as(U.wangli)('complaint.submit', { category: 'engineering', location: '3栋2单元电梯', description: '电梯困住了，我妈在里面出不来' })
const alertEntries = () => h.docs('alert_outbox')

afterEach(() => setAlertEnvironment())

describe('a failing channel never blocks or loses the complaint', () => {
  it('H1-E a WeCom timeout and an SMS service error are retried a minute later by the alert function’s timer', async () => {
    h.emu.wecomApp.injectFaults('timeout', 'timeout', 'timeout', 'timeout')
    h.emu.sms.injectFaults('timeout', 'InternalError.Timeout', 'timeout', 'timeout', 'timeout')
    const c = await fileLift()
    expect(c).toMatchObject({ status: 'dispatched', emergency: true })
    expect(h.emu.wecomApp.list()).toEqual([])
    const [entry] = await alertEntries()
    expect(entry).toMatchObject({ status: 'pending', nextAttemptAt: at(1) })
    expect(entry.recipients.filter((r: any) => r.state === 'retry').length).toBeGreaterThanOrEqual(4)
    setNow(at(1))
    await h.emu.fireTimer('alert')
    expect(
      h.emu.wecomApp
        .list()
        .map((m) => m.touser)
        .sort(),
    ).toEqual(['agent', 'cs-supervisor', 'engineering-handler', 'engineering-supervisor'])
    expect(h.emu.sms.list().length).toBe(5)
    expect((await alertEntries())[0]).toMatchObject({ status: 'done', dead: false })
  })

  it('H1-E an error retrying cannot fix (an unknown WeCom user, an unapproved SMS template) is a dead letter at once, shown to the manager, and can be sent again', async () => {
    h.emu.wecomApp.injectFaults(81013)
    h.emu.sms.injectFaults('FailedOperation.TemplateIncorrectOrUnapproved')
    const c = await fileLift()
    const dead = await h.as(U.manager)('outbox.deadLetters')
    const alert = dead.find((d: any) => d.audience === 'alert')
    expect(alert).toMatchObject({ complaintNo: c.no, title: '紧急投诉，请立即处置（首次告警）' })
    expect(alert.failures).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ name: expect.stringMatching(/·企业微信应用消息$/), errorCode: 81013 }),
        expect.objectContaining({ name: expect.stringMatching(/·短信$/), error: 'FailedOperation.TemplateIncorrectOrUnapproved' }),
      ]),
    )
    expect(JSON.stringify(dead)).not.toMatch(/139\d{8}|\+86/) // no phone number in what the manager reads
    const before = h.emu.wecomApp.list().length
    await h.as(U.manager)('outbox.retry', { id: alert.id })
    expect(h.emu.wecomApp.list().length).toBe(before + 1)
    expect((await h.as(U.agent)('complaint.get', { id: c.id })).status).toBe('dispatched')
  })

  it('H1-E a transient error past five attempts becomes a dead letter', async () => {
    h.emu.wecomApp.injectFaults(...Array(30).fill(-1))
    await h.as(U.manager)('settings.save', { alerts: { sms: false } })
    await fileLift()
    for (const m of [1, 3, 7, 15]) {
      setNow(at(m))
      await h.emu.fireTimer('alert')
    }
    const [entry] = await alertEntries()
    expect(entry).toMatchObject({ status: 'done', dead: true, attempts: 5 })
  })

  it('H1-E a wrong WeCom secret in the environment fails at gettoken (dead, 40001) and the settings page says so; the SMS still goes', async () => {
    process.env.WECOM_SECRET = 'not-the-secret'
    await fileLift()
    expect(h.emu.wecomApp.list()).toEqual([])
    expect(h.emu.sms.list().length).toBeGreaterThan(0)
    const status = await h.as(U.manager)('alerts.status', { live: true })
    const wecom = status.channels.find((c: any) => c.key === 'wecomApp')
    expect(wecom).toMatchObject({ on: true, problems: [expect.stringContaining('最近一次发送失败：40001')] })
    expect(status.silent).toBe(false)
  })

  it('H1-E the alert function not deployed: the complaint is filed and dispatched, subscription and in-app messages go, the settings page says the function is missing', async () => {
    h.emu.functions.delete('alert')
    const c = await fileLift()
    expect(c).toMatchObject({ status: 'dispatched', emergency: true })
    expect((await h.as(U.engineering)('messages.list')).items[0]).toMatchObject({ complaintNo: c.no })
    const status = await h.as(U.manager)('alerts.status', { live: true })
    expect(status.channels.find((x: any) => x.key === 'sms').problems).toEqual(['告警云函数（alert）未部署或从未运行'])
  })
})

describe('never silent', () => {
  it('H1-E with no channel at all, the manager and customer service see the open emergency flagged as unreachable, and what to configure', async () => {
    await h.as(U.manager)('settings.save', { alerts: { wecomApp: false, sms: false, dutyPhone: '' } })
    const c = await fileLift()
    for (const who of [U.manager, U.agent]) {
      const s = await h.as(who)('alerts.status')
      expect(s).toMatchObject({ silent: true, open: [{ id: c.id, no: c.no, stepLabel: '值班人员', departmentName: '工程部' }] })
    }
    const s = await h.as(U.manager)('alerts.status')
    expect(s.channels.map((x: any) => [x.label, x.on, x.problems[0]])).toEqual([
      ['企业微信应用消息', false, '未开启企业微信应用消息'],
      ['短信', false, '未开启短信'],
      ['企业微信群机器人', false, '未配置任何部门的群机器人'],
    ])
    expect(s.problems).toContain('未设置物业值班电话（紧急投诉的投诉人看不到应拨打的电话）')
    expect((await h.raw(U.engineering)('alerts.status')).error.code).toBe('FORBIDDEN')
    expect((await h.raw(U.wangli)('alerts.status')).ok).toBe(false)
    await h.as(U.engineering)('complaint.act', { id: c.id, action: 'acknowledge_emergency' })
    expect((await h.as(U.agent)('alerts.status')).open).toEqual([])
  })

  it('H1-E a group robot alone is a channel: not silent', async () => {
    await h.as(U.manager)('settings.save', {
      alerts: { wecomApp: false, sms: false },
      wecomRobots: { engineering: '693a91f6-7a1c-4bc4-97a0-0ec2efa5a001' },
    })
    await fileLift()
    expect((await h.as(U.agent)('alerts.status')).silent).toBe(false)
    expect(h.emu.wecom.list()).toHaveLength(1)
  })

  it('H1-E the environment missing the SMS keys is named on the settings page (names only, never values)', async () => {
    setAlertEnvironment({ sms: false })
    const status = await h.as(U.manager)('alerts.status', { live: true })
    expect(status.channels.find((x: any) => x.key === 'sms').problems[0]).toBe(
      '告警云函数的环境变量缺少：SMS_SECRET_ID、SMS_SECRET_KEY、SMS_SDK_APP_ID、SMS_SIGN_NAME、SMS_TEMPLATE_ID',
    )
  })
})

describe('the alert function itself', () => {
  it('H1-E answers alert.deliver and alert.status only: unknown actions and fields are refused, a status holds no secret, a second deliver sends nothing twice', async () => {
    const alert = (action: string, payload?: unknown) => h.emu.call('alert', { action, payload }, U.stranger)
    expect((await alert('constructor')).error.code).toBe('UNKNOWN_ACTION')
    expect((await alert('alert.deliver', { complaintId: 'x', force: true })).error).toEqual({
      code: 'INVALID_INPUT',
      message: '不支持的字段：force',
    })
    expect((await alert('alert.deliver', { complaintId: 7 })).error.code).toBe('INVALID_INPUT')
    const status = await alert('alert.status')
    expect(status.data).toMatchObject({ wecomApp: { configured: true, missing: [] }, sms: { configured: true, missing: [] } })
    expect(JSON.stringify(status)).not.toContain(EMULATED_WECOM_APP.secret)
    const c = await fileLift()
    const sent = h.emu.wecomApp.list().length
    expect((await alert('alert.deliver', { complaintId: c.id })).data).toEqual({ due: 0 })
    expect(h.emu.wecomApp.list()).toHaveLength(sent)
  })
})

describe('bad input', () => {
  it('settings refuse a bad duty mobile, a roster person of another department, and an escalation step out of range; nothing saved changes', async () => {
    const before = (await h.as(U.manager)('settings.get')).settings
    const bad = [
      [{ alerts: { dutyMobile: '0571-88886666' } }, '值班手机应为 11 位手机号'],
      [{ alerts: { escalateMinutes: 0 } }, '无人接警升级间隔（分钟）不能小于 1'],
      [
        {
          roster: {
            shifts: [{ departmentCode: 'engineering', openid: U.cleaning, weekdays: [1], start: '08:00', end: '17:00' }],
            swaps: [],
          },
        },
        '张洁不属于工程部，不能排入该部门的值班',
      ],
      [
        {
          roster: {
            shifts: [{ departmentCode: 'engineering', openid: U.engineering, weekdays: [], start: '08:00', end: '17:00' }],
            swaps: [],
          },
        },
        '每个班次至少选择一天',
      ],
      [
        {
          roster: {
            shifts: [{ departmentCode: 'engineering', openid: U.engineering, weekdays: [1], start: '8点', end: '17:00' }],
            swaps: [],
          },
        },
        '开始时间格式应为 HH:mm',
      ],
    ] as const
    for (const [payload, message] of bad)
      expect((await h.raw(U.manager)('settings.save', payload)).error).toEqual({ code: 'INVALID_INPUT', message })
    expect((await h.as(U.manager)('settings.get')).settings).toEqual(before)
    expect((await h.raw(U.agent)('settings.save', { alerts: { sms: false } })).error.code).toBe('FORBIDDEN')
  })

  it('staff bind their WeCom account in their profile; a resident cannot, and a malformed id is refused', async () => {
    expect(await h.as(U.parking)('me.bindWecom', { wecomUserId: 'QianTing' })).toMatchObject({ wecomUserId: 'QianTing' })
    expect((await h.raw(U.parking)('me.bindWecom', { wecomUserId: '钱 停' })).error.code).toBe('INVALID_INPUT')
    expect((await h.raw(U.wangli)('me.bindWecom', { wecomUserId: 'wangli' })).error.code).toBe('FORBIDDEN')
    expect((await h.as(U.parking)('me.get')).user.wecomUserId).toBe('QianTing')
  })
})

describe('secrets stay in the alert function’s environment', () => {
  it('H1-E no secret reaches the database, a caller or a log line; no phone number reaches a log line', async () => {
    const lines: string[] = []
    const spy = jest.spyOn(console, 'log').mockImplementation((...a: unknown[]) => void lines.push(a.join(' ')))
    h.emu.wecomApp.injectFaults(60020)
    h.emu.sms.injectFaults('LimitExceeded.PhoneNumberDailyLimit')
    const c = await fileLift()
    const status = await h.as(U.manager)('alerts.status', { live: true })
    await h.as(U.manager)('complaint.get', { id: c.id })
    spy.mockRestore()
    const secrets = [EMULATED_WECOM_APP.secret, EMULATED_SMS.secretKey, EMULATED_SMS.secretId]
    const stored = JSON.stringify([await h.docs('settings'), await h.docs('alert_outbox'), await h.docs('outbox')])
    for (const s of secrets) {
      expect(stored).not.toContain(s)
      expect(JSON.stringify(status)).not.toContain(s)
      expect(lines.join('\n')).not.toContain(s)
    }
    expect(lines.some((l) => l.includes('[alert]'))).toBe(true) // the failures were logged …
    expect(lines.join('\n')).not.toMatch(/1[3-9]\d{9}/) // … without anyone's number
    const bundle = readFileSync(join(__dirname, '../../cloudfunctions/complaint/index.js'), 'utf8')
    expect(bundle).not.toMatch(/WECOM_SECRET|SMS_SECRET_KEY|tencentcloud-sdk/)
  })
})
