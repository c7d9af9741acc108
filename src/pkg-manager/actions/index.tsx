import { useState } from 'react'
import { View, Text } from '@tarojs/components'
import Taro, { usePullDownRefresh } from '@tarojs/taro'
import PageShell from '@/components/PageShell'
import StateView from '@/components/StateView'
import FilterTabs from '@/components/FilterTabs'
import { useLoad } from '@/hooks/useLoad'
import { listActions, type ActionStatus, type ActionView } from '@/services/report'
import { formatDay, formatTime } from '@/utils/time'
import Effect from './Effect'
import FollowUp from './FollowUp'
import '@/components/tags.scss'
import './index.scss'

const TABS = [
  { value: '', title: '全部' },
  { value: 'open', title: '未开始' },
  { value: 'in_progress', title: '进行中' },
  { value: 'done', title: '已完成' },
]
const STATUS_TONE: Record<string, string> = { open: 'grey', in_progress: 'blue', done: 'green' }
const STATUS_LABEL: Record<string, string> = Object.fromEntries(TABS.filter((t) => t.value).map((t) => [t.value, t.title]))

function ActionCard({ a, onFollow }: { a: ActionView; onFollow: () => void }) {
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

/**
 * Corrective and preventive actions (S3, action.list): each with its weak point, owner, deadline,
 * the follow-up notes and the weak point's figure in the months since it was created.
 */
export default function Actions() {
  const [tab, setTab] = useState('')
  const [following, setFollowing] = useState<ActionView | null>(null)
  const { data, setData, error, loading, reload } = useLoad(() => listActions((tab || undefined) as ActionStatus | undefined), [tab], {
    refreshOnShow: true,
  })
  usePullDownRefresh(async () => {
    await reload(true)
    Taro.stopPullDownRefresh()
  })
  const items = data?.items ?? []
  const saved = (a: ActionView) => {
    const keep = !tab || a.status === tab
    setData({ items: items.flatMap((x) => (x.id === a.id ? (keep ? [a] : []) : [x])) })
  }
  return (
    <PageShell className='actions-page'>
      <FilterTabs tabs={TABS} value={tab} onChange={setTab} />
      <StateView
        loading={loading}
        error={error}
        onRetry={() => reload()}
        empty={!items.length}
        emptyText={tab ? '没有此状态的措施' : '还没有改进措施：可在“薄弱环节”中针对问题制定'}
        emptyAction={tab ? undefined : { text: '查看薄弱环节', onClick: () => Taro.navigateTo({ url: '/pkg-manager/weakpoints/index' }) }}
      />
      {!loading && !error && items.map((a) => <ActionCard key={a.id} a={a} onFollow={() => setFollowing(a)} />)}
      <FollowUp action={following} onClose={() => setFollowing(null)} onSaved={saved} />
    </PageShell>
  )
}
