import Taro from '@tarojs/taro'
import type { Recording, RecordingSession } from './recorder'
import { RecorderError } from './recorder-error'

export { RecorderError }

/** WeChat always has its recorder. */
export const canRecord = (): boolean => typeof Taro.getRecorderManager === 'function'

export const CAN_DICTATE = true

/** WeChat refuses the microphone with "auth deny"/"authorize"; privacy consent refused says "privacy". */
const failureOf = (errMsg = ''): RecorderError =>
  new RecorderError(
    /auth|privacy|permission|denied/i.test(errMsg) ? 'denied' : /device|not support/i.test(errMsg) ? 'unavailable' : 'failed',
  )

interface StopResult {
  tempFilePath: string
  duration: number
  fileSize: number
}

/** WeChat: the one RecorderManager, AAC mono at speech quality (about 6 KB a second), stopped by itself at `maxMs`. */
export function startRecording(maxMs: number, onLimit: (r: Recording) => void): Promise<RecordingSession> {
  const rec = Taro.getRecorderManager()
  let waiting: { resolve: (r: Recording) => void; reject: (e: Error) => void } | null = null
  let cancelled = false
  const toRecording = (r: StopResult): Recording => ({
    path: r.tempFilePath,
    // The recorder stops at `maxMs` itself; its own count may run a few ms over.
    durationMs: Math.min(Math.round(r.duration), maxMs),
    size: r.fileSize,
    ext: 'aac',
  })
  return new Promise((resolve, reject) => {
    const session: RecordingSession = {
      stop: () =>
        new Promise((res, rej) => {
          waiting = { resolve: res, reject: rej }
          rec.stop()
        }),
      cancel: () => {
        cancelled = true
        rec.stop()
      },
    }
    rec.onStart(() => resolve(session))
    rec.onError((e) => {
      const err = failureOf(e?.errMsg)
      if (waiting) waiting.reject(err)
      else reject(err)
      waiting = null
    })
    rec.onStop((r) => {
      if (cancelled) return
      const recording = toRecording(r as unknown as StopResult)
      if (waiting) waiting.resolve(recording)
      else onLimit(recording)
      waiting = null
    })
    rec.start({ duration: maxMs, format: 'aac', sampleRate: 16000, numberOfChannels: 1, encodeBitRate: 48000 })
  })
}
