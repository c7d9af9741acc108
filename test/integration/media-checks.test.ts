/**
 * Issue 15: every photo, evidence file and signature goes through security.mediaCheckAsync; the
 * verdict is pushed later as a `wxa_media_check` event to the complaint function. The emulator
 * decides the verdict from the file (markers in media-verdicts.json) and pushes it after a delay,
 * so pass, risky, review and no verdict are all covered, with the queue's limits, retries and
 * forged, replayed and late events.
 */
import { harnessPerTest, setNow, U } from '../helpers/emulator'

const h = harnessPerTest()
const T0 = Date.parse('2026-11-30T02:00:00Z')
const MIN = 60_000

beforeEach(() => {
  h.emu.media.delayMs = 10
})

let n = 0
/** Uploads a photo as `who` does from the app; `marker` in its bytes sets the emulator's verdict. */
const photo = (marker = '', who: string = U.wangli, folder: 'complaints' | 'evidence' = 'complaints') =>
  h.upload(who, folder, 'jpg', `jpg ${marker} ${++n}`)

const file = (photos: string[]) => ({ category: 'cleaning', location: '3栋大堂', description: '大堂地面很脏。', photos })
const checkOf = async (fileID: string) => (await h.docs('media_checks', { fileID }))[0]
const photosSeenBy = async (who: string, id: string) => (await h.as(who)('complaint.get', { id })).photos.map((p: any) => p.fileID)

it('given a photo that passes, the verdict is pushed to the complaint function and everyone who may see the complaint sees it', async () => {
  const p = await photo()
  const c = await h.as(U.wangli)('complaint.submit', file([p]))
  const sent = await checkOf(p)
  expect(sent).toMatchObject({ status: 'sent', mediaType: 2, complaintNo: c.no, uploader: { openid: U.wangli } })
  expect(h.emu.media.requests.at(-1)).toMatchObject({ version: 2, media_type: 2, openid: U.wangli, scene: 2, trace_id: sent.traceId })
  await h.emu.media.settled()
  expect(await checkOf(p)).toMatchObject({ status: 'pass', label: 100 })
  expect(await photosSeenBy(U.agent, c.id)).toEqual([p])
})

it('given a risky photo, it is hidden from everyone but the manager and the uploader, who is told; the complaint goes on', async () => {
  const [ok, bad] = [await photo(), await photo('EMU-MEDIA-RISKY')]
  const c = await h.as(U.wangli)('complaint.submit', file([ok, bad]))
  await h.emu.media.settled()
  expect(await checkOf(bad)).toMatchObject({ status: 'risky' })
  expect(await photosSeenBy(U.agent, c.id)).toEqual([ok])
  expect((await h.as(U.agent)('complaint.form', { id: c.id })).photos).toHaveLength(1)
  const own = (await h.as(U.wangli)('complaint.get', { id: c.id })).photos
  expect(own).toEqual([
    expect.objectContaining({ fileID: ok }),
    expect.objectContaining({ fileID: bad, note: '未通过内容安全检测，已对他人隐藏' }),
  ])
  expect(await photosSeenBy(U.manager, c.id)).toEqual([ok, bad])
  const told = await h.docs('inbox', { openid: U.wangli, kind: 'media_risky' })
  expect(told).toEqual([expect.objectContaining({ complaintId: c.id, title: '您上传的文件未通过内容安全检测' })])
  // The complaint itself is neither lost nor held up.
  await h.as(U.agent)('complaint.act', { id: c.id, action: 'accept', departmentCode: 'cleaning' })
  expect((await h.docs('complaints', { _id: c.id }))[0].photos).toEqual([ok, bad])
})

