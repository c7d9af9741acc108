import { View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import type { HouseholdRow } from '@/services/households'

/** The roster's households, each with edit and delete (manager). */
export default function HouseholdList(p: {
  items: HouseholdRow[]
  total: number
  onEdit: (h: HouseholdRow) => void
  onDelete: (h: HouseholdRow) => void
}) {
  return (
    <View className='households-list'>
      <View className='muted households-list__total'>共 {p.total} 户</View>
      {p.items.map((h) => (
        <View key={h.roomKey} className='card household'>
          <View className='household__room'>{h.roomKey}</View>
          <View className='household__owner'>
            {h.ownerName} · {h.ownerPhone}
            {h.area !== null ? ` · ${h.area}㎡` : ''}
          </View>
          <View className='household__actions'>
            <Button size='small' fill='outline' onClick={() => p.onEdit(h)}>
              修改
            </Button>
            <Button size='small' fill='outline' type='danger' onClick={() => p.onDelete(h)}>
              删除
            </Button>
          </View>
        </View>
      ))}
    </View>
  )
}
