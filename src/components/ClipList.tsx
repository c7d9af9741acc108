import { View, Text, Video } from '@tarojs/components'
import type { ClipView } from '@domain/clip-view'
import { clock } from '@/hooks/useClips'
import { useAudio } from '@/hooks/useAudio'
import './VoiceNotes.scss'

/**
 * A complaint's voice notes (play/stop) and short videos (the player) as the viewer was given them
 * (issue 19) — the server left out what the disclosure policy or the media check hides; the
 * uploader and the manager see why beside a hidden one.
 */
export default function ClipList({ voiceNotes = [], videos = [] }: { voiceNotes?: ClipView[]; videos?: ClipView[] }) {
  const audio = useAudio()
  if (!voiceNotes.length && !videos.length) return null
  return (
    <View className='voice-notes clip-list'>
      {voiceNotes.map((n, i) => (
        <View key={n.fileID} className='voice-notes__item clip-list__voice'>
          {n.url ? (
            <Text className='voice-notes__play' onClick={() => audio.toggle(n.url)}>
              {audio.playing === n.url ? '■ 停止' : '▶ 播放'}
            </Text>
          ) : (
            <Text className='voice-notes__progress'>文件已删除</Text>
          )}
          <Text className='voice-notes__label'>
            语音 {i + 1} · {clock(n.durationMs)}
          </Text>
          {n.note && <Text className='voice-notes__problem'>{n.note}</Text>}
        </View>
      ))}
      {videos.map((v) => (
        <View key={v.fileID} className='clip-list__video'>
          {v.url ? <Video className='clip-list__player' src={v.url} controls showCenterPlayBtn /> : <Text>视频已删除</Text>}
          <Text className='voice-notes__progress'>
            视频 · {clock(v.durationMs)}
            {v.note ? ` · ${v.note}` : ''}
          </Text>
        </View>
      ))}
    </View>
  )
}
