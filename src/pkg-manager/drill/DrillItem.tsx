import { View, Text } from '@tarojs/components'
import ComplaintCard from '@/components/ComplaintCard'
import type { DrillRow } from '@/services/report'
import { SATISFACTION } from '@shared/vocabulary'
import { isCompanyOnly, useSession } from '@/store/session'

/** One complaint behind the figure: its card, and the room, masked phone, rating and reopenings the figure is about. */
export default function DrillItem({ c }: { c: DrillRow }) {
  // The quality department reads an estate's figures and rows, not its complaints (issue 16).
  const readOnly = isCompanyOnly(useSession().me?.user)
  return (
    <View className='drill-row'>
      <ComplaintCard item={c} staffView readOnly={readOnly} />
      <View className='drill-row__facts'>
        {c.room && <Text>{c.room}</Text>}
        {c.phone && <Text className='drill-phone'>{c.phone}</Text>}
        {c.ratingLevel ? <Text>评价：{SATISFACTION[c.ratingLevel as 1 | 2 | 3 | 4 | 5]}</Text> : null}
        {c.reopenCount > 0 && <Text className='tone-red drill-reopen'>重新处理 {c.reopenCount} 次</Text>}
      </View>
    </View>
  )
}