it('given a photo WeChat suggests reviewing, staff see it only after the manager has looked and chosen to show it', async () => {
  const p = await photo('EMU-MEDIA-REVIEW')
  const c = await h.as(U.wangli)('complaint.submit', file([p]))
  await h.emu.media.settled()
  expect(await photosSeenBy(U.agent, c.id)).toEqual([])
  expect(await photosSeenBy(U.wangli, c.id)).toEqual([p])
  const list = await h.as(U.manager)('media.list', {})
  const item = list.items.find((i: any) => i.complaintNo === c.no)
  expect(item).toMatchObject({ status: 'review', statusLabel: '待人工复核', uploaderName: '王丽' })
  expect(item.url).toMatch(/^\/storage\/files\//)
  expect((await h.raw(U.agent)('media.decide', { id: item.id, show: true })).error.code).toBe('FORBIDDEN')
  await h.as(U.manager)('media.decide', { id: item.id, show: true })
  expect(await photosSeenBy(U.agent, c.id)).toEqual([p])
})

it('given a risky photo, the manager may not show it to anyone else', async () => {
  const p = await photo('EMU-MEDIA-RISKY')
  await h.as(U.wangli)('complaint.submit', file([p]))
  await h.emu.media.settled()
  const { items } = await h.as(U.manager)('media.list', {})
  const r = await h.raw(U.manager)('media.decide', { id: items[0].id, show: true })
  expect(r.error).toEqual({ code: 'INVALID_INPUT', message: '未通过内容安全检测的文件不能对他人显示' })
})

it('given a verdict that never comes, the timer shows the file to the manager after 40 minutes and tells the managers', async () => {
  const p = await photo('EMU-MEDIA-NOVERDICT')
  const c = await h.as(U.wangli)('complaint.submit', file([p]))
  await h.emu.media.settled()
  setNow(T0 + 30 * MIN)
  await h.emu.fireTimer()
  expect(await checkOf(p)).toMatchObject({ status: 'sent' })
  setNow(T0 + 41 * MIN)
  await h.emu.fireTimer()
  expect(await checkOf(p)).toMatchObject({ status: 'timeout' })
  expect((await h.as(U.manager)('media.list', {})).items).toEqual([
    expect.objectContaining({ complaintNo: c.no, statusLabel: '未收到结果' }),
  ])
  expect(await h.docs('inbox', { openid: U.manager, kind: 'media_alert' })).toHaveLength(1)
  // Staff go on working with it meanwhile.
  expect(await photosSeenBy(U.agent, c.id)).toEqual([p])
})

it('given the check service down, the complaint is saved at once and the check retried with back-off; after five failures the manager sees it and can retry', async () => {
  h.emu.media.failNext(-1, -1, -1, -1, -1)
  const p = await photo()
  const c = await h.as(U.wangli)('complaint.submit', file([p]))
  expect(c.status).toBe('submitted')
  expect(await checkOf(p)).toMatchObject({ status: 'queued', attempts: 1, nextAttemptAt: T0 + MIN, lastError: '-1' })
  for (const [at, attempts] of [
    [1, 2],
    [3, 3],
    [7, 4],
  ]) {
    setNow(T0 + at * MIN)
    await h.emu.fireTimer()
    expect((await checkOf(p)).attempts).toBe(attempts)
  }
  setNow(T0 + 15 * MIN)
  await h.emu.fireTimer()
  expect(await checkOf(p)).toMatchObject({ status: 'failed', attempts: 5 })
  const { items } = await h.as(U.manager)('media.list', {})
  expect(items[0]).toMatchObject({ status: 'failed', statusLabel: '检测失败' })
  await h.as(U.manager)('media.retry', { id: items[0].id })
  await h.emu.fireTimer()
  await h.emu.media.settled()
  expect(await checkOf(p)).toMatchObject({ status: 'pass' })
})

it("given WeChat's minute limit reached, no call is made and the check waits for the next minute; 45009 too, without counting a failure", async () => {
  const minute = Math.floor(T0 / MIN)
  h.emu.store.insert('counters', [{ _id: 'media-check-minute', window: minute, count: 2000 } as never])
  const p = await photo()
  await h.as(U.wangli)('complaint.submit', file([p]))
  expect(h.emu.media.requests).toHaveLength(0)
  expect(await checkOf(p)).toMatchObject({ status: 'queued', attempts: 0, nextAttemptAt: (minute + 1) * MIN })
  setNow((minute + 1) * MIN)
  h.emu.media.failNext(45009)
  await h.emu.fireTimer()
  expect(await checkOf(p)).toMatchObject({ status: 'queued', attempts: 0, lastError: '45009', nextAttemptAt: (minute + 2) * MIN })
  setNow((minute + 2) * MIN)
  await h.emu.fireTimer()
  expect(await checkOf(p)).toMatchObject({ status: 'sent' })
})

it("given WeChat's daily limit reached, the check waits for the next day", async () => {
  const day = Math.floor((T0 + 8 * 3_600_000) / 86_400_000)
  h.emu.store.insert('counters', [{ _id: 'media-check-day', window: day, count: 200_000 } as never])
  const p = await photo()
  await h.as(U.wangli)('complaint.submit', file([p]))
  expect(h.emu.media.requests).toHaveLength(0)
  expect((await h.docs('counters', { _id: 'media-check-minute' }))[0].count).toBe(0) // the minute's call was given back
  setNow(Date.parse('2026-11-30T16:00:00Z')) // 00:00 in Shanghai
  await h.emu.fireTimer()
  expect(await checkOf(p)).toMatchObject({ status: 'sent' })
})

describe('pushed events', () => {
  async function sentPhoto() {
    h.emu.media.delayMs = 60_000 // the genuine push stays away during the test
    const p = await photo()
    const c = await h.as(U.wangli)('complaint.submit', file([p]))
    return { p, c, check: await checkOf(p) }
  }
  const push = (event: object, openid = U.wangli) => h.emu.call('complaint', event, openid)

  it('given a forged event with an unknown trace_id, nothing changes (and it is not taken for an action)', async () => {
    const { p, check } = await sentPhoto()
    const forged = { ...h.emu.media.eventOf('deadbeef-0000-0000', U.wangli, 'risky') }
    expect(await push(forged)).toBe('success')
    expect(await checkOf(p)).toEqual(check)
  })

  it('given an event for another mini-program (wrong AppID), nothing changes even with a real trace_id', async () => {
    const { p, check } = await sentPhoto()
    expect(await push({ ...h.emu.media.eventOf(check.traceId, U.wangli, 'risky'), appid: 'wx0000000000000bad' })).toBe('success')
    expect(await checkOf(p)).toEqual(check)
  })

  it('given a genuine verdict replayed with another suggestion, the first verdict stands', async () => {
    const { p, check } = await sentPhoto()
    await push(h.emu.media.eventOf(check.traceId, U.wangli, 'pass'))
    expect((await checkOf(p)).status).toBe('pass')
    await push(h.emu.media.eventOf(check.traceId, U.wangli, 'risky'))
    expect((await checkOf(p)).status).toBe('pass')
    expect(await h.docs('inbox', { kind: 'media_risky' })).toEqual([])
  })

  it('given a verdict arriving after the timeout, it is still applied (its trace_id is genuine)', async () => {
    const { p, check } = await sentPhoto()
    setNow(T0 + 41 * MIN)
    await h.emu.fireTimer()
    expect((await checkOf(p)).status).toBe('timeout')
    await push(h.emu.media.eventOf(check.traceId, U.wangli, 'review'))
    expect((await checkOf(p)).status).toBe('review')
  })

  it('given a verdict for a photo deleted meanwhile (the account was deleted), it is ignored and nobody is told', async () => {
    const { p, c, check } = await sentPhoto()
    await h.as(U.agent)('complaint.act', { id: c.id, action: 'refuse', ground: 'A4-R1', explanation: '不属于物业职责范围' })
    await h.as(U.wangli)('me.delete', { confirm: '注销' })
    expect((await checkOf(p)).status).toBe('deleted')
    await push(h.emu.media.eventOf(check.traceId, U.wangli, 'risky'))
    expect((await checkOf(p)).status).toBe('deleted')
    expect(await h.docs('inbox', { kind: 'media_risky' })).toEqual([])
  })
})

it('given evidence and a signature from staff, they are checked too, as the staff member who uploaded them', async () => {
  const c = await h.as(U.wangli)('complaint.submit', file([]))
  await h.as(U.agent)('complaint.act', { id: c.id, action: 'accept', departmentCode: 'cleaning' })
  await h.as(U.cleaning)('complaint.act', { id: c.id, action: 'take' })
  const evidence = await photo('EMU-MEDIA-RISKY', U.cleaning, 'evidence')
  await h.as(U.cleaning)('complaint.act', { id: c.id, action: 'add_note', kind: 'evidence', text: '现场照片', files: [evidence] })
  await h.emu.media.settled()
  expect(await checkOf(evidence)).toMatchObject({ status: 'risky', uploader: { openid: U.cleaning, role: 'handler' } })
  const seen = await h.as(U.cleaningSupervisor)('complaint.get', { id: c.id })
  expect(seen.investigation[0].files).toEqual([])
  const sig = await h.upload(U.agent, 'signatures')
  await h.as(U.agent)('complaint.register', {
    category: 'security',
    location: '小区大门',
    description: '门岗态度差',
    channel: 'onsite',
    complainant: { name: '赵六', room: '', phone: '13800001111' },
    confirmation: { method: 'signature', signatureFile: sig },
  })
  expect(await checkOf(sig)).toMatchObject({ status: 'sent', uploader: { openid: U.agent } })
})

it('given a risky photo in the conversation (C4), it is queued with the message and hidden from the handler, not from its sender', async () => {
  const c = await h.as(U.wangli)('complaint.submit', file([]))
  await h.as(U.agent)('complaint.act', { id: c.id, action: 'accept', departmentCode: 'cleaning' })
  const [ok, bad] = [await photo(), await photo('EMU-MEDIA-RISKY')]
  await h.as(U.wangli)('conversation.send', { id: c.id, text: '补充两张照片', photos: [ok, bad] })
  expect(await checkOf(bad)).toMatchObject({ status: 'sent', complaintNo: c.no, uploader: { openid: U.wangli } })
  await h.emu.media.settled()
  const photosOf = async (who: string) =>
    (await h.as(who)('conversation.list', { id: c.id })).messages.flatMap((m: any) => m.photos.map((p: any) => p.fileID))
  expect(await photosOf(U.agent)).toEqual([ok])
  expect(await photosOf(U.wangli)).toEqual([ok, bad])
})
