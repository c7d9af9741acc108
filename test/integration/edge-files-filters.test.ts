/**
 * Issue 12 "Nothing leaks, nothing is lost at the edges": fileIDs and list filters, on the built
 * functions on the emulator. A file is taken only as the caller's own upload, in its field's
 * folder, not attached elsewhere; a filter takes only its listed values, so no operator object
 * reaches a query. Every refusal has a code and a Chinese message and changes nothing stored.
 */
import { edgeCalls, GOOD as good } from '../helpers/edge'
import { harnessPerTest, U } from '../helpers/emulator'

const h = harnessPerTest('2026-11-30T02:00:00Z', ['complaint', 'report'])
const { complaintFn, reportFn, accepted, refusedUnchanged } = edgeCalls(h)

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
