import { useState, type ReactNode } from 'react'
import { View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import PageShell from './PageShell'
import StateView from './StateView'
import ComplaintCard from './ComplaintCard'
import ListFooter from './ListFooter'
import FilterTabs from './FilterTabs'
import { usePagedList } from '@/hooks/usePagedList'
import type { ComplaintSummary, ListScope } from '@/services/types'

export interface ScopeTab {
  value: string
  title: string
  match: (c: ComplaintSummary) => boolean
}

interface Props {
  scope: ListScope
  tabs: ScopeTab[]
  emptyText: string
  className?: string
  /** Shown above the tabs (e.g. the task-push quota). */
  header?: ReactNode
}

/**
 * A staff work list: one server scope (sorted by the deadline that applies now), tabs that filter
 * it with their counts, pull-to-refresh, and load-more. `?tab=` opens on one of the tabs.
 */
export default function ScopeList({ scope, tabs, emptyText, className, header }: Props) {
  const { params } = useRouter()
  const [tab, setTab] = useState(tabs.some((t) => t.value === params.tab) ? String(params.tab) : tabs[0].value)
  const list = usePagedList({ scope }, 50)
  const active = tabs.find((t) => t.value === tab) ?? tabs[0]
  const shown = list.items.filter(active.match)
  const titled = tabs.map((t) => {
    const n = list.items.filter(t.match).length
    return { value: t.value, title: n ? `${t.title} ${n}` : t.title }
  })
  return (
    <PageShell className={className}>
      {header}
      <FilterTabs tabs={titled} value={tab} onChange={setTab} />
      <StateView loading={list.loading} error={list.error} onRetry={() => list.refresh()} empty={!shown.length} emptyText={emptyText} />
      {!list.loading && !list.error && (
        <View className='complaint-list'>
          {shown.map((c) => (
            <ComplaintCard key={c.id} item={c} staffView />
          ))}
          <ListFooter loadingMore={list.loadingMore} hasMore={list.hasMore} count={shown.length} />
        </View>
      )}
    </PageShell>
  )
}
