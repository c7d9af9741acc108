/**
 * Issue 15, PIPL arts. 44–47: a resident sees and copies everything held on them, corrects their
 * name, room and phone, withdraws their consent to notifications and deletes their account (注销):
 * closed complaints stay as records under a pseudonym, without their photos, and the deletion is in
 * the access log. Open complaints are withdrawn where the procedure lets the complainant withdraw
 * them, and are otherwise finished first (docs/DESIGN.md).
 */
import { transitionFor } from '../../cloudfunctions/complaint/domain/lifecycle'
import type { ActionName } from '../../cloudfunctions/complaint/domain/validation'
import { AWAITING_RATING, TERMINAL } from '../../shared/status-groups'
import { setNow, U } from '../helpers/emulator'
import { readXlsx, startReportHarness, type ReportHarness } from '../helpers/report'

let h: ReportHarness
beforeEach(async () => {
  setNow('2026-11-30T02:00:00Z')
  h = await startReportHarness()
  h.emu.media.delayMs = 0
})
afterEach(() => {
  h.close()
  jest.useRealTimers()
})

const good = { category: 'cleaning', location: '3栋大堂', description: '大堂地面很脏。' }

/** A complaint of 王丽's with a photo, closed with a satisfied rating. */
async function closedWithPhoto() {
  const photo = await h.upload(U.wangli)
  const c = await h.as(U.wangli)('complaint.submit', { ...good, photos: [photo] })
  await h.as(U.agent)('complaint.act', { id: c.id, action: 'accept', departmentCode: 'cleaning' })
  await h.as(U.cleaning)('complaint.act', { id: c.id, action: 'take' })
  await h.as(U.cleaning)('complaint.act', { id: c.id, action: 'give_result', mode: 'rectification', summary: '已清理。' })
  await h.as(U.wangli)('complaint.act', { id: c.id, action: 'rate', level: 5, comment: '很好' })
  return { c, photo }
}

describe('seeing and copying one’s data', () => {
  it('given a resident with a complaint, messages, a consent and a contact view, me.data shows all of it', async () => {
    await h.subscribe(U.wangli, ['complaint_accepted'])
    const c = await h.as(U.wangli)('complaint.submit', good)
    await h.as(U.agent)('complaint.act', { id: c.id, action: 'accept', departmentCode: 'cleaning' })
    await h.as(U.agent)('complaint.revealContact', { id: c.id })
    const d = await h.as(U.wangli)('me.data')
    expect(d.account).toMatchObject({ 微信标识: U.wangli, 姓名: '王丽', 身份: '业主/住户' })
    expect(d.complaints).toEqual([expect.objectContaining({ 投诉编号: c.no, 内容: '大堂地面很脏。', 登记的姓名: '王丽' })])
    expect(d.notificationConsents).toEqual([{ 通知: '投诉受理通知', 剩余可发送次数: 0 }])
    expect(d.contactViews).toEqual([
      expect.objectContaining({ 投诉编号: c.no, 查看人: '林晓', 用途: '查看投诉人联系方式', 内容: '姓名、房号、电话' }),
    ])
    expect(d.messages).toEqual([expect.objectContaining({ 投诉编号: c.no, 已读: '否' })])
    expect((await h.raw('demo-nobody')('me.data')).error.code).toBe('UNAUTHENTICATED')
  })

  it('given a resident, privacy.export writes the same as a spreadsheet and the export is in the access log', async () => {
    const c = await h.as(U.wangli)('complaint.submit', good)
    const r = await h.report(U.wangli)('privacy.export')
    expect(r.fileName).toMatch(/^我的数据-\d{8}-\d{4}\.xlsx$/)
    const book = await readXlsx(h, r.fileID)
    expect(Object.keys(book)).toEqual(['账户', '房屋绑定', '投诉', '消息', '通知授权', '联系方式查看记录', '上传的照片'])
    expect(book['账户']).toEqual(
      expect.arrayContaining([
        ['姓名', '王丽'],
        ['房号', '3栋2单元1502'],
      ]),
    )
    expect(book['投诉'][1]).toEqual(expect.arrayContaining([c.no, '2026-11-30 10:00', '大堂地面很脏。']))
    expect(await h.docs('access_log', { purpose: 'data_export' })).toEqual([
      expect.objectContaining({ viewer: { openid: U.wangli, name: '王丽', role: 'resident' }, count: 1 }),
    ])
  })
})

