import { View, Text } from '@tarojs/components'
import type { EventView } from '@domain/view'
import { formatTime } from '@/utils/time'
import './Timeline.scss'

/** The complaint's history (V2), newest first: what happened, who did it, when, and why. */
export default function Timeline({ events }: { events: EventView[] }) {
  const items = [...events].reverse()
  if (!items.length) return <View className='muted'>暂无处理记录</View>
  return (
    <View className='timeline'>
      {items.map((e, i) => (
        <View key={e.id} className={`timeline__item ${i === 0 ? 'is-latest' : ''}`}>
          <View className='timeline__dot' />
          <View className='timeline__body'>
            <View className='timeline__head'>
              <Text className='timeline__action'>{e.actionLabel}</Text>
              {/* "不予受理 → 不予受理" says nothing twice: the new state only when it reads differently. */}
              {e.from !== e.to && e.toLabel !== e.actionLabel && <Text className='timeline__to'>{e.toLabel}</Text>}
            </View>
            <View className='timeline__meta'>
              {e.actorName}
              {e.actorRoleLabel && e.actorRoleLabel !== e.actorName ? `（${e.actorRoleLabel}）` : ''} · {formatTime(e.at)}
            </View>
            {e.reason && <View className='timeline__reason text-pre'>{e.reason}</View>}
          </View>
        </View>
      ))}
    </View>
  )
}
