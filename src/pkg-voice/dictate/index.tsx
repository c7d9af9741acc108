import { useEffect, useRef, useState } from 'react'
import { View, Text } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { Button } from '@nutui/nutui-react-taro'
import PageShell from '@/components/PageShell'
import { LIMITS } from '@shared/limits'
import { startDictation, type Dictation } from '@/platform/speech'
import { deliverDictation } from '@/store/dictation'
import './index.scss'

type Stage = 'idle' | 'listening' | 'done'

/**
 * Speech-to-text for the complaint's description (issue 19): tap to speak (up to a minute), tap to
 * end, then keep the text (it is added to the description) or speak again. Everything that goes
 * wrong — the plugin missing, the microphone refused, nothing understood — says so in Chinese and
 * leaves typing as the way on.
 */
export default function Dictate() {
  const [stage, setStage] = useState<Stage>('idle')
  const [text, setText] = useState('')
  const [error, setError] = useState('')
  const session = useRef<Dictation | null>(null)
  useEffect(() => () => session.current?.stop(), [])

  const start = () => {
    setError('')
    setText('')
    try {
      session.current = startDictation(LIMITS.voiceMs, {
        onText: setText,
        onEnd: (t) => {
          session.current = null
          setText(t)
          setStage('done')
          if (!t) setError('没有听清，请靠近手机再说一遍，或直接输入文字')
        },
        onError: (m) => {
          session.current = null
          setError(m)
          setStage('idle')
        },
      })
      setStage('listening')
    } catch (e) {
      setError((e as Error).message)
    }
  }
  const stop = () => session.current?.stop()
  const keep = () => {
    deliverDictation(text)
    Taro.navigateBack({ delta: 1 })
  }

  return (
    <PageShell className='dictate-page'>
      <View className='dictate-hint'>请用普通话说出发生了什么、在哪里、您希望如何处理。每次最长 1 分钟。</View>
      <Button
        className={`dictate-mic ${stage === 'listening' ? 'is-listening' : ''}`}
        type={stage === 'listening' ? 'danger' : 'primary'}
        shape='round'
        onClick={stage === 'listening' ? stop : start}
      >
        <Text className='dictate-mic__label'>{stage === 'listening' ? '正在听…点击结束' : '点击开始说话'}</Text>
      </Button>
      {error && <View className='notice notice--warning dictate-error'>{error}</View>}
      {text && <View className='dictate-text'>{text}</View>}
      <View className='dictate-actions'>
        {stage === 'done' && text && (
          <Button className='dictate-keep' type='primary' block onClick={keep}>
            填入投诉内容
          </Button>
        )}
        <Button className='dictate-back' block onClick={() => Taro.navigateBack({ delta: 1 })}>
          返回手动输入
        </Button>
      </View>
    </PageShell>
  )
}
