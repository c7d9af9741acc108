/**
 * Issue 19 in jsdom with the recorder, the video chooser and the speech plugin stubbed at their
 * platform seams: voice notes on the filing form (recorded, played back, uploaded to the voice
 * folder, sent with their length and size), hidden where the device cannot record; every refusal —
 * the privacy guide, the microphone, a recording too long or too big, a video too long, the plugin —
 * said in Chinese while the complaint still goes as text; dictation on its own page; playback on
 * the detail page.
 */
import { waitFor } from '@testing-library/react'
import Taro from '@tarojs/taro'
import Submit from '@/pages/submit'
import Dictate from '@/pkg-voice/dictate'
import ClipList from '@/components/ClipList'
import Detail from '@/pages/detail'
import { act, getComplaint, submitComplaint } from '@/services/complaint'
import { uploadLocalFile } from '@/services/files'
import { askConsent } from '@/services/subscription'
import { canRecord, startRecording, type Recording } from '@/platform/recorder'
import { RecorderError } from '@/platform/recorder-error'
import { pickVideo } from '@/platform/media'
import { startDictation, type DictationHandlers } from '@/platform/speech'
import { deliverDictation, awaitDictation } from '@/store/dictation'
import { PRIVACY_REFUSED } from '@/store/privacy'
import { complaintView, RESIDENT } from '../helpers/dom-fixtures'
import { $, $$, renderPage, shows, signIn, tap, taroFake, typeInto } from '../helpers/dom-page'
import { render } from '@testing-library/react'

jest.mock('@/services/me')
jest.mock('@/services/meta')
jest.mock('@/services/complaint')
jest.mock('@/services/subscription')
jest.mock('@/services/files')
jest.mock('@/platform/recorder', () => ({
  ...jest.requireActual('@/platform/recorder-error'),
  canRecord: jest.fn(() => true),
  CAN_DICTATE: true,
  startRecording: jest.fn(),
}))
jest.mock('@/platform/media', () => ({ ...jest.requireActual('@/platform/media'), pickVideo: jest.fn() }))
jest.mock('@/platform/speech', () => ({ PLUGIN_FAILED: '语音识别暂不可用，请直接输入文字', startDictation: jest.fn() }))

const NOTE: Recording = { path: 'blob:voice-1', durationMs: 12_000, size: 96_000, ext: 'webm' }

/** A recorder that records `r` when stopped; `onLimit` is kept to stop it "by itself". */
function recorderGiving(r: Recording) {
  const self = { onLimit: (_: Recording) => undefined as void, stop: jest.fn(async () => r), cancel: jest.fn() }
  jest.mocked(startRecording).mockImplementation(async (_max, onLimit) => {
    self.onLimit = onLimit
    return { stop: self.stop, cancel: self.cancel }
  })
  return self
}

beforeEach(async () => {
  localStorage.clear()
  localStorage.setItem('privacy:agreed', '1')
  jest.mocked(canRecord).mockReturnValue(true)
  jest.mocked(submitComplaint).mockResolvedValue(complaintView({ id: 'c-new' }))
  jest.mocked(askConsent).mockResolvedValue(undefined)
  jest.mocked(uploadLocalFile).mockImplementation(async (_path, _p, folder, ext) => `cloud://env.bucket/${folder}/f.${ext ?? 'jpg'}`)
  await signIn(RESIDENT)
})

async function openForm() {
  const { container } = renderPage(<Submit />)
  await shows('王丽 · 1-1-101')
  tap($(container, '.category-select .chip-cleaning'))
  typeInto($(container, '.location-input'), '3栋大堂')
  typeInto($(container, '.description-input'), '大堂地面很脏。')
  return container
}

const sendForm = async (form: HTMLElement) => {
  tap($(form, '.submit-button'))
  await waitFor(() => expect(submitComplaint).toHaveBeenCalledTimes(1))
  return jest.mocked(submitComplaint).mock.calls[0][0]
}

