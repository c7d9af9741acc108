import { View, Text } from '@tarojs/components'
import type { MessageView } from '@/services/conversation'
import PhotoGrid from '@/components/PhotoGrid'
import { formatTime } from '@/utils/time'

/** One message: the viewer's own on the right with whether it was read, the other side's on the left. */
export default function Bubble({ m }: { m: MessageView }) {
  return (
    <View className={`bubble-row ${m.mine ? 'bubble-row--mine' : ''} bubble-${m.side}`}>
      <View className='bubble__meta'>
        <Text className='bubble__author'>{m.author}</Text>
        <Text className='muted'>{formatTime(m.at)}</Text>
      </View>
      <View className='bubble'>
        {m.text && <View className='bubble__text text-pre'>{m.text}</View>}
        <PhotoGrid files={m.photos} />
      </View>
      {m.mine && <Text className={`bubble__read ${m.read ? 'is-read' : ''}`}>{m.read ? '已读' : '未读'}</Text>}
    </View>
  )
}
