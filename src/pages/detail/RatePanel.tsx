import { useState } from 'react'
import { View, Text } from '@tarojs/components'
import { Button, Rate } from '@nutui/nutui-react-taro'
import { SATISFACTION } from '@shared/vocabulary'
import TextBox from '@/components/form/TextBox'
import { LIMITS } from '@shared/limits'
import { useDraft } from '@/hooks/useDraft'
import { isDissatisfied } from '@shared/thresholds'

interface Props {
  busy: boolean
  /** How often the complaint was already reopened (the view's `reopenCount`): says where a new "不满意" goes. */
  reopenCount: number
  /** Prefix of the comment's draft (`<complaintId>:rate:`): a half-written comment survives leaving the page. */
  draftKey: string
  /** Called inside the tap, so the page can ask for notification consent first. */
  onSubmit: (level: number, comment: string) => void
}

/** What happens after a dissatisfied rating: the first goes back to the department, a later one to the manager (F3). */
export function dissatisfiedHint(reopenCount: number): string {
  return reopenCount >= 1
    ? '此前已重新处理过一次。再次选择“不满意”后，投诉将转交管理处经理处理，并告知您其他反映途径。'
    : '选择“不满意”后，投诉将重新进入处理流程，并由部门主管督办。'
}

/** F2: the complainant rates the result, five levels from 非常不满意 to 非常满意. */
export default function RatePanel({ busy, reopenCount, draftKey, onSubmit }: Props) {
  const [level, setLevel] = useState(0)
  const [comment, setComment] = useDraft(`${draftKey}comment`, '')
  const unhappy = isDissatisfied(level)
  return (
    <View className='card rate-panel'>
      <View className='card__title'>评价本次处理</View>
      <View className='rate-panel__stars'>
        <Rate className='rate-input' value={level} count={5} onChange={setLevel} />
        <Text className={`rate-panel__label ${level ? '' : 'muted'}`}>
          {level ? SATISFACTION[level as 1 | 2 | 3 | 4 | 5] : '请点击星星评分'}
        </Text>
      </View>
      <TextBox
        className='rate-comment'
        name='评价内容'
        value={comment}
        onChange={setComment}
        max={LIMITS.text}
        rows={3}
        placeholder={
          unhappy
            ? reopenCount >= 1
              ? '请告诉我们哪里仍不满意，管理处经理将据此答复您'
              : '请告诉我们哪里不满意，我们将重新处理'
            : '说说您对处理结果的看法（选填）'
        }
      />
      {unhappy && <View className='hint rate-panel__hint'>{dissatisfiedHint(reopenCount)}</View>}
      <Button
        className='action-button action-rate submit-rating'
        type='primary'
        block
        loading={busy}
        disabled={busy || !level}
        onClick={() => onSubmit(level, comment.trim())}
      >
        {/* The level in the button itself: a mis-tapped star is seen before it reopens the complaint. */}
        {level ? `提交评价：${SATISFACTION[level as 1 | 2 | 3 | 4 | 5]}` : '提交评价'}
      </Button>
    </View>
  )
}