describe('voice notes on the filing form', () => {
  it('given a recording, it is listed with its length, playable, uploaded to the voice folder and sent with its length and size', async () => {
    recorderGiving(NOTE)
    const form = await openForm()
    tap($(form, '.voice-notes__mic'))
    await shows('正在录音 0:00 / 1:00')
    tap($(form, '.voice-notes__stop'))
    await shows('语音 1 · 0:12')
    expect($(form, '.voice-notes__play').textContent).toBe('▶ 播放')
    const sent = await sendForm(form)
    expect(uploadLocalFile).toHaveBeenCalledWith('blob:voice-1', expect.any(Function), 'voice', 'webm')
    expect(sent.voiceNotes).toEqual([{ fileID: 'cloud://env.bucket/voice/f.webm', durationMs: 12_000, size: 96_000 }])
    expect(sent).not.toHaveProperty('videos')
  })

  it('given the recorder stopping itself at 60 s, the minute is kept and the resident told', async () => {
    const rec = recorderGiving(NOTE)
    const form = await openForm()
    tap($(form, '.voice-notes__mic'))
    await shows('正在录音')
    rec.onLimit({ ...NOTE, durationMs: 60_000 })
    await shows('语音 1 · 1:00')
    await shows('已录满 60 秒，录音已结束')
  })

  it('given a recording over 2 MB or under a second, it is not added and the reason is shown', async () => {
    recorderGiving({ ...NOTE, size: 2 * 1024 * 1024 + 1 })
    const form = await openForm()
    tap($(form, '.voice-notes__mic'))
    tap(await waitFor(() => $(form, '.voice-notes__stop')))
    await shows('录音文件超过 2 MB，未添加，请录短一些')
    recorderGiving({ ...NOTE, durationMs: 400 })
    tap($(form, '.voice-notes__mic'))
    tap(await waitFor(() => $(form, '.voice-notes__stop')))
    await shows('录音时间太短，未添加')
    expect($$(form, '.voice-notes__item')).toHaveLength(0)
  })

  it('given the microphone refused, it says so in Chinese and the complaint still goes as text', async () => {
    jest.mocked(startRecording).mockRejectedValue(new RecorderError('denied'))
    const form = await openForm()
    tap($(form, '.voice-notes__mic'))
    await shows('未获得麦克风权限，无法录音。可在设置中允许使用麦克风，或直接输入文字')
    const sent = await sendForm(form)
    expect(sent).toMatchObject({ description: '大堂地面很脏。' })
    expect(sent).not.toHaveProperty('voiceNotes')
  })

  it('given the privacy guide refused, the recorder never starts and the resident is told why', async () => {
    localStorage.clear()
    const form = await openForm()
    tap($(form, '.voice-notes__mic'))
    tap(await waitFor(() => $(document.body, '.privacy-refuse')))
    await shows(PRIVACY_REFUSED)
    expect(startRecording).not.toHaveBeenCalled()
    expect((await sendForm(form)).description).toBe('大堂地面很脏。')
  })

  it('given a device that cannot record (no MediaRecorder), no voice control is shown', async () => {
    jest.mocked(canRecord).mockReturnValue(false)
    const form = await openForm()
    expect(form.querySelector('.voice-notes__mic')).toBeNull()
    expect(form.textContent).not.toContain('语音留言')
    // Videos do not need a recorder.
    expect($(form, '.video-picker__add').textContent).toContain('添加视频')
  })
})

describe('videos on the filing form', () => {
  it('given a video over 30 s or of another type, it is refused in Chinese; a short one is sent with its length', async () => {
    const form = await openForm()
    jest.mocked(pickVideo).mockResolvedValueOnce({ path: 'blob:v1', size: 1000, durationMs: 45_000, ext: 'mp4' })
    tap($(form, '.video-picker__add'))
    await shows('视频不能超过 30 秒，请剪短后再添加')
    jest.mocked(pickVideo).mockResolvedValueOnce({ path: 'blob:v2', size: 1000, durationMs: 5_000, ext: 'avi' })
    tap($(form, '.video-picker__add'))
    await shows('只能添加 MP4、MOV 或 WebM 格式的视频')
    jest.mocked(pickVideo).mockResolvedValueOnce({ path: 'blob:v3', size: 3_000_000, durationMs: 20_000, ext: 'mp4' })
    tap($(form, '.video-picker__add'))
    await shows('视频 1 · 0:20')
    const sent = await sendForm(form)
    expect(sent.videos).toEqual([{ fileID: 'cloud://env.bucket/videos/f.mp4', durationMs: 20_000, size: 3_000_000 }])
  })
})

