import { useMemo, useState } from 'react'
import { View, Text } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { Button } from '@nutui/nutui-react-taro'
import PageShell from '@/components/PageShell'
import StateView from '@/components/StateView'
import FilterTabs from '@/components/FilterTabs'
import ListFooter from '@/components/ListFooter'
import { useExport } from '@/hooks/useExport'
import { usePaged } from '@/hooks/usePagedList'
import { drillDown, exportComplaints, type DrillRow } from '@/services/report'
import type { DrillTab } from '../components/drill'
import DrillItem from './DrillItem'
import './index.scss'

const PAGE = 20

function parseTabs(raw: string | undefined): DrillTab[] {
  try {
    const tabs = JSON.parse(decodeURIComponent(raw ?? '')) as DrillTab[]
    return Array.isArray(tabs) && tabs.length ? tabs : []
  } catch {
    return []
  }
}

/**
 * The complaints behind a figure (S1 drill-down, report.complaints): paged, newest first, phones
 * masked by the server (G3-P5); each opens its detail. A rate offers its two sides as tabs. The
 * list can be exported as .xlsx (export.complaints) with the same filter.
 */
export default function Drill() {
  const { params } = useRouter()
  const tabs = useMemo(() => parseTabs(params.tabs), [params.tabs])
  const [tab, setTab] = useState(0)
  const filter = tabs[tab]?.filter
  // Shown in the page rather than the navigation bar, which cuts titles after a few characters.
  const title = decodeURIComponent(params.title ?? '')
  const exporter = useExport()
  const list = usePaged<DrillRow>((page, size) => drillDown(filter!, page, size), filter ? JSON.stringify(filter) : null, PAGE)
  const { items, total, loading, loadingMore: more, error } = list

  if (!filter) {
    return (
      <PageShell>
        <StateView error='缺少筛选条件，请从统计页面进入' />
      </PageShell>
    )
  }
  return (
    <PageShell withBar className='drill-page'>
      {tabs.length > 1 && (
        <FilterTabs
          tabs={tabs.map((t, i) => ({ value: String(i), title: t.title }))}
          value={String(tab)}
          onChange={(v) => setTab(Number(v))}
        />
      )}
      <View className='drill-head'>
        <Text className='drill-title'>{title}</Text>
        {!loading && !error && (
          <Text className='drill-total muted'>
            共 {total} 件{filter.previous ? '（上期）' : ''}
          </Text>
        )}
      </View>
      <StateView loading={loading} error={error} onRetry={() => list.refresh()} empty={!items.length} emptyText='没有符合条件的投诉' />
      {!loading && !error && (
        <View className='complaint-list drill-list'>
          {items.map((c) => (
            <DrillItem key={c.id} c={c} />
          ))}
          <ListFooter loadingMore={more} hasMore={items.length < total} count={items.length} />
        </View>
      )}
      <View className='bottom-bar'>
        <Button
          className='drill-export'
          type='primary'
          loading={exporter.busy}
          disabled={exporter.busy || !total}
          onClick={() => exporter.run(() => exportComplaints(filter))}
        >
          导出 Excel（{total} 件）
        </Button>
      </View>
    </PageShell>
  )
}
