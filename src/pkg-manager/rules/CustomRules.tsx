import { useState } from 'react'
import { View, Text } from '@tarojs/components'
import { Button, Input } from '@nutui/nutui-react-taro'
import Field from '@/components/form/Field'
import { ChipSelect } from '@/components/form/ChipSelect'
import { toast } from '@/utils/ui'
import { termsOf, type CustomRule, type RuleSettings } from './useRules'

/** What a resident is told, in two words, per hint (domain/triage/hints.ts has the whole text). */
const HINT_LABELS: Record<string, string> = {
  elevator_rescue: '电梯救援',
  gas: '燃气泄漏',
  power_off: '漏电断电',
  fire: '火情',
  water_valve: '关水阀',
  clear_exit: '通道堵塞',
  medical: '急救',
  keep_away: '远离危险',
  police: '报警',
  call_help: '求助',
}

/** The office's own rules: listed with a way to remove each, and a form to add one. */
export default function CustomRules({
  rules,
  onAdd,
  onRemove,
}: {
  rules: RuleSettings
  onAdd: (r: CustomRule) => void
  onRemove: (id: string) => void
}) {
  const [name, setName] = useState('')
  const [terms, setTerms] = useState('')
  const [hint, setHint] = useState('call_help')
  const add = () => {
    if (!name.trim() || !termsOf(terms).length) return toast('请填写规则名称和触发词')
    onAdd({
      id: `custom_${Date.now().toString(36)}`,
      name: name.trim(),
      terms: termsOf(terms),
      exclude: [],
      unless: [],
      hint: hint as CustomRule['hint'],
      enabled: true,
    })
    setName('')
    setTerms('')
  }
  return (
    <View className='card rules-custom'>
      <View className='card__title'>管理处新增规则</View>
      {rules.custom.map((r) => (
        <View key={r.id} className='row row--between rule-custom'>
          <Text>
            {r.name}：{r.terms.join('、')}（{HINT_LABELS[r.hint] ?? r.hint}）
          </Text>
          <Text className='link' onClick={() => onRemove(r.id)}>
            删除
          </Text>
        </View>
      ))}
      <Field label='规则名称'>
        <Input className='custom-name' value={name} onChange={setName} placeholder='如：电动车起火' maxLength={20} />
      </Field>
      <Field label='触发词' hint='用顿号分隔，如：电瓶车*冒烟、充电*起火'>
        <Input className='custom-terms' value={terms} onChange={setTerms} />
      </Field>
      <Field label='告诉投诉人'>
        <ChipSelect
          className='custom-hint'
          options={Object.entries(HINT_LABELS).map(([value, label]) => ({ value, label }))}
          value={hint}
          onChange={setHint}
        />
      </Field>
      <Button className='custom-add' size='small' type='primary' fill='outline' onClick={add}>
        添加规则
      </Button>
    </View>
  )
}
