import { useState } from 'react'
import { View, Text } from '@tarojs/components'
import { Rate } from '@nutui/nutui-react-taro'
import { SATISFACTION } from '@shared/vocabulary'
import Field from '@/components/form/Field'
import { useDraft } from '@/hooks/useDraft'
import { ChipSelect } from '@/components/form/ChipSelect'
import { LIMITS } from '@shared/limits'
import { SubmitBar, TextField, type FormProps } from './common'
import { isDissatisfied } from '@shared/thresholds'

const CHANNELS = [
  { value: 'phone', label: '电话回访' },
  { value: 'in_person', label: '上门回访' },
]

/** Where a dissatisfied answer sends the complaint: back to the department first, the manager after a reopening (F3). */
const unhappyHint = (reopenCount: number) =>
  reopenCount >= 1
    ? '此投诉已重新处理过，不满意将转交管理处经理处理，并告知投诉人其他反映途径。'
    : '不满意的投诉将重新进入处理流程，并由部门主管督办。'

/** F2: a return visit made by phone or in person, recorded on the complainant's behalf. */
export function ReturnVisitForm({ c, busy, submit, label, draftKey }: FormProps) {
  const [channel, setChannel] = useState('phone')
  const [level, setLevel] = useState(0)
  const [comment, setComment] = useDraft(`${draftKey}comment`, '')
  return (
    <View>
      <View className='form-card'>
        <Field label='回访方式' required>
          <ChipSelect className='channel-select' options={CHANNELS} value={channel} onChange={setChannel} />
        </Field>
        <Field label='投诉人满意度' required hint={isDissatisfied(level) ? unhappyHint(c.reopenCount) : undefined}>
          <View className='row'>
            <Rate className='rate-input' value={level} count={5} onChange={setLevel} />
            <Text className='rate-panel__label'>{level ? SATISFACTION[level as 1 | 2 | 3 | 4 | 5] : ''}</Text>
          </View>
        </Field>
        <TextField label='回访记录' value={comment} onChange={setComment} max={LIMITS.text} placeholder='投诉人的意见和建议' />
      </View>
      <SubmitBar
        busy={busy}
        label={label}
        onClick={() => submit(!level ? '请选择投诉人的满意度' : null, () => ({ channel, level, comment: comment.trim() }))}
      />
    </View>
  )
}