describe('dictation', () => {
  it('given the dictation button, it opens the pkg-voice page and the kept text is added to the description', async () => {
    const form = await openForm()
    tap($(form, '.dictate-button'))
    await waitFor(() => expect(taroFake.navigations).toContainEqual({ kind: 'navigateTo', url: '/pkg-voice/dictate/index' }))
    expect(deliverDictation('电梯也坏了')).toBe(true)
    await waitFor(() => expect(($(form, '.description-input textarea') as HTMLTextAreaElement).value).toBe('大堂地面很脏。\n电梯也坏了'))
  })

  it('given the subpackage failing to load, it says so and the form stays as it was', async () => {
    const spy = jest.spyOn(Taro, 'navigateTo').mockImplementation(((o: { fail?: () => void }) => o.fail?.()) as never)
    const form = await openForm()
    tap($(form, '.dictate-button'))
    await shows('语音输入暂不可用，请直接输入文字')
    spy.mockRestore()
  })

  it('given the plugin failing to load, the page says so and offers typing instead', async () => {
    jest.mocked(startDictation).mockImplementation(() => {
      throw new Error('语音识别暂不可用，请直接输入文字')
    })
    const { container } = renderPage(<Dictate />)
    tap($(container, '.dictate-mic'))
    await shows('语音识别暂不可用，请直接输入文字')
    expect(container.querySelector('.dictate-keep')).toBeNull()
    tap($(container, '.dictate-back'))
    expect(taroFake.navigations.at(-1)).toMatchObject({ kind: 'navigateBack' })
  })

  it('given speech recognised, the partial text shows while listening and the final text is handed to the form', async () => {
    let on: DictationHandlers | undefined
    const stop = jest.fn()
    jest.mocked(startDictation).mockImplementation((_max, handlers) => {
      on = handlers
      return { stop }
    })
    const received: string[] = []
    awaitDictation((t) => received.push(t))
    const { container } = renderPage(<Dictate />)
    tap($(container, '.dictate-mic'))
    await shows('正在听…点击结束')
    on!.onText('楼道的灯')
    await shows('楼道的灯')
    tap($(container, '.dictate-mic'))
    expect(stop).toHaveBeenCalled()
    on!.onEnd('楼道的灯坏了一周了')
    tap(await waitFor(() => $(container, '.dictate-keep')))
    expect(received).toEqual(['楼道的灯坏了一周了'])
    expect(taroFake.navigations.at(-1)).toMatchObject({ kind: 'navigateBack' })
  })

  it('given the microphone refused by the plugin, it says so in Chinese', async () => {
    jest.mocked(startDictation).mockImplementation((_max, handlers) => {
      setTimeout(() => handlers.onError('未获得麦克风权限，无法语音输入，请直接输入文字'), 0)
      return { stop: jest.fn() }
    })
    const { container } = renderPage(<Dictate />)
    tap($(container, '.dictate-mic'))
    await shows('未获得麦克风权限，无法语音输入，请直接输入文字')
    await shows('点击开始说话')
  })
})

describe('voice notes with an addition (C1)', () => {
  it('given only a voice note, the addition is sent with it and no text', async () => {
    recorderGiving(NOTE)
    jest.mocked(getComplaint).mockResolvedValue(complaintView({ id: 'c7' }, ['add_info']))
    jest.mocked(act).mockResolvedValue(complaintView({ id: 'c7' }, ['add_info']))
    const { container } = renderPage(<Detail />, { id: 'c7' })
    tap(await waitFor(() => $(container, '.action-add_info')))
    tap(await waitFor(() => $(container, '.add-info-panel .voice-notes__mic')))
    tap(await waitFor(() => $(container, '.voice-notes__stop')))
    await shows('语音 1 · 0:12')
    tap($(container, '.add-info-send'))
    await waitFor(() =>
      expect(act).toHaveBeenCalledWith('c7', 'add_info', {
        text: '',
        photos: [],
        voiceNotes: [{ fileID: 'cloud://env.bucket/voice/f.webm', durationMs: 12_000, size: 96_000 }],
      }),
    )
  })
})

describe('playback on the detail page', () => {
  it('given voice notes and a video, each is playable with its length; a hidden one carries its note', () => {
    const { container } = render(
      <ClipList
        voiceNotes={[
          { fileID: 'cloud://e.b/voice/a.aac', url: '/storage/files/voice/a.aac', durationMs: 42_000 },
          {
            fileID: 'cloud://e.b/voice/b.aac',
            url: '/storage/files/voice/b.aac',
            durationMs: 5_000,
            note: '未通过内容安全检测，已对他人隐藏',
          },
        ]}
        videos={[{ fileID: 'cloud://e.b/videos/c.mp4', url: '/storage/files/videos/c.mp4', durationMs: 20_000 }]}
      />,
    )
    expect($$(container, '.clip-list__voice').map((r) => r.textContent)).toEqual([
      '▶ 播放语音 1 · 0:42',
      '▶ 播放语音 2 · 0:05未通过内容安全检测，已对他人隐藏',
    ])
    expect($(container, '.clip-list__player').getAttribute('src')).toBe('/storage/files/videos/c.mp4')
  })
})
