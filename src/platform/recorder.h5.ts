import type { Recording, RecordingSession } from './recorder'
import { RecorderError } from './recorder-error'

export { RecorderError }

/** The browser records only with MediaRecorder and a microphone API (not in older browsers, nor over plain http). */
export const canRecord = (): boolean =>
  typeof window !== 'undefined' && typeof window.MediaRecorder === 'function' && !!navigator.mediaDevices?.getUserMedia

/** No 同声传译 in a browser: the dictation button is not shown. */
export const CAN_DICTATE = false

/** Containers the upload folder takes (shared/uploads.ts), in the order browsers prefer them. */
const TYPES: [mime: string, ext: string][] = [
  ['audio/webm', 'webm'],
  ['audio/ogg', 'ogg'],
  ['audio/mp4', 'm4a'],
]

function failureOf(e: unknown): RecorderError {
  const name = (e as { name?: string })?.name ?? ''
  if (name === 'NotAllowedError' || name === 'SecurityError') return new RecorderError('denied')
  if (name === 'NotFoundError' || name === 'NotReadableError' || name === 'NotSupportedError') return new RecorderError('unavailable')
  return new RecorderError('failed')
}

/** H5: the microphone through getUserMedia, recorded by MediaRecorder, stopped by a timer at `maxMs`. */
export async function startRecording(maxMs: number, onLimit: (r: Recording) => void): Promise<RecordingSession> {
  if (!canRecord()) throw new RecorderError('unavailable')
  let stream: MediaStream
  try {
    stream = await navigator.mediaDevices.getUserMedia({ audio: true })
  } catch (e) {
    throw failureOf(e)
  }
  const [mime, ext] = TYPES.find(([m]) => MediaRecorder.isTypeSupported?.(m)) ?? TYPES[0]
  const recorder = new MediaRecorder(stream, { mimeType: mime })
  const chunks: Blob[] = []
  const startedAt = Date.now()
  recorder.ondataavailable = (e) => e.data.size && chunks.push(e.data)
  const finished = new Promise<Recording>((resolve, reject) => {
    recorder.onstop = () => {
      stream.getTracks().forEach((t) => t.stop())
      const blob = new Blob(chunks, { type: mime })
      resolve({ path: URL.createObjectURL(blob), durationMs: Math.min(Date.now() - startedAt, maxMs), size: blob.size, ext })
    }
    recorder.onerror = () => reject(new RecorderError('failed'))
  })
  const timer = setTimeout(() => {
    recorder.stop()
    finished.then(onLimit, () => undefined)
  }, maxMs)
  recorder.start()
  const end = () => {
    clearTimeout(timer)
    if (recorder.state !== 'inactive') recorder.stop()
  }
  return {
    stop: () => {
      end()
      return finished
    },
    cancel: () => {
      end()
      finished.catch(() => undefined)
    },
  }
}