it('given a corrected phone, the complaint still being handled carries it; a closed one keeps what was recorded', async () => {
  const { c: closed } = await closedWithPhoto()
  const open = await h.as(U.wangli)('complaint.submit', good)
  await h.as(U.wangli)('me.saveProfile', { name: '王丽', room: '3栋2单元1502', phone: '13911112222' })
  const [o] = await h.docs('complaints', { _id: open.id })
  const [k] = await h.docs('complaints', { _id: closed.id })
  expect(o.complainant).toMatchObject({ openid: U.wangli, phone: '13911112222' })
  expect(k.complainant.phone).not.toBe('13911112222')
  expect((await h.as(U.agent)('complaint.revealContact', { id: open.id })).phone).toBe('13911112222')
})

it('given a withdrawn consent, no subscription message is sent any more; the in-app message still arrives', async () => {
  await h.subscribe(U.wangli, ['complaint_accepted', 'complaint_accepted'])
  const r = await h.as(U.wangli)('me.withdrawConsents')
  expect(r.withdrawn).toBe(1)
  expect(r.quota.complaint_accepted).toBe(0)
  const c = await h.as(U.wangli)('complaint.submit', good)
  await h.as(U.agent)('complaint.act', { id: c.id, action: 'accept', departmentCode: 'cleaning' })
  expect(h.emu.recorder.list(U.wangli)).toEqual([])
  expect(await h.docs('inbox', { openid: U.wangli, complaintId: c.id })).not.toEqual([])
})

