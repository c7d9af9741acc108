import { View, Text } from '@tarojs/components'
import type { Change } from '../format'
import './Figure.scss'

interface Props {
  /** Stable name: the element carries `.dashboard-figure-<name>`. */
  name: string
  label: string
  value: string
  unit?: string
  /** A second line under the value, e.g. "241 / 250". */
  sub?: string
  change?: Change
  onTap?: () => void
  /** The headline figure of a card is drawn larger. */
  big?: boolean
}

/** One figure of the report with its change against the previous period; tapping opens the complaints behind it. */
export default function Figure({ name, label, value, unit, sub, change, onTap, big }: Props) {
  return (
    <View className={`figure dashboard-figure-${name} ${big ? 'figure--big' : ''} ${onTap ? 'is-tappable' : ''}`} onClick={onTap}>
      <View className='figure__label'>{label}</View>
      <View className='figure__value'>
        <Text>{value}</Text>
        {unit && value !== '—' && <Text className='figure__unit'>{unit}</Text>}
      </View>
      {sub && <View className='figure__sub'>{sub}</View>}
      {change && <View className={`figure__change is-${change.tone}`}>{change.text}</View>}
    </View>
  )
}
