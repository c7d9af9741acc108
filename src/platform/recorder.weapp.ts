import Taro from '@tarojs/taro'
import type { Recording, RecordingSession } from './recorder'
import { RecorderError } from './recorder-error'

export { RecorderError }

/** WeChat always has its recorder (an old base library aside). */
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

/** The recording under way: how its start and its end are answered. */
interface Current {
  maxMs: number
  started: (s: RecordingSession) => void
  failed: (e: RecorderError) => void
  /** Set by stop(): the end the caller waits for; without it the end came from the time limit. */
  stopping?: { resolve: (r: Recording) => void; reject: (e: Error) => void }
  cancelled?: boolean
  onLimit: (r: Recording) => void
  session?: RecordingSession
}

let current: Current | null = null
let installed = false

/**
 * WeChat's RecorderManager is one object for the whole app whose listeners cannot be removed, so
 * they are installed once and answer the recording under way.
 */
function manager(): Taro.RecorderManager {
  const rec = Taro.getRecorderManager()
  if (installed) return rec
  installed = true
  rec.onStart(() => current?.session && current.started(current.session))
  rec.onError((e) => {
    const c = current
    current = null
    const err = failureOf(e?.errMsg)
    if (c?.stopping) c.stopping.reject(err)
    else c?.failed(err)
  })
  rec.onStop((r) => {
    const c = current
    current = null
    if (!c || c.cancelled) return
    const res = r as unknown as StopResult
    // The recorder stops at `maxMs` itself; its own count may run a few ms over.
    const recording = { path: res.tempFilePath, durationMs: Math.min(Math.round(res.duration), c.maxMs), size: res.fileSize, ext: 'aac' }
    if (c.stopping) c.stopping.resolve(recording)
    else c.onLimit(recording)
  })
  return rec
}

/** WeChat: the RecorderManager, AAC mono at speech quality (about 6 KB a second), stopped by itself at `maxMs`. */
export function startRecording(maxMs: number, onLimit: (r: Recording) => void): Promise<RecordingSession> {
  const rec = manager()
  return new Promise((started, failed) => {
    const c: Current = { maxMs, started, failed, onLimit }
    c.session = {
      stop: () =>
        new Promise((resolve, reject) => {
          c.stopping = { resolve, reject }
          rec.stop()
        }),
      cancel: () => {
        c.cancelled = true
        rec.stop()
      },
    }
    current = c
    rec.start({ duration: maxMs, format: 'aac', sampleRate: 16000, numberOfChannels: 1, encodeBitRate: 48000 })
  })
}
