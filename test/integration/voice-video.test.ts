/**
 * Issue 19: voice notes (≤ 60 s) and short videos (≤ 30 s) attached to complaints, additions (C1)
 * and investigation records (H2) — uploaded under the uploader's folder key like photos, claimed,
 * content-checked (a voice note as audio, media_type 1; a video, which WeChat does not check, shown
 * to the manager), played by whoever may see the complaint's photos and hidden by the verdict.
 */
import { harnessPerTest, U } from '../helpers/emulator'

const h = harnessPerTest()

beforeEach(() => {
  h.emu.media.delayMs = 10
})

let n = 0
/** A voice note as the app uploads it; `marker` in its bytes sets the emulator's verdict. */
const voice = async (marker = '', who: string = U.wangli, ext = 'aac') => ({
  fileID: await h.upload(who, 'voice', ext, `aac ${marker} ${++n}`),
  durationMs: 12_000,
  size: 96_000,
})
const video = async (who: string = U.wangli) => ({
  fileID: await h.upload(who, 'videos', 'mp4', `mp4 ${++n}`),
  durationMs: 20_000,
  size: 4_000_000,
})

const filing = (extra: Record<string, unknown>) => ({ category: 'cleaning', location: '3栋大堂', description: '大堂地面很脏。', ...extra })
const checkOf = async (fileID: string) => (await h.docs('media_checks', { fileID }))[0]
const get = (who: string, id: string) => h.as(who)('complaint.get', { id })

