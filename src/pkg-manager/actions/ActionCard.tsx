import { View, Text } from '@tarojs/components'
import type { ActionView } from '@/services/report'
import { formatDay, formatTime } from '@/utils/time'
import Effect from './Effect'

const STATUS_TONE: Record<string, string> = { open: 'grey', in_progress: 'blue', done: 'green' }
/** An action's statuses as the manager reads them (the filter tabs, the notes' status changes). */
export const STATUS_LABEL: Record<string, string> = { open: '未开始', in_progress: '进行中', done: '已完成' }

/** One action: kind and status, what and against which weak point, owner and deadline, its effect and its follow-up notes. */
export default function ActionCard({ a, onFollow }: { a: ActionView; onFollow: () => void }) {
  return (
    <View className={`card action-card action-${a.id} ${a.overdue ? 'is-overdue' : ''}`}>
      <View className='row row--between'>
        <View className='action-card__tags'>
          <Text className={`flag tone-${a.kind === 'corrective' ? 'orange' : 'purple'}`}>{a.kindLabel}</Text>
          {a.overdue && <Text className='flag tone-red'>已逾期</Text>}
        </View>
        <Text className={`flag tone-${STATUS_TONE[a.status]} action-status`}>{a.statusLabel}</Text>
      </View>
      <View className='action-card__title'>{a.title}</View>
      <View className='action-card__weak muted'>针对：{a.weakPoint.label}</View>
      <View className='action-card__facts'>
        <Text>责任人 {a.owner}</Text>
        <Text>期限 {formatDay(a.deadline)}</Text>
        <Text>{a.departmentName}</Text>
      </View>
      <Effect a={a} />
      {a.notes.length > 0 && (
        <View className='action-notes'>
          {[...a.notes].reverse().map((n) => (
            <View key={n.at} className='action-note'>
              <View className='action-note__head muted'>
                {formatTime(n.at)} · {n.by.name}
                {n.status !== n.previousStatus && ` · ${STATUS_LABEL[n.previousStatus]} → ${STATUS_LABEL[n.status]}`}
              </View>
              <View className='action-note__text'>{n.text}</View>
            </View>
          ))}
        </View>
      )}
      <View className='action-card__foot'>
        <Text className='muted'>登记于 {formatTime(a.createdAt)}</Text>
        <View className='action-follow' onClick={onFollow}>
          跟进
        </View>
      </View>
    </View>
  )
}
