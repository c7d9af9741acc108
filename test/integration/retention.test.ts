/**
 * Issue 15, PIPL art. 19: the timer deletes closed complaints' photos M months after closing and
 * anonymises their personal fields N months after (the manager's settings, 12 and 36 by default):
 * idempotent, safe to run twice at once, logged, and the reports still count the complaints.
 */
import { setNow, U } from '../helpers/emulator'
import { startReportHarness, storeComplaint, type ReportHarness } from '../helpers/report'

let h: ReportHarness
const NOW = '2026-11-30T02:00:00Z'
beforeEach(async () => {
  setNow(NOW)
  h = await startReportHarness()
})
afterEach(() => {
  h.close()
  jest.useRealTimers()
})

let n = 0
/** A complaint of 王丽's closed at `closedAt` with one stored photo and her rating on its history. */
async function closed(closedAt: string, status: 'closed' | 'refused' = 'closed') {
  n += 1
  const photo = await h.emu.storage.uploadFile({ cloudPath: `complaints/2023/r${n}.jpg`, fileContent: Buffer.from('jpg') })
  const c = storeComplaint(h, {
    createdAt: Date.parse(closedAt) - 86_400_000,
    closedAt,
    status,
    complainant: { openid: U.wangli, name: '王丽', room: '3栋2单元1502', phone: '13800001111' },
    photos: [photo.fileID],
  })
  h.emu.store.insert('events', [
    {
      complaintId: c._id,
      complaintNo: c.no,
      action: 'rate',
      actor: { openid: U.wangli, name: '王丽', role: 'resident' },
      at: Date.parse(closedAt),
      from: 'resolved',
      to: 'closed',
      seq: 30,
    } as never,
  ])
  return { c, photo: photo.fileID }
}
const stored = async (id: string) => (await h.docs('complaints', { _id: id }))[0]
const urlOf = async (fileID: string) => (await h.emu.storage.getTempFileURL({ fileList: [fileID] })).fileList[0].tempFileURL

it('given the defaults, photos go 12 months after closing and names 36 months after; younger and open complaints are untouched', async () => {
  const old = await closed('2023-10-01T02:00:00Z') // 38 months
  const middle = await closed('2025-06-01T02:00:00Z', 'refused') // 18 months
  const recent = await closed('2026-06-01T02:00:00Z') // 6 months
  const open = storeComplaint(h, {
    createdAt: '2023-01-01T02:00:00Z',
    status: 'handling',
    complainant: { openid: U.wangli, name: '王丽', room: '3栋2单元1502', phone: '13800001111' },
  })
  await h.emu.fireTimer()

  const o = await stored(old.c._id)
  expect(o.photos).toEqual([])
  expect(o.complainant).toEqual({
    openid: expect.stringMatching(/^匿名用户-[0-9a-f]{6}$/),
    name: o.complainant.openid,
    room: '',
    phone: '',
  })
  expect(o.privacy).toMatchObject({ anonymisedFor: 'retention', filesDeleted: 1 })
  expect((await h.docs('events', { complaintId: old.c._id }))[0].actor).toEqual({
    openid: o.complainant.openid,
    name: o.complainant.openid,
    role: 'resident',
  })
  expect(await urlOf(old.photo)).toBe('')

  const m = await stored(middle.c._id)
  expect(m.photos).toEqual([])
  expect(m.complainant.name).toBe('王丽')
  expect(await urlOf(middle.photo)).toBe('')
  expect(await stored(recent.c._id)).toMatchObject({ photos: [recent.photo], complainant: { name: '王丽' } })
  expect(await urlOf(recent.photo)).not.toBe('')
  expect(await stored(open._id)).toMatchObject({ complainant: { name: '王丽' } })

  const log = await h.docs('access_log')
  expect(log.map((e: any) => [e.complaintNo, e.purpose]).sort()).toEqual(
    [
      [old.c.no, 'retention_anonymised'],
      [old.c.no, 'retention_files_deleted'],
      [middle.c.no, 'retention_files_deleted'],
    ].sort(),
  )
  expect(JSON.stringify(log)).not.toContain('王丽')
})

