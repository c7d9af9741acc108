import { View } from '@tarojs/components'
import { Input, TextArea } from '@nutui/nutui-react-taro'
import Field from '@/components/form/Field'
import DayField from '@/components/form/DayField'
import { ChipSelect } from '@/components/form/ChipSelect'

/** A corrective or preventive action as the manager writes it. */
export interface ActionDraft {
  kind: 'corrective' | 'preventive'
  title: string
  owner: string
  deadline: string
}

const KINDS = [
  { value: 'corrective', label: '纠正措施', note: '消除已发生问题的原因' },
  { value: 'preventive', label: '预防措施', note: '防止同类问题再次发生' },
]

/** S3: the action's kind, what will be done, who is responsible and by when (the server checks each). */
export default function ActionFields({ value, onChange }: { value: ActionDraft; onChange: (v: ActionDraft) => void }) {
  const set =
    <K extends keyof ActionDraft>(k: K) =>
    (v: ActionDraft[K]) =>
      onChange({ ...value, [k]: v })
  return (
    <View className='form-card'>
      <Field label='措施类型' required>
        <ChipSelect options={KINDS} value={value.kind} onChange={(v) => set('kind')(v as ActionDraft['kind'])} className='improve-kind' />
      </Field>
      <Field label='措施内容' required>
        <TextArea
          className='improve-title'
          value={value.title}
          onChange={set('title')}
          maxLength={200}
          showCount
          autoSize
          rows={3}
          placeholder='例如：3栋电梯厅增加每日两次保洁巡查，主管每周抽查'
        />
      </Field>
      <Field label='责任人' required>
        <Input className='improve-owner' value={value.owner} onChange={set('owner')} maxLength={40} placeholder='负责落实的人员姓名' />
      </Field>
      <DayField label='完成期限' value={value.deadline} onChange={set('deadline')} className='improve-deadline' />
    </View>
  )
}
