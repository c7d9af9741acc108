import { View, Text } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { ComplaintView } from '@domain/view'
import StatusTag from '@/components/StatusTag'
import DueBadge from '@/components/DueBadge'

/** The complaint being acted on, at the top of every action form; tapping goes back to it. */
export default function ActionSubject({ c }: { c: ComplaintView }) {
  return (
    <View className='card action-subject' onClick={() => Taro.navigateBack()}>
      <View className='row row--between'>
        <Text className='action-subject__no'>{c.no}</Text>
        <StatusTag status={c.status} label={c.statusLabel} closure={c.closure} closureLabel={c.closureLabel} />
      </View>
      <View className='action-subject__title'>
        {c.emergency && <Text className='flag tone-red'>紧急</Text>}
        {c.categoryLabel} · {c.location}
      </View>
      <View className='action-subject__preview'>{c.preview}</View>
      {c.due && <DueBadge due={c.due} />}
    </View>
  )
}
