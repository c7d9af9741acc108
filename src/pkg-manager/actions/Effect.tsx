import { View, Text } from '@tarojs/components'
import type { ActionView } from '@/services/report'

/**
 * S3's effect: the weak point's figure month by month, from the month before the action (the
 * baseline) to now. Small CSS columns: a list of actions would otherwise draw one canvas each.
 */
export default function Effect({ a }: { a: ActionView }) {
  const max = Math.max(1, ...a.effect.map((m) => m.value))
  const what = a.weakPoint.kind === 'location_category' ? '该处同类投诉（件）' : '超时 + 不满意投诉（件）'
  return (
    <View className='effect'>
      <View className='effect__title muted'>{what}</View>
      <View className='effect__bars'>
        {a.effect.map((m) => (
          <View key={m.key} className={`effect__col ${m.baseline ? 'is-baseline' : ''}`}>
            <Text className='effect__value'>{m.value}</Text>
            <View className='effect__track'>
              <View className='effect__bar' style={{ height: `${Math.round((m.value / max) * 100)}%` }} />
            </View>
            <Text className='effect__label'>{m.baseline ? '基线' : m.key.slice(5).replace(/^0/, '') + '月'}</Text>
          </View>
        ))}
      </View>
    </View>
  )
}
