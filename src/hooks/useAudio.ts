import { useEffect, useRef, useState } from 'react'
import Taro from '@tarojs/taro'
import { toast } from '@/utils/ui'

/**
 * Plays one voice note at a time (issue 19) through Taro's InnerAudioContext (WeChat's, or an
 * <audio> element on H5): `toggle(src)` starts it, or stops it when it is the one playing.
 */
export function useAudio() {
  const ctx = useRef<Taro.InnerAudioContext | null>(null)
  const [playing, setPlaying] = useState<string | null>(null)
  useEffect(() => () => ctx.current?.destroy(), [])

  const player = (): Taro.InnerAudioContext => {
    if (ctx.current) return ctx.current
    const a = Taro.createInnerAudioContext()
    a.onEnded(() => setPlaying(null))
    a.onError(() => {
      setPlaying(null)
      toast('语音无法播放，请稍后重试')
    })
    ctx.current = a
    return a
  }

  const toggle = (src: string) => {
    const a = player()
    if (playing === src) {
      a.stop()
      setPlaying(null)
      return
    }
    a.src = src
    a.play()
    setPlaying(src)
  }

  return { playing, toggle }
}
