/**
 * Issue 12 "Nothing leaks, nothing is lost at the edges": the router, numbers, text and unknown
 * fields, on the built functions on the emulator (files and filters: edge-files-filters.test.ts).
 * Every refusal is `{ ok: false }` with a code and a Chinese message, and nothing already stored
 * changes (h.snapshot before and after).
 */
import { edgeCalls, GOOD as good } from '../helpers/edge'
import { harnessPerTest, U } from '../helpers/emulator'

const h = harnessPerTest('2026-11-30T02:00:00Z', ['complaint', 'report', 'export'])
const { complaintFn, reportFn, exportFn, accepted, refusedUnchanged } = edgeCalls(h)

const JS_NAMES = [
  'constructor',
  'toString',
  '__proto__',
  'hasOwnProperty',
  'valueOf',
  'isPrototypeOf',
  'toLocaleString',
  '__defineGetter__',
]

describe("the router answers to the table's actions only", () => {
  it.each(JS_NAMES)('given action "%s", every function answers UNKNOWN_ACTION and echoes nothing', async (name) => {
    await h.as(U.wangli)('complaint.submit', good)
    const unknown = { code: 'UNKNOWN_ACTION', message: '不支持的操作' }
    await refusedUnchanged(() => complaintFn(U.wangli)(name, { x: 1 }), unknown)
    await refusedUnchanged(() => complaintFn(U.manager)(name, {}), unknown)
    await refusedUnchanged(() => reportFn(U.manager)(name, { x: 1 }), unknown)
    await refusedUnchanged(() => exportFn(U.manager)(name, { x: 1 }), unknown)
    await refusedUnchanged(() => complaintFn(U.agent)('complaint.act', { id: 'x', action: name }), unknown)
  })

  it('given an action that is not a string, or no event at all, it answers UNKNOWN_ACTION', async () => {
    for (const event of [{ action: { $ne: null } }, { action: ['complaint.get'] }, {}, null])
      expect((await h.emu.call('complaint', event, U.wangli)).error.code).toBe('UNKNOWN_ACTION')
  })
})

describe('numbers are bounded before they reach the database', () => {
  it('given page 1e308, the lists refuse it with a Chinese message instead of INTERNAL', async () => {
    await h.as(U.wangli)('complaint.submit', good)
    const tooFar = { code: 'INVALID_INPUT', message: '页码不能大于 10000' }
    await refusedUnchanged(() => complaintFn(U.wangli)('complaint.list', { scope: 'mine', page: 1e308 }), tooFar)
    await refusedUnchanged(() => complaintFn(U.wangli)('messages.list', { page: 1e308 }), tooFar)
    await refusedUnchanged(
      () => reportFn(U.manager)('report.complaints', { filter: { period: 'month', date: '2026-11-01' }, page: 1e308 }),
      tooFar,
    )
  })

  it.each([
    [{ scope: 'mine', page: 0 }, '页码不能小于 1'],
    [{ scope: 'mine', page: -3 }, '页码不能小于 1'],
    [{ scope: 'mine', page: 1.5 }, '页码应为整数'],
    [{ scope: 'mine', page: '2' }, '页码应为数字'],
    [{ scope: 'mine', pageSize: 101 }, '每页条数不能大于 100'],
    [{ scope: 'mine', pageSize: -1e308 }, '每页条数不能小于 1'],
  ])('given complaint.list %j, it answers "%s"', async (payload, message) => {
    await refusedUnchanged(() => complaintFn(U.wangli)('complaint.list', payload), { code: 'INVALID_INPUT', message })
  })

  it('given a rating of 6 or a handling-days filter of 10^9, it refuses them', async () => {
    await refusedUnchanged(() => complaintFn(U.wangli)('complaint.act', { id: 'abc', action: 'rate', level: 6 }), {
      code: 'INVALID_INPUT',
      message: '请选择满意度',
    })
    await refusedUnchanged(
      () => reportFn(U.manager)('report.complaints', { filter: { period: 'month', date: '2026-11-01', handlingDays: 1e9 } }),
      { code: 'INVALID_INPUT', message: '处理天数不能大于 400' },
    )
  })
})

describe('text made only of invisible characters is empty', () => {
  it.each([
    ['NUL', '\u0000\u0000\u0000'],
    ['zero-width spaces', '\u200B\u200C\uFEFF'],
    ['bidi controls', '\u202E\u2066\u200F'],
  ])('given a description and a place of only %s, the complaint is refused and nothing is stored', async (_what, invisible) => {
    await refusedUnchanged(() => complaintFn(U.wangli)('complaint.submit', { ...good, description: invisible }), {
      code: 'INVALID_INPUT',
      message: '请填写投诉内容',
    })
    await refusedUnchanged(() => complaintFn(U.wangli)('complaint.submit', { ...good, location: invisible }), {
      code: 'INVALID_INPUT',
      message: '请填写投诉地点',
    })
    expect(await h.docs('complaints')).toEqual([])
  })

  it('given staff text of only invisible characters, the action is refused and the complaint is unchanged', async () => {
    const c = await h.as(U.wangli)('complaint.submit', good)
    await refusedUnchanged(
      () => complaintFn(U.agent)('complaint.act', { id: c.id, action: 'refuse', ground: 'A4-R1', explanation: '\u200B\u0000 \u3000' }),
      { code: 'INVALID_INPUT', message: '请填写向投诉人的说明' },
    )
    await refusedUnchanged(
      () =>
        complaintFn(U.agent)('complaint.register', {
          ...good,
          channel: 'phone',
          complainant: { name: '\u2800\u3164', phone: '13800001111' },
        }),
      { code: 'INVALID_INPUT', message: '请填写投诉人姓名' },
    )
  })

  it('given text with invisible characters around and inside, it stores the visible text', async () => {
    const c = await h.as(U.wangli)('complaint.submit', { ...good, description: '\u200B电梯厅\u202E地面\u0000有积水。\uFEFF' })
    const [stored] = await h.docs('complaints', { _id: c.id })
    expect(stored.description).toBe('电梯厅地面有积水。')
  })
})

