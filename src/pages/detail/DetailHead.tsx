import { View, Text } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { ComplaintView } from '@domain/view'
import StatusTag from '@/components/StatusTag'
import DueBadge from '@/components/DueBadge'
import { STATUS_HINT } from '@/utils/status'

/** The flags beside the category: tier, escalation (H4-ESC, F3) and reopenings. */
function Flags({ c }: { c: ComplaintView }) {
  return (
    <View className='detail-head__flags'>
      {/* The tier is graded on acceptance (H4): none to show on a refused or waiting complaint. */}
      {!c.emergency && !!c.acceptedAt && <Text className='flag tone-grey'>{c.tierLabel}</Text>}
      {c.escalationLevel > 0 && <Text className='flag tone-orange'>{c.escalationLevel > 1 ? '已升级至经理' : '已升级至主管'}</Text>}
      {c.reopenCount > 0 && <Text className='flag tone-red'>重新处理 {c.reopenCount} 次</Text>}
    </View>
  )
}

/**
 * The head of a complaint's page: its number and status, category and flags, what happens next
 * (residents), the deadline, and for staff the printable registration form.
 */
export default function DetailHead({ c, staff }: { c: ComplaintView; staff: boolean }) {
  return (
    <View className='card detail-head'>
      <View className='row row--between'>
        <Text className='detail-head__no'>{c.no}</Text>
        <StatusTag status={c.status} label={c.statusLabel} closure={c.closure} closureLabel={c.closureLabel} />
      </View>
      <View className='detail-head__title'>
        {c.emergency && <Text className='flag tone-red'>紧急</Text>}
        <Text>{c.categoryLabel}</Text>
      </View>
      <Flags c={c} />
      {!staff && <View className='detail-head__hint'>{STATUS_HINT[c.status]}</View>}
      {c.due && (
        <View className='detail-head__due'>
          <DueBadge due={c.due} />
        </View>
      )}
      {staff && (
        <View className='detail-form-link' onClick={() => Taro.navigateTo({ url: `/pkg-staff/form/index?id=${c.id}` })}>
          投诉登记表（打印 / 导出）›
        </View>
      )}
    </View>
  )
}
