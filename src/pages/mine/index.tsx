import { useState } from 'react'
import { View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import PageShell from '@/components/PageShell'
import StateView from '@/components/StateView'
import ComplaintCard from '@/components/ComplaintCard'
import ListFooter from '@/components/ListFooter'
import FilterTabs from '@/components/FilterTabs'
import { usePagedList } from '@/hooks/usePagedList'
import { OPEN_STATUSES, RATING_STATUSES } from '@/utils/status'
import type { ComplaintSummary } from '@/services/types'

const TABS = [
  { value: 'all', title: '全部' },
  { value: 'open', title: '处理中' },
  { value: 'rate', title: '待评价' },
  { value: 'done', title: '已结束' },
]

const MATCH: Record<string, (c: ComplaintSummary) => boolean> = {
  all: () => true,
  open: (c) => OPEN_STATUSES.includes(c.status),
  rate: (c) => RATING_STATUSES.includes(c.status),
  done: (c) => c.status === 'closed' || c.status === 'refused',
}

/** The resident's complaints, newest first, filtered by where they stand. */
export default function Mine() {
  const router = useRouter()
  const [tab, setTab] = useState(MATCH[router.params.tab ?? ''] ? String(router.params.tab) : 'all')
  const list = usePagedList({ scope: 'mine' }, 50)
  const shown = list.items.filter(MATCH[tab])
  const count = (t: string) => list.items.filter(MATCH[t]).length
  const tabs = TABS.map((t) => ({ ...t, title: t.value === 'all' || !count(t.value) ? t.title : `${t.title} ${count(t.value)}` }))

  return (
    <PageShell className='mine-page'>
      <FilterTabs tabs={tabs} value={tab} onChange={setTab} />
      <StateView
        loading={list.loading}
        error={list.error}
        onRetry={() => list.refresh()}
        empty={!shown.length}
        emptyText={tab === 'all' ? '您还没有提交过投诉' : '这里暂时没有投诉'}
        emptyAction={tab === 'all' ? { text: '我要投诉', onClick: () => Taro.navigateTo({ url: '/pages/submit/index' }) } : undefined}
      />
      {!list.loading && !list.error && (
        <View className='complaint-list'>
          {shown.map((c) => (
            <ComplaintCard key={c.id} item={c} />
          ))}
          <ListFooter loadingMore={list.loadingMore} hasMore={list.hasMore} count={shown.length} />
        </View>
      )}
    </PageShell>
  )
}