describe('unknown fields are refused by name, never silently accepted', () => {
  it.each([
    ['complaint.submit', U.wangli, { ...good, status: 'closed' }, '不支持的字段：status'],
    ['complaint.submit', U.wangli, { ...good, complainant: { openid: U.chen } }, '不支持的字段：complainant'],
    [
      'complaint.register',
      U.agent,
      { ...good, channel: 'phone', complainant: { name: '赵敏', vip: true } },
      '不支持的字段：complainant.vip',
    ],
    ['me.saveProfile', 'demo-new-9', { name: '李雷', room: '15栋1单元201', phone: '13912345678', role: 'manager' }, '不支持的字段：role'],
    ['me.get', U.wangli, { openid: U.manager }, '不支持的字段：openid'],
    ['settings.save', U.manager, { deadlines: { dispatchWorkdays: 2, bonus: 1 } }, '不支持的字段：deadlines.bonus'],
    ['invite.create', U.manager, { role: 'handler', departmentCode: 'cleaning', name: '甲', expiresAt: 0 }, '不支持的字段：expiresAt'],
  ])('given %s as %s with %j, it answers "%s" and stores nothing', async (action, who, payload, message) => {
    await refusedUnchanged(() => complaintFn(who)(action, payload), { code: 'INVALID_INPUT', message })
  })

  it('given a __proto__ field at any depth (JSON makes it an own key), it is refused, not dropped', async () => {
    const c = await accepted()
    const proto = (inner: Record<string, unknown>) => JSON.parse(`{"__proto__": {"polluted": true}, ${JSON.stringify(inner).slice(1)}`)
    const refusal = { code: 'INVALID_INPUT', message: '不支持的字段：__proto__' }
    await refusedUnchanged(
      () =>
        complaintFn(U.cleaningSupervisor)(
          'complaint.act',
          proto({ id: c.id, action: 'transfer', departmentCode: 'security', reason: '不属本部门' }),
        ),
      refusal,
    )
    await refusedUnchanged(() => complaintFn(U.wangli)('subscription.report', { results: proto({ x: 'accept' }) }), refusal)
    await refusedUnchanged(
      () => complaintFn(U.manager)('settings.save', { estate: { buildings: [proto({ name: '3', units: 2 })] } }),
      refusal,
    )
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })

  it('given a payload holding more values than any form, it is refused before it is parsed', async () => {
    await refusedUnchanged(() => complaintFn(U.wangli)('messages.markRead', { ids: Array.from({ length: 30_000 }, (_, i) => `m${i}`) }), {
      code: 'INVALID_INPUT',
      message: '提交的内容过多',
    })
    let deep: unknown = 'x'
    for (let i = 0; i < 100_000; i++) deep = [deep]
    await refusedUnchanged(() => complaintFn(U.wangli)('complaint.submit', { ...good, photos: deep }), {
      code: 'INVALID_INPUT',
      message: '提交的内容过多',
    })
  })

  it('given an unknown field in a transition, the complaint is unchanged', async () => {
    const c = await h.as(U.wangli)('complaint.submit', good)
    await refusedUnchanged(() => complaintFn(U.agent)('complaint.act', { id: c.id, action: 'accept', status: 'closed' }), {
      code: 'INVALID_INPUT',
      message: '不支持的字段：status',
    })
  })

  it.each([
    ['report.period', { period: 'month', date: '2026-11-01', sort: 1 }, '不支持的字段：sort'],
    ['report.complaints', { filter: { period: 'month', date: '2026-11-01', $where: '1' } }, '不支持的字段：filter.$where'],
    ['report.complaints', { period: 'month', date: '2026-11-01' }, '不支持的字段：period、date'],
    ['report.complaints', { filter: { period: 'month', date: '2026-11-01' }, pagesize: 5 }, '不支持的字段：pagesize'],
    [
      'action.create',
      {
        weakPoint: { kind: 'department', key: 'cleaning', label: '保洁部', extra: 1 },
        title: '加强巡查',
        owner: '张洁',
        deadline: '2026-12-31',
        kind: 'corrective',
      },
      '不支持的字段：weakPoint.extra',
    ],
  ])('given %s with %j, the report function answers "%s"', async (action, payload, message) => {
    await refusedUnchanged(() => reportFn(U.manager)(action, payload), { code: 'INVALID_INPUT', message })
  })
})