describe('deleting the account (注销)', () => {
  it('given no confirmation, nothing is deleted and the resident is told what to type', async () => {
    const r = await h.raw(U.wangli)('me.delete', { confirm: '删除' })
    expect(r.error).toEqual({ code: 'INVALID_INPUT', message: '请输入“注销”确认注销账号' })
    expect(await h.docs('users', { openid: U.wangli })).toHaveLength(1)
  })

  it('given a closed complaint, it stays as a record under a pseudonym, without its photo; messages, consents and the account go; the access log has the deletion', async () => {
    const { c, photo } = await closedWithPhoto()
    await h.subscribe(U.wangli, ['complaint_accepted'])
    const totalBefore = (await h.report(U.manager)('report.period', { period: 'month', date: '2026-11-30' })).figures.total.value
    const r = await h.as(U.wangli)('me.delete', { confirm: '注销' })
    expect(r).toEqual({ deleted: true, already: false, complaints: 1 })

    const [stored] = await h.docs('complaints', { _id: c.id })
    expect(stored.complainant.name).toMatch(/^已注销用户-[0-9a-f]{6}$/)
    expect(stored.complainant).toEqual({ openid: stored.complainant.name, name: stored.complainant.name, room: '', phone: '' })
    expect(stored.photos).toEqual([])
    expect(stored.privacy).toMatchObject({ anonymisedFor: 'account_deleted', filesDeleted: 1 })
    expect(stored.description).toBe('大堂地面很脏。')
    expect(await h.emu.storage.getTempFileURL({ fileList: [photo] })).toMatchObject({ fileList: [{ tempFileURL: '' }] })
    const events = await h.docs('events', { complaintId: c.id })
    expect(events.filter((e: any) => e.actor.openid === U.wangli)).toEqual([])
    expect(events.filter((e: any) => e.actor.name === stored.complainant.name).map((e: any) => e.action)).toEqual(['submit', 'rate'])

    expect(await h.docs('users', { openid: U.wangli })).toEqual([])
    expect(await h.docs('inbox', { openid: U.wangli })).toEqual([])
    expect(await h.docs('quota', { openid: U.wangli })).toEqual([])
    expect((await h.as(U.wangli)('me.get')).user).toBeNull()
    const log = await h.docs('access_log', { purpose: 'account_deleted' })
    expect(log).toEqual([
      expect.objectContaining({ subject: stored.complainant.name, count: 1, fields: ['name', 'room', 'phone', 'openid', 'files'] }),
    ])
    expect(JSON.stringify(log)).not.toContain(U.wangli)
    // The reports still count it.
    expect((await h.report(U.manager)('report.period', { period: 'month', date: '2026-11-30' })).figures.total.value).toBe(totalBefore)
    // Staff see the record under the pseudonym.
    expect((await h.as(U.manager)('complaint.get', { id: c.id })).complainant).toMatchObject({ name: expect.stringMatching(/^已\*+/) })
  })

  it("given a conversation (C4), the resident's messages stay under the pseudonym and its photos are deleted", async () => {
    const c = await h.as(U.wangli)('complaint.submit', good)
    await h.as(U.agent)('complaint.act', { id: c.id, action: 'accept', departmentCode: 'cleaning' })
    const photo = await h.upload(U.wangli)
    await h.as(U.wangli)('conversation.send', { id: c.id, text: '门口也很脏', photos: [photo] })
    await h.as(U.cleaning)('complaint.act', { id: c.id, action: 'take' })
    await h.as(U.cleaning)('complaint.act', { id: c.id, action: 'give_result', mode: 'rectification', summary: '已清理。' })
    await h.as(U.wangli)('complaint.act', { id: c.id, action: 'rate', level: 5, comment: '很好' })
    await h.as(U.wangli)('me.delete', { confirm: '注销' })
    const [stored] = await h.docs('complaints', { _id: c.id })
    const thread = await h.docs('conversation', { complaintId: c.id })
    expect(thread.map((m: any) => [m.text, m.from.name, m.photos])).toEqual([['门口也很脏', stored.complainant.name, []]])
    expect(JSON.stringify(thread)).not.toContain(U.wangli)
    expect(await h.emu.storage.getTempFileURL({ fileList: [photo] })).toMatchObject({ fileList: [{ tempFileURL: '' }] })
  })

  it('given a deletion asked twice (or twice at once), the second is harmless and the access log has it once', async () => {
    await closedWithPhoto()
    const both = await Promise.all([h.as(U.wangli)('me.delete', { confirm: '注销' }), h.as(U.wangli)('me.delete', { confirm: '注销' })])
    expect(both.every((r) => r.deleted)).toBe(true)
    expect(await h.as(U.wangli)('me.delete', { confirm: '注销' })).toEqual({ deleted: true, already: true, complaints: 0 })
    expect(await h.docs('access_log', { purpose: 'account_deleted' })).toHaveLength(1)
  })

  it('given a staff account, it cannot be deleted by its holder (the manager deactivates staff)', async () => {
    const r = await h.raw(U.agent)('me.delete', { confirm: '注销' })
    expect(r.error).toEqual({ code: 'FORBIDDEN', message: '员工账号由管理处经理停用，不能自行注销' })
  })

  it('given open complaints, each is withdrawn where the procedure lets the complainant withdraw it; otherwise the deletion is refused naming it, and nothing changes', async () => {
    const waiting = await h.as(U.wangli)('complaint.submit', good)
    const answered = await h.as(U.wangli)('complaint.submit', { ...good, description: '二楼走廊灯不亮。' })
    await h.as(U.agent)('complaint.act', { id: answered.id, action: 'accept', departmentCode: 'cleaning' })
    await h.as(U.cleaning)('complaint.act', { id: answered.id, action: 'take' })
    await h.as(U.cleaning)('complaint.act', { id: answered.id, action: 'give_result', mode: 'explanation', summary: '已报修。' })
    const withdraw = transitionFor('withdraw' as ActionName)
    // A complaint whose result was given is finished, not withdrawn (docs/DESIGN.md).
    const withdrawable = (status: string) =>
      !AWAITING_RATING.includes(status as never) &&
      !!withdraw &&
      withdraw.from !== 'new' &&
      withdraw.from.includes(status as never) &&
      withdraw.by.includes('complainant')
    const now = await Promise.all(
      [waiting, answered].map(async (c) => ({ ...c, status: (await h.docs('complaints', { _id: c.id }))[0].status })),
    )
    const blocking = now.filter((c) => !withdrawable(c.status))
    expect(blocking.map((c) => c.no)).toContain(answered.no)
    const before = await h.docs('complaints')
    const r = await h.raw(U.wangli)('me.delete', { confirm: '注销' })
    if (blocking.length) {
      expect(r.error.code).toBe('INVALID_STATE')
      for (const c of blocking) expect(r.error.message).toContain(c.no)
      expect(r.error.message).toContain('您的账号和资料均未改动')
      expect(await h.docs('users', { openid: U.wangli })).toHaveLength(1)
      // Those that could be withdrawn were; nothing else changed.
      for (const c of before.filter((x: any) => blocking.some((b) => b.id === x._id)))
        expect((await h.docs('complaints', { _id: c._id }))[0]).toEqual(c)
    } else {
      expect(r.deleted).toBe(true)
      for (const c of await h.docs('complaints')) expect(TERMINAL).toContain(c.status)
    }
  })
})
