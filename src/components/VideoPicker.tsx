import { useState } from 'react'
import { View, Text } from '@tarojs/components'
import { LIMITS } from '@shared/limits'
import { UPLOAD_EXTENSIONS } from '@shared/uploads'
import { clock, type LocalClip } from '@/hooks/useClips'
import { pickVideo, type PickedVideo } from '@/platform/media'
import { requirePrivacy } from '@/platform/privacy'
import { PRIVACY_REFUSED } from '@/store/privacy'
import { toast } from '@/utils/ui'
import './VoiceNotes.scss'

interface Props {
  videos: LocalClip[]
  onChange: (videos: LocalClip[]) => void
  max?: number
  disabled?: boolean
}

/** Why a picked video cannot be attached, in Chinese; null when it can. A length the platform did not tell is left to the server's check. */
export function videoProblem(v: PickedVideo): string | null {
  if (!UPLOAD_EXTENSIONS.videos.includes(v.ext)) return '只能添加 MP4、MOV 或 WebM 格式的视频'
  if (v.durationMs > LIMITS.videoMs) return `视频不能超过 ${LIMITS.videoMs / 1000} 秒，请剪短后再添加`
  if (v.size > LIMITS.videoBytes) return `视频文件不能超过 ${LIMITS.videoBytes / 1048576} MB`
  if (!v.durationMs) return '无法读取视频时长，请换一段视频'
  return null
}

/**
 * Short videos as evidence (issue 19), from residents and handlers: shot or picked after privacy
 * consent, at most `LIMITS.videoMs` long; too long, too big or of another type is refused in Chinese.
 */
export default function VideoPicker({ videos, onChange, max = LIMITS.videos, disabled }: Props) {
  const [problem, setProblem] = useState('')
  const add = async () => {
    if (disabled || videos.length >= max) return
    if (!(await requirePrivacy())) {
      setProblem(PRIVACY_REFUSED)
      return toast(PRIVACY_REFUSED)
    }
    let v: PickedVideo
    try {
      v = await pickVideo(LIMITS.videoMs)
    } catch {
      return // Closing the chooser is not an error.
    }
    const why = videoProblem(v)
    setProblem(why ?? '')
    if (why) return toast(why)
    onChange([...videos, { path: v.path, durationMs: v.durationMs, size: v.size, ext: v.ext }])
  }
  return (
    <View className='voice-notes video-picker'>
      {videos.map((v, i) => (
        <View key={v.path} className='voice-notes__item'>
          <Text className='voice-notes__label'>
            视频 {i + 1} · {clock(v.durationMs)}
          </Text>
          {v.progress !== undefined && v.progress < 100 && <Text className='voice-notes__progress'>{v.progress}%</Text>}
          {v.failed && <Text className='voice-notes__progress is-failed'>上传失败</Text>}
          {!disabled && (
            <Text className='voice-notes__remove' onClick={() => onChange(videos.filter((x) => x.path !== v.path))}>
              删除
            </Text>
          )}
        </View>
      ))}
      {videos.length < max && (
        <View className={`voice-notes__record video-picker__add ${disabled ? 'is-disabled' : ''}`} onClick={add}>
          ＋ 添加视频（最长 {LIMITS.videoMs / 1000} 秒）
        </View>
      )}
      {problem && <View className='voice-notes__problem'>{problem}</View>}
    </View>
  )
}