describe('filing with a voice note and a video', () => {
  it('given both, the complainant and staff get them playable with their lengths; the voice note is checked as audio, the video goes to the manager', async () => {
    const [v, m] = [await voice(), await video()]
    const c = await h.as(U.wangli)('complaint.submit', filing({ voiceNotes: [v], videos: [m] }))
    expect(c.voiceNotes).toEqual([{ fileID: v.fileID, url: expect.stringMatching(/^\/storage\/files\/voice\//), durationMs: 12_000 }])
    expect(c.videos).toEqual([{ fileID: m.fileID, url: expect.stringMatching(/^\/storage\/files\/videos\//), durationMs: 20_000 }])
    // Stored without the size the device reported: only what is shown.
    expect((await h.docs('complaints', { _id: c.id }))[0]).toMatchObject({
      voiceNotes: [{ fileID: v.fileID, durationMs: 12_000 }],
      videos: [{ fileID: m.fileID, durationMs: 20_000 }],
    })
    expect(await h.docs('file_claims', { complaintId: c.id })).toHaveLength(2)
    expect(await checkOf(v.fileID)).toMatchObject({ mediaType: 1, status: 'sent' })
    expect(h.emu.media.requests.at(-1)).toMatchObject({ media_type: 1, openid: U.wangli })
    expect(await checkOf(m.fileID)).toMatchObject({ mediaType: 0, status: 'unsupported' })
    await h.emu.media.settled()
    expect(await checkOf(v.fileID)).toMatchObject({ status: 'pass' })
    expect((await get(U.agent, c.id)).voiceNotes.map((x: any) => x.fileID)).toEqual([v.fileID])
    expect((await get(U.agent, c.id)).videos.map((x: any) => x.fileID)).toEqual([m.fileID])
    expect((await get(U.wangli, c.id)).voiceNotes[0].url).toMatch(/^\/storage\/files\//)
  })

  it('given a risky voice note, it is hidden from staff; the complainant is told and the manager still hears it', async () => {
    const [ok, bad] = [await voice(), await voice('EMU-MEDIA-RISKY')]
    const c = await h.as(U.wangli)('complaint.submit', filing({ voiceNotes: [ok, bad] }))
    await h.emu.media.settled()
    expect(await checkOf(bad.fileID)).toMatchObject({ status: 'risky', mediaType: 1 })
    expect((await get(U.agent, c.id)).voiceNotes.map((x: any) => x.fileID)).toEqual([ok.fileID])
    expect((await get(U.wangli, c.id)).voiceNotes).toEqual([
      expect.objectContaining({ fileID: ok.fileID }),
      expect.objectContaining({ fileID: bad.fileID, note: '未通过内容安全检测，已对他人隐藏' }),
    ])
    expect((await get(U.manager, c.id)).voiceNotes.map((x: any) => x.fileID)).toEqual([ok.fileID, bad.fileID])
  })

  it('G3-P5 given a voice note, no URL goes to another resident or to the staff member the complaint is about', async () => {
    const v = await voice()
    const c = await h.as(U.wangli)('complaint.submit', filing({ voiceNotes: [v] }))
    await h.emu.media.settled()
    expect((await h.raw(U.chen)('complaint.get', { id: c.id })).error).toMatchObject({ code: 'NOT_FOUND' })
    await h.as(U.agent)('complaint.act', {
      id: c.id,
      action: 'accept',
      departmentCode: 'security',
      subjectStaff: { name: '马东', openid: U.guard },
    })
    const accused = await h.raw(U.guard)('complaint.get', { id: c.id })
    const seen = JSON.stringify(accused.data ?? accused.error)
    expect(seen).not.toContain(v.fileID)
    expect(seen).not.toContain('/storage/files/voice/')
  })
})

describe('bad recordings are refused and nothing is saved', () => {
  const refused = async (extra: Record<string, unknown>) => {
    const r = await h.raw(U.wangli)('complaint.submit', filing(extra))
    expect(await h.docs('complaints', {})).toEqual([])
    return r.error
  }

  it('given a voice note over 60 s or over 2 MB, it names the limit', async () => {
    const v = await voice()
    expect(await refused({ voiceNotes: [{ ...v, durationMs: 60_001 }] })).toEqual({ code: 'INVALID_INPUT', message: '语音不能超过 60 秒' })
    expect(await refused({ voiceNotes: [{ ...v, size: 2 * 1024 * 1024 + 1 }] })).toEqual({
      code: 'INVALID_INPUT',
      message: '语音文件不能超过 2 MB',
    })
    const m = await video()
    expect(await refused({ videos: [{ ...m, durationMs: 30_001 }] })).toEqual({ code: 'INVALID_INPUT', message: '视频不能超过 30 秒' })
  })

  it('given a file of another type, another folder, another person or an unknown field, it says so in Chinese', async () => {
    const photo = await h.upload(U.wangli, 'complaints', 'jpg')
    expect(await refused({ voiceNotes: [{ fileID: photo, durationMs: 1000, size: 10 }] })).toEqual({
      code: 'INVALID_INPUT',
      message: '语音文件类型不支持，请重新上传',
    })
    // An extension no folder takes is not a file the app writes.
    const exe = (await voice()).fileID.replace(/\.aac$/, '.exe')
    expect((await refused({ voiceNotes: [{ fileID: exe, durationMs: 1000, size: 10 }] })).message).toBe('语音无效，请重新上传')
    expect((await refused({ voiceNotes: [await voice('', U.chen)] })).message).toBe('只能使用您本人上传的语音，请重新上传')
    expect((await refused({ voiceNotes: [{ ...(await voice()), transcript: '你好' }] })).code).toBe('INVALID_INPUT')
    expect((await refused({ voiceNotes: [await voice(), await voice(), await voice(), await voice()] })).message).toBe('语音最多 3 段')
  })
})

describe('recordings added later', () => {
  it('C1 given an addition with only a voice note, the handler hears it', async () => {
    const c = await h.as(U.wangli)('complaint.submit', filing({}))
    const v = await voice()
    const after = await h.as(U.wangli)('complaint.act', { id: c.id, action: 'add_info', voiceNotes: [v] })
    expect(after.additions[0].voiceNotes).toEqual([expect.objectContaining({ fileID: v.fileID, durationMs: 12_000 })])
    expect((await get(U.agent, c.id)).additions[0].voiceNotes[0].fileID).toBe(v.fileID)
    expect(await checkOf(v.fileID)).toMatchObject({ mediaType: 1, complaintId: c.id })
  })

  it('H2 given a handler video with an investigation note, staff see it and the complainant does not', async () => {
    const c = await h.as(U.wangli)('complaint.submit', filing({}))
    await h.as(U.agent)('complaint.act', { id: c.id, action: 'accept', departmentCode: 'cleaning' })
    await h.as(U.cleaning)('complaint.act', { id: c.id, action: 'take' })
    const m = await video(U.cleaning)
    const v = await h.as(U.cleaning)('complaint.act', { id: c.id, action: 'add_note', kind: 'evidence', text: '现场视频', videos: [m] })
    expect(v.investigation[0].videos).toEqual([expect.objectContaining({ fileID: m.fileID, durationMs: 20_000 })])
    expect(JSON.stringify(await get(U.wangli, c.id))).not.toContain(m.fileID)
    // A resident's upload is not the handler's to attach.
    const theirs = await video(U.wangli)
    const r = await h.raw(U.cleaning)('complaint.act', { id: c.id, action: 'add_note', text: '视频', videos: [theirs] })
    expect(r.error).toEqual({ code: 'INVALID_INPUT', message: '只能使用您本人上传的视频，请重新上传' })
  })
})

describe("deleting a complaint's files", () => {
  it('given account deletion, voice notes and videos are deleted from storage with the photos', async () => {
    const [v, m] = [await voice(), await video()]
    const c = await h.as(U.wangli)('complaint.submit', filing({ voiceNotes: [v], videos: [m] }))
    await h.as(U.wangli)('me.delete', { confirm: '注销' })
    const urls = (await h.emu.storage.getTempFileURL({ fileList: [v.fileID, m.fileID] })).fileList.map((f: any) => f.tempFileURL)
    expect(urls).toEqual(['', ''])
    const stored = (await h.docs('complaints', { _id: c.id }))[0]
    expect(stored.voiceNotes ?? []).toEqual([])
    expect(stored.videos ?? []).toEqual([])
    expect(await checkOf(v.fileID)).toMatchObject({ status: 'deleted' })
  })
})
