import { View } from '@tarojs/components'
import type { ComplaintView } from '@domain/view'
import InfoRow from '@/components/InfoRow'
import { formatTime } from '@/utils/time'

/**
 * W1–W4: a 12345 work order — its number and the hotline's deadline; for staff also the reply
 * returned to the hotline (on time or late) and the satisfaction result the hotline sent back.
 */
export default function HotlineSection({ c }: { c: ComplaintView }) {
  const h = c.hotline
  if (!h) return null
  return (
    <View className='card section-hotline'>
      <View className='card__title'>12345热线工单</View>
      <View className='detail-rows'>
        <InfoRow label='热线工单号' value={h.orderNo} />
        <InfoRow label='热线办理时限' value={formatTime(h.dueAt)} />
        <InfoRow
          label='回复热线'
          value={h.reply && `${formatTime(h.reply.at)} · ${h.reply.by}${h.reply.onTime ? '（按时）' : '（超时）'}`}
          className='hotline-reply-row'
        />
        <InfoRow label='回复内容' value={h.reply?.text} />
        <InfoRow
          label='热线满意度'
          value={h.satisfaction && `${h.satisfaction.resultLabel}${h.satisfaction.note ? `：${h.satisfaction.note}` : ''}`}
          className='hotline-satisfaction-row'
        />
      </View>
    </View>
  )
}
