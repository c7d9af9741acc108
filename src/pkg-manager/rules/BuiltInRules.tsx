import { View, Text } from '@tarojs/components'
import { Input, Switch } from '@nutui/nutui-react-taro'
import type { RuleSettings } from './useRules'

interface Props {
  builtIn: { id: string; name: string; terms: string[] }[]
  rules: RuleSettings
  onToggle: (id: string, on: boolean) => void
  onTerms: (id: string, text: string) => void
}

/** A term as people read it: the first of each choice, a gap as …  ("(电梯|轿厢)*困" → "电梯…困"). */
export const readable = (term: string) => term.replace(/\(([^|)]*)[^)]*\)/g, '$1').replace(/\*/g, '…')

/** A few of a rule's terms, readable, without repeats. */
const examples = (terms: string[]) => [...new Set(terms.map(readable))].slice(0, 6)

/** The built-in rules: each on or off, with the office's extra terms (e.g. a local word for a lift). */
export default function BuiltInRules({ builtIn, rules, onToggle, onTerms }: Props) {
  return (
    <View className='card rules-builtin'>
      <View className='card__title'>内置规则</View>
      {builtIn.map((b) => (
        <View key={b.id} className={`rule-row rule-${b.id}`}>
          <View className='row row--between'>
            <Text className='rule-row__name'>{b.name}</Text>
            <Switch
              className='rule-switch'
              ariaLabel={`启用规则：${b.name}`}
              checked={!rules.disabled.includes(b.id)}
              onChange={(on) => onToggle(b.id, on)}
            />
          </View>
          <View className='hint rule-row__terms'>
            例如：{examples(b.terms).join('、')}
            {b.terms.length > 6 ? ` 等 ${b.terms.length} 种说法` : ''}
          </View>
          <Text className='rule-row__label'>追加触发词</Text>
          <Input
            className='rule-added'
            value={(rules.addedTerms[b.id] ?? []).join('、')}
            onChange={(v) => onTerms(b.id, v)}
            placeholder='追加触发词（用顿号分隔）'
          />
        </View>
      ))}
      <View className='hint'>触发词中 * 表示同一句中间隔最多 10 个字，(a|b) 表示任选其一；否定、过去已解决和假设的说法不会触发。</View>
    </View>
  )
}
