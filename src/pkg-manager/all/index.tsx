import { useEffect, useState } from 'react'
import { View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import PageShell from '@/components/PageShell'
import StateView from '@/components/StateView'
import ComplaintCard from '@/components/ComplaintCard'
import ListFooter from '@/components/ListFooter'
import { usePagedList } from '@/hooks/usePagedList'
import Filters, { CATEGORY_OPTIONS, STATUS_OPTIONS } from './Filters'
import './index.scss'

/**
 * The office manager's overview (customer service may read it too): every complaint, newest
 * first, filtered by status and category and searched on the server (number, place, content, and
 * for customer service and the manager the complainant's name or room).
 * `?scope=escalated` shows the complaints escalated to the manager.
 */
export default function All() {
  const { params } = useRouter()
  const escalated = params.scope === 'escalated'
  const [status, setStatus] = useState(0)
  const [category, setCategory] = useState(0)
  const [input, setInput] = useState('')
  const [q, setQ] = useState('')
  const search = q || undefined
  const filter = { status: STATUS_OPTIONS[status].value || undefined, category: CATEGORY_OPTIONS[category].value || undefined }
  // The server's search also matches what a row does not show (a complainant's full name, the room): no second filter here.
  const list = usePagedList(escalated ? { scope: 'escalated', q: search } : { scope: 'all', ...filter, q: search }, 20)
  const ready = !list.loading && !list.error

  useEffect(() => {
    if (escalated) Taro.setNavigationBarTitle({ title: '升级投诉' })
  }, [escalated])

  return (
    <PageShell className='all-page'>
      <View className='all-filters'>
        <Filters
          input={input}
          onInput={setInput}
          onSearch={setQ}
          status={escalated ? undefined : status}
          category={escalated ? undefined : category}
          onStatus={setStatus}
          onCategory={setCategory}
        />
        {ready && <View className='all-total muted'>共 {list.total} 件</View>}
      </View>
      <StateView
        loading={list.loading}
        error={list.error}
        onRetry={() => list.refresh()}
        empty={!list.items.length}
        emptyText={q ? '没有找到相关投诉' : '暂无投诉'}
      />
      {ready && (
        <View className='complaint-list'>
          {list.items.map((c) => (
            <ComplaintCard key={c.id} item={c} staffView />
          ))}
          <ListFooter loadingMore={list.loadingMore} hasMore={list.hasMore} count={list.items.length} />
        </View>
      )}
    </PageShell>
  )
}
