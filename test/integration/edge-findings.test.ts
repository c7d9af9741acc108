/**
 * Issue 12 "Nothing leaks, nothing is lost at the edges": each finding of the issue, on the built
 * functions on the emulator. Every refusal is `{ ok: false }` with a code and a Chinese message,
 * and nothing already stored changes (h.snapshot before and after).
 */
import { harnessPerTest, U } from '../helpers/emulator'

const h = harnessPerTest('2026-11-30T02:00:00Z', ['complaint', 'report'])

const complaintFn = (openid: string) => h.raw(openid)
const reportFn = (openid: string) => (action: string, payload: unknown) => h.emu.call('report', { action, payload }, openid)
const good = { category: 'cleaning', location: '3栋2单元电梯厅', description: '电梯厅地面有积水。' }

/** Files a complaint as Wang Li and has customer service accept it into the cleaning department. */
async function accepted() {
  const c = await h.as(U.wangli)('complaint.submit', good)
  await h.as(U.agent)('complaint.act', { id: c.id, action: 'accept', departmentCode: 'cleaning' })
  return c
}

/** Runs `attempt`, expects the refusal `error`, and that nothing stored changed. */
async function refusedUnchanged(attempt: () => Promise<any>, error: { code: string; message?: string | RegExp }) {
  const before = h.snapshot()
  const r = await attempt()
  expect(r.ok).toBe(false)
  expect(r.error.code).toBe(error.code)
  if (error.message instanceof RegExp) expect(r.error.message).toMatch(error.message)
  else if (error.message) expect(r.error.message).toBe(error.message)
  expect(r.error.message).toMatch(/[\u4e00-\u9fa5]/)
  expect(h.snapshot()).toEqual(before)
}

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
  it.each(JS_NAMES)('given action "%s", both functions answer UNKNOWN_ACTION and echo nothing', async (name) => {
    await h.as(U.wangli)('complaint.submit', good)
    const unknown = { code: 'UNKNOWN_ACTION', message: '不支持的操作' }
    await refusedUnchanged(() => complaintFn(U.wangli)(name, { x: 1 }), unknown)
    await refusedUnchanged(() => complaintFn(U.manager)(name, {}), unknown)
    await refusedUnchanged(() => reportFn(U.manager)(name, { x: 1 }), unknown)
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

describe("fileIDs are accepted only as the caller's own uploads for this complaint", () => {
  it("given another resident's uploaded photo, the complaint is refused and nothing is stored", async () => {
    const theirs = await h.upload(U.chen)
    await refusedUnchanged(() => complaintFn(U.wangli)('complaint.submit', { ...good, photos: [theirs] }), {
      code: 'INVALID_INPUT',
      message: '只能使用您本人上传的照片，请重新上传',
    })
  })

  it.each([
    ['javascript:alert(1)'],
    ['https://evil.example/photo.jpg'],
    ['cloud://local-emulator.emulator-bucket/complaints/20261130/a.jpg'],
    ['cloud://other-env.other-bucket/complaints/0123456789abcdef01234567/20261130/abcdefgh.jpg'],
  ])('given the photo "%s", the complaint is refused and nothing is stored', async (photo) => {
    await refusedUnchanged(() => complaintFn(U.wangli)('complaint.submit', { ...good, photos: [photo] }), {
      code: 'INVALID_INPUT',
      message: '照片无效，请重新上传',
    })
  })

  it('given a photo already attached to another complaint, the new one is refused and nothing is stored; the same file once is fine', async () => {
    const photo = await h.upload(U.wangli)
    const first = await h.as(U.wangli)('complaint.submit', { ...good, photos: [photo] })
    expect(first.photos).toEqual([expect.objectContaining({ fileID: photo })])
    await refusedUnchanged(() => complaintFn(U.wangli)('complaint.submit', { ...good, photos: [photo] }), {
      code: 'INVALID_INPUT',
      message: '该文件已用于另一件投诉，请重新上传',
    })
    await refusedUnchanged(() => complaintFn(U.wangli)('complaint.submit', { ...good, photos: [photo, photo] }), {
      code: 'INVALID_INPUT',
      message: '照片有重复',
    })
  })

  it("given staff evidence from a resident's folder, from another staff member, or from the photo folder, the note is refused", async () => {
    const c = await accepted()
    await h.as(U.cleaning)('complaint.act', { id: c.id, action: 'take' })
    const note = (files: string[]) => () =>
      complaintFn(U.cleaning)('complaint.act', { id: c.id, action: 'add_note', text: '现场查看', files })
    await refusedUnchanged(note([await h.upload(U.wangli, 'evidence')]), {
      code: 'INVALID_INPUT',
      message: '只能使用您本人上传的附件，请重新上传',
    })
    await refusedUnchanged(note([await h.upload(U.cleaningSupervisor, 'evidence')]), {
      code: 'INVALID_INPUT',
      message: '只能使用您本人上传的附件，请重新上传',
    })
    await refusedUnchanged(note([await h.upload(U.cleaning, 'complaints')]), {
      code: 'INVALID_INPUT',
      message: '附件应上传到“调查与处理附件”，请重新上传',
    })
    const own = await h.upload(U.cleaning, 'evidence', 'pdf')
    const v = await h.as(U.cleaning)('complaint.act', { id: c.id, action: 'add_note', text: '现场查看', files: [own] })
    expect(v.investigation.at(-1).files).toEqual([expect.objectContaining({ fileID: own })])
  })

  it("given a signature captured on another staff member's device, the on-site registration is refused", async () => {
    const register = (signatureFile: string) => () =>
      complaintFn(U.agent)('complaint.register', {
        ...good,
        channel: 'onsite',
        complainant: { name: '赵敏', room: '2栋1101', phone: '13600004444' },
        confirmation: { method: 'signature', signatureFile },
      })
    await refusedUnchanged(register(await h.upload(U.csSupervisor, 'signatures')), {
      code: 'INVALID_INPUT',
      message: '只能使用您本人上传的签字图片，请重新上传',
    })
    await refusedUnchanged(
      () =>
        complaintFn(U.agent)('complaint.register', {
          ...good,
          channel: 'phone',
          complainant: { name: '赵敏', phone: '13600004444' },
          confirmation: { method: 'phone_readback', signatureFile: 'javascript:alert(1)' },
        }),
      { code: 'INVALID_INPUT', message: '签字图片无效，请重新上传' },
    )
  })

  it("the caller's folder key is not their OPENID, and the uploader's folder does not name them", async () => {
    const { fileKey } = await h.as(U.wangli)('me.get')
    expect(fileKey).toMatch(/^[0-9a-f]{24}$/)
    expect((await h.as(U.chen)('me.get')).fileKey).not.toBe(fileKey)
    expect((await h.as(U.wangli)('me.get')).fileKey).toBe(fileKey)
    expect(await h.upload(U.wangli)).not.toContain(U.wangli)
  })
})

describe('filters take only their listed values: operator objects never reach a query', () => {
  it.each([
    ['complaint.list', { scope: 'all', status: { $ne: null } }, '请选择有效的投诉状态'],
    ['complaint.list', { scope: 'all', category: { $ne: null } }, '请选择有效的投诉类别'],
    ['complaint.list', { scope: 'all', q: { $regex: '.*' } }, '搜索内容格式不正确'],
    ['complaint.list', { scope: { $ne: null } }, '请选择有效的列表'],
    ['complaint.get', { id: { $ne: null } }, '缺少投诉编号'],
    ['staff.list', { departmentCode: { $ne: null } }, '请选择有效的部门'],
    ['residents.find', { room: { $gt: '' } }, '请输入房号'],
    ['staff.deactivate', { openid: { $ne: null } }, '缺少员工账号'],
    ['messages.markRead', { ids: [{ $ne: null }] }, '缺少消息编号'],
  ])('given %s %j, it answers "%s"', async (action, payload, message) => {
    await h.as(U.wangli)('complaint.submit', good)
    await refusedUnchanged(() => complaintFn(U.manager)(action, payload), { code: 'INVALID_INPUT', message })
  })

  it.each([
    [{ filter: { period: 'month', date: '2026-11-01', location: { $ne: null } } }, '投诉地点格式不正确'],
    [{ filter: { period: 'month', date: '2026-11-01', handler: { $ne: null } } }, '缺少承办人'],
    [{ filter: { period: 'month', date: '2026-11-01', departmentCode: { $ne: null } } }, '请选择有效的部门'],
    [{ filter: { period: { $ne: null }, date: '2026-11-01' } }, '请选择有效的统计周期'],
    [{ filter: { period: 'toString', date: '2026-11-01' } }, '请选择有效的统计周期'],
  ])('given report.complaints %j, it answers "%s"', async (payload, message) => {
    await refusedUnchanged(() => reportFn(U.manager)('report.complaints', payload), { code: 'INVALID_INPUT', message })
  })

  it('given a period, a department or a status named like a JavaScript property, the report refuses it', async () => {
    await refusedUnchanged(() => reportFn(U.manager)('report.period', { period: 'constructor', date: '2026-11-01' }), {
      code: 'INVALID_INPUT',
      message: '请选择统计周期：日、周、月或季度',
    })
    await refusedUnchanged(
      () => reportFn(U.manager)('report.period', { period: 'month', date: '2026-11-01', departmentCode: 'toString' }),
      {
        code: 'INVALID_INPUT',
        message: '请选择有效的部门',
      },
    )
    await refusedUnchanged(() => reportFn(U.manager)('action.list', { status: { $ne: null } }), {
      code: 'INVALID_INPUT',
      message: '请选择有效的措施状态',
    })
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
