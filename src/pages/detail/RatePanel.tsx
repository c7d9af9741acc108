import { useState } from 'react'
import { View, Text } from '@tarojs/components'
import { Button, Rate, TextArea } from '@nutui/nutui-react-taro'
import { SATISFACTION } from '@domain/vocabulary'
import { LIMITS } from '@/utils/limits'

interface Props {
  busy: boolean
  /** Called inside the tap, so the page can ask for notification consent first. */
  onSubmit: (level: number, comment: string) => void
}

/** F2: the complainant rates the result, five levels from 非常不满意 to 非常满意. */
export default function RatePanel({ busy, onSubmit }: Props) {
  const [level, setLevel] = useState(0)
  const [comment, setComment] = useState('')
  const unhappy = level > 0 && level <= 2
  return (
    <View className='card rate-panel'>
      <View className='card__title'>评价本次处理</View>
      <View className='rate-panel__stars'>
        <Rate className='rate-input' value={level} count={5} onChange={setLevel} />
        <Text className={`rate-panel__label ${level ? '' : 'muted'}`}>{level ? SATISFACTION[level as 1 | 2 | 3 | 4 | 5] : '请点击星星评分'}</Text>
      </View>
      <TextArea
        className='rate-comment'
        value={comment}
        onChange={setComment}
        maxLength={LIMITS.text}
        showCount
        rows={3}
        placeholder={unhappy ? '请告诉我们哪里不满意，我们将重新处理' : '说说您对处理结果的看法（选填）'}
      />
      {unhappy && <View className='hint'>选择“不满意”后，投诉将重新进入处理流程并由部门主管督办。</View>}
      <Button className='action-button action-rate submit-rating' type='primary' block loading={busy} disabled={busy || !level} onClick={() => onSubmit(level, comment.trim())}>
        提交评价
      </Button>
    </View>
  )
}
