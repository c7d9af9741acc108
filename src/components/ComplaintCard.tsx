import { View, Text } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { ComplaintSummary } from '@domain/view'
import StatusTag from './StatusTag'
import DueBadge from './DueBadge'
import { formatDate, formatTime } from '@/utils/time'
import './ComplaintCard.scss'

interface Props {
  item: ComplaintSummary
  /** Staff lists show department, handler and complainant; residents' lists don't need them. */
  staffView?: boolean
  /** Issue 16: a card the reader may not open (the quality department reads figures, not complaints). */
  readOnly?: boolean
}

/**
 * What needs attention first: an emergency, an escalation (H4, F3), an extension waiting for
 * approval, the complainant's new additions (C1) and unread messages (C4).
 */
function Flags({ item }: { item: ComplaintSummary }) {
  return (
    <>
      {item.emergency && <Text className='flag tone-red'>紧急</Text>}
      {item.alertState === 'open' && <Text className='flag flag--solid tone-red'>待接警</Text>}
      {item.escalationLevel > 0 && <Text className='flag tone-orange'>{item.escalationLevel > 1 ? '已升级经理' : '已升级主管'}</Text>}
      {item.pendingApproval && item.status !== 'plan_pending' && <Text className='flag tone-purple'>延期待审批</Text>}
      {!!item.newInfo && <Text className='flag tone-red flag-new-info'>新补充 {item.newInfo}</Text>}
      {item.unreadMessages && <Text className='flag tone-blue flag-unread'>新留言</Text>}
    </>
  )
}

/** One complaint in a list; tapping opens its detail (unless `readOnly`). */
export default function ComplaintCard({ item, staffView, readOnly }: Props) {
  const open = () => Taro.navigateTo({ url: `/pages/detail/index?id=${item.id}` })
  const people = [
    item.departmentName,
    item.assigneeName && `承办人 ${item.assigneeName}`,
    item.complainantName && `投诉人 ${item.complainantName}`,
  ]
    .filter(Boolean)
    .join(' · ')
  return (
    <View
      className={`complaint-card ${item.due?.overdue ? 'is-overdue' : ''} ${item.alertState === 'open' ? 'is-alert' : ''}`}
      onClick={readOnly ? undefined : open}
    >
      <View className='complaint-card__head'>
        <View className='complaint-card__title'>
          <Flags item={item} />
          <Text className='complaint-card__category'>{item.categoryLabel}</Text>
        </View>
        <StatusTag status={item.status} label={item.statusLabel} closure={item.closure} closureLabel={item.closureLabel} />
      </View>
      <View className='complaint-card__preview'>{item.preview}</View>
      <View className='complaint-card__meta'>
        <Text className='complaint-card__location'>{item.location}</Text>
        {/* The accused's row carries the day only (H2-S). */}
        <Text>{item.disclosure === 'accused' ? formatDate(item.createdAt) : formatTime(item.createdAt)}</Text>
      </View>
      {staffView && people && <View className='complaint-card__people'>{people}</View>}
      {item.due && (
        <View className='complaint-card__due'>
          <DueBadge due={item.due} />
        </View>
      )}
      <View className='complaint-card__no'>{item.no}</View>
    </View>
  )
}