it('given a second run, or two runs at once, each complaint is done once and logged once', async () => {
  const a = await closed('2023-01-01T02:00:00Z')
  const b = await closed('2023-02-01T02:00:00Z')
  await Promise.all([h.emu.fireTimer(), h.emu.fireTimer()])
  const after = [await stored(a.c._id), await stored(b.c._id)]
  await h.emu.fireTimer()
  expect([await stored(a.c._id), await stored(b.c._id)]).toEqual(after)
  const log = await h.docs('access_log')
  expect(log.filter((e: any) => e.purpose === 'retention_anonymised')).toHaveLength(2)
  expect(log.filter((e: any) => e.purpose === 'retention_files_deleted')).toHaveLength(2)
})

it('given anonymised complaints, the monthly report counts them as before', async () => {
  setNow('2023-03-15T02:00:00Z')
  await closed('2023-03-02T02:00:00Z')
  await closed('2023-03-03T02:00:00Z', 'refused')
  const before = await h.report(U.manager)('report.period', { period: 'month', date: '2023-03-15' })
  setNow(NOW)
  await h.emu.fireTimer()
  const after = await h.report(U.manager)('report.period', { period: 'month', date: '2023-03-15' })
  expect(after.figures.total).toEqual(before.figures.total)
  expect(after.figures.refusals.total).toEqual(before.figures.refusals.total)
  expect(before.figures.total.value).toBe(2)
})

it('given the manager’s own periods, the timer follows them; photos may not be kept longer than names', async () => {
  const c = await closed('2026-04-15T02:00:00Z') // 7.5 months
  const bad = await h.raw(U.manager)('settings.save', { retention: { anonymiseAfterMonths: 6, deleteFilesAfterMonths: 12 } })
  expect(bad.error).toEqual({ code: 'INVALID_INPUT', message: '照片的保存期限不能长于个人信息的保存期限' })
  expect((await h.raw(U.agent)('settings.save', { retention: { anonymiseAfterMonths: 6 } })).error.code).toBe('FORBIDDEN')
  const saved = await h.as(U.manager)('settings.save', { retention: { anonymiseAfterMonths: 7, deleteFilesAfterMonths: 3 } })
  expect(saved.settings.retention).toEqual({ anonymiseAfterMonths: 7, deleteFilesAfterMonths: 3 })
  await h.emu.fireTimer()
  expect(await stored(c.c._id)).toMatchObject({ photos: [], privacy: { anonymisedFor: 'retention' } })
})

it('given no settings saved, settings.get shows the defaults (36 months, 12 months)', async () => {
  expect((await h.as(U.manager)('settings.get')).settings.retention).toEqual({ anonymiseAfterMonths: 36, deleteFilesAfterMonths: 12 })
})

it('given two estates with their own periods, the timer applies each estate’s to its own complaints only (issue 16)', async () => {
  const here = await closed('2026-04-15T02:00:00Z') // 7.5 months, 阳光花园 (default: 36 and 12 months)
  n += 1
  const photo = await h.emu.storage.uploadFile({ cloudPath: `complaints/2023/r${n}.jpg`, fileContent: Buffer.from('jpg') })
  const there = storeComplaint(h, {
    estate: 'lakeside',
    createdAt: Date.parse('2026-04-14T02:00:00Z'),
    closedAt: '2026-04-15T02:00:00Z',
    status: 'closed',
    complainant: { openid: 'demo-resident-21', name: '许静', room: '1栋1单元801', phone: '15800002101' },
    photos: [photo.fileID],
  })
  await h.as('demo-lakeside-manager')('settings.save', { retention: { anonymiseAfterMonths: 7, deleteFilesAfterMonths: 3 } })
  await h.emu.fireTimer()
  expect(await stored(there._id)).toMatchObject({ photos: [], privacy: { anonymisedFor: 'retention' } })
  const untouched = await stored(here.c._id)
  expect(untouched.photos).toEqual([here.photo])
  expect(untouched.privacy?.anonymisedAt).toBeUndefined()
})
