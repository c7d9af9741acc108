import { useEffect, useRef, useState } from 'react'
import { View, Text } from '@tarojs/components'
import { LIMITS } from '@shared/limits'
import { clock, type LocalClip } from '@/hooks/useClips'
import { useAudio } from '@/hooks/useAudio'
import { canRecord, RecorderError, startRecording, type Recording, type RecordingSession } from '@/platform/recorder'
import { requirePrivacy } from '@/platform/privacy'
import { PRIVACY_REFUSED } from '@/store/privacy'
import { toast } from '@/utils/ui'
import './VoiceNotes.scss'

interface Props {
  notes: LocalClip[]
  onChange: (notes: LocalClip[]) => void
  max?: number
  disabled?: boolean
}

/** Shorter than this is a tap by mistake, not a note. */
const MIN_MS = 1000

/** Why a finished recording cannot be attached, in Chinese; null when it can. */
export function recordingProblem(r: Recording): string | null {
  if (r.durationMs < MIN_MS) return '录音时间太短，未添加'
  if (r.durationMs > LIMITS.voiceMs) return `录音超过 ${LIMITS.voiceMs / 1000} 秒，未添加，请分段录制`
  if (r.size > LIMITS.voiceBytes) return `录音文件超过 ${LIMITS.voiceBytes / 1048576} MB，未添加，请录短一些`
  return null
}

/**
 * The recorder behind VoiceNotes: starts after privacy consent, counts the time, and adds a
 * finished recording to `notes` unless it is too short, too long or too big — each refusal, and a
 * refused or missing microphone, kept as `problem` (Chinese) and toasted.
 */
function useVoiceRecorder({ notes, onChange, max = LIMITS.voiceNotes, disabled }: Props) {
  const session = useRef<RecordingSession | null>(null)
  const [startedAt, setStartedAt] = useState<number | null>(null)
  const [elapsed, setElapsed] = useState(0)
  const [problem, setProblem] = useState('')
  const latest = useRef(notes)
  latest.current = notes

  useEffect(() => {
    if (startedAt === null) return undefined
    const t = setInterval(() => setElapsed(Date.now() - startedAt), 500)
    return () => clearInterval(t)
  }, [startedAt])
  useEffect(() => () => session.current?.cancel(), [])

  const ended = (message: string) => {
    session.current = null
    setStartedAt(null)
    setProblem(message)
    if (message) toast(message)
  }
  const finish = (r: Recording, byLimit = false) => {
    const why = recordingProblem(r)
    ended(why ?? '')
    if (why) return
    if (byLimit) toast(`已录满 ${LIMITS.voiceMs / 1000} 秒，录音已结束`)
    onChange([...latest.current, { path: r.path, durationMs: r.durationMs, size: r.size, ext: r.ext }])
  }
  const fail = (e: unknown) => ended((e instanceof RecorderError ? e : new RecorderError('failed')).message)

  const start = async () => {
    if (disabled || session.current || notes.length >= max) return
    if (!(await requirePrivacy())) return ended(PRIVACY_REFUSED)
    try {
      session.current = await startRecording(LIMITS.voiceMs, (r) => finish(r, true))
      setProblem('')
      setElapsed(0)
      setStartedAt(Date.now())
    } catch (e) {
      fail(e)
    }
  }
  const stop = async () => {
    const s = session.current
    if (!s) return
    try {
      finish(await s.stop())
    } catch (e) {
      fail(e)
    }
  }
  return { recording: startedAt !== null, elapsed, problem, start, stop }
}

/**
 * Voice notes for a complaint or an addition (issue 19): tap to record (at most a minute, it stops
 * by itself), tap to end; each note can be played back and removed before sending. Privacy consent
 * first; a refused microphone or consent says so in Chinese and the form goes on as text. Not shown
 * where the device cannot record (a browser without MediaRecorder).
 */
export default function VoiceNotes(props: Props) {
  const { notes, onChange, max = LIMITS.voiceNotes, disabled } = props
  const rec = useVoiceRecorder(props)
  const audio = useAudio()
  if (!canRecord()) return null
  const remove = (path: string) => onChange(notes.filter((n) => n.path !== path))

  return (
    <View className='voice-notes'>
      {notes.map((n, i) => (
        <View key={n.path} className='voice-notes__item'>
          <Text className='voice-notes__play' onClick={() => audio.toggle(n.path)}>
            {audio.playing === n.path ? '■ 停止' : '▶ 播放'}
          </Text>
          <Text className='voice-notes__label'>
            语音 {i + 1} · {clock(n.durationMs)}
          </Text>
          {n.progress !== undefined && n.progress < 100 && <Text className='voice-notes__progress'>{n.progress}%</Text>}
          {n.failed && <Text className='voice-notes__progress is-failed'>上传失败</Text>}
          {!disabled && (
            <Text className='voice-notes__remove' onClick={() => remove(n.path)}>
              删除
            </Text>
          )}
        </View>
      ))}
      {rec.recording ? (
        <View className='voice-notes__record is-recording voice-notes__stop' onClick={rec.stop}>
          正在录音 {clock(rec.elapsed)} / {clock(LIMITS.voiceMs)} · 点击结束
        </View>
      ) : (
        notes.length < max && (
          <View className={`voice-notes__record voice-notes__mic ${disabled ? 'is-disabled' : ''}`} onClick={rec.start}>
            ＋ 点击录音（最长 {LIMITS.voiceMs / 1000} 秒，还可录 {max - notes.length} 段）
          </View>
        )
      )}
      {rec.problem && <View className='voice-notes__problem'>{rec.problem}</View>}
    </View>
  )
}
