/**
 * Issue 19: voice notes in the compiled WeChat build, with WeChat's RecorderManager stubbed as it
 * behaves (start → onStart, stop → onStop with the temp file, a refused microphone → onError) and
 * uploads stored in the emulator: a note recorded on the filing form reaches the complaint, checked
 * as audio; a refused microphone is said in Chinese and the complaint still goes as text.
 */
import { launchWeapp, type WeappApp } from '../helpers/weapp-harness'

const RESIDENT = 'demo-resident-01'

type Handler = (r?: unknown) => void

/** WeChat's recorder: `next` is what the coming recording ends with — a file, or an error for start. */
function fakeRecorder() {
  const on: Record<string, Handler> = {}
  const r = {
    next: { tempFilePath: 'wxfile://tmp/voice1.aac', duration: 12_034, fileSize: 96_000 } as unknown,
    startError: '' as string,
    started: [] as unknown[],
    manager: {
      onStart: (f: Handler) => void (on.start = f),
      onStop: (f: Handler) => void (on.stop = f),
      onError: (f: Handler) => void (on.error = f),
      start: (o: unknown) => {
        r.started.push(o)
        setTimeout(() => (r.startError ? on.error?.({ errMsg: r.startError }) : on.start?.()), 0)
      },
      stop: () => setTimeout(() => on.stop?.(r.next), 0),
    },
  }
  return r
}

let app: WeappApp
const recorder = fakeRecorder()
beforeAll(async () => {
  app = await launchWeapp({ openid: RESIDENT })
  const wx = (globalThis as any).wx
  wx.getRecorderManager = () => recorder.manager
  // Uploads land in the emulator's storage, as WeChat cloud storage would keep them.
  wx.cloud.uploadFile = (o: { cloudPath: string; success?: (r: unknown) => void; fail?: (e: unknown) => void }) => {
    app.emu.storage.uploadFile({ cloudPath: o.cloudPath, fileContent: Buffer.from('aac') }).then(
      (r: { fileID: string }) => o.success?.({ fileID: r.fileID, statusCode: 200, errMsg: 'cloud.uploadFile:ok' }),
      (e: unknown) => o.fail?.(e),
    )
    return { onProgressUpdate: () => undefined }
  }
})
afterAll(() => app?.close())

const fill = async (page: Awaited<ReturnType<WeappApp['open']>>) => {
  await page.tap('chip-cleaning')
  await page.type('location-input', '3栋大堂')
  await page.type('description-input', '大堂地面很脏。')
}

it('given a voice note recorded on the filing form, the complaint carries it and it is checked as audio', async () => {
  const page = await app.open('pages/submit/index')
  await page.waitForText('投诉人')
  await fill(page)
  await page.tap('voice-notes__mic')
  await page.waitForText('正在录音')
  expect(recorder.started).toEqual([{ duration: 60_000, format: 'aac', sampleRate: 16000, numberOfChannels: 1, encodeBitRate: 48000 }])
  await page.tap('voice-notes__stop')
  await page.waitForText('语音 1 · 0:12')
  await page.tap('submit-button')
  await page.waitFor(() => app.wx.navigations.find((n) => n.url.startsWith('/pages/detail/index')), 'the detail page')
  const [stored] = await app.docs('complaints', {})
  expect(stored.voiceNotes).toEqual([
    { fileID: expect.stringMatching(/^cloud:\/\/.+\/voice\/[0-9a-f]{24}\/\d{8}\/\w+\.aac$/), durationMs: 12_034 },
  ])
  const [check] = await app.docs('media_checks', { fileID: stored.voiceNotes[0].fileID })
  expect(check).toMatchObject({ mediaType: 1 })
  page.close()
})

it('given the microphone refused, it says so in Chinese and the complaint still goes as text', async () => {
  recorder.startError = 'operateRecorder:fail auth deny'
  const page = await app.open('pages/submit/index')
  await page.waitForText('投诉人')
  await fill(page)
  await page.tap('voice-notes__mic')
  await page.waitForText('未获得麦克风权限，无法录音')
  const before = app.wx.navigations.length
  await page.tap('submit-button')
  await page.waitFor(() => app.wx.navigations.slice(before).find((n) => n.url.startsWith('/pages/detail/index')), 'the detail page')
  const all = await app.docs('complaints', {})
  expect(all).toHaveLength(2)
  expect(all.filter((c) => c.voiceNotes)).toHaveLength(1)
  page.close()
})
