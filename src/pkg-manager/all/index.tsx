import { useEffect, useState } from 'react'
import { View, Text, Picker } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { SearchBar } from '@nutui/nutui-react-taro'
import { CATEGORIES, STATUSES } from '@shared/vocabulary'
import PageShell from '@/components/PageShell'
import StateView from '@/components/StateView'
import ComplaintCard from '@/components/ComplaintCard'
import ListFooter from '@/components/ListFooter'
import { usePagedList } from '@/hooks/usePagedList'
import './index.scss'

const ALL = { value: '', label: '全部' }
const STATUS_OPTIONS = [ALL, ...Object.entries(STATUSES).map(([value, label]) => ({ value, label }))]
const CATEGORY_OPTIONS = [ALL, ...Object.entries(CATEGORIES).map(([value, label]) => ({ value, label }))]

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
  const list = usePagedList(
    escalated
      ? { scope: 'escalated', q: q || undefined }
      : {
          scope: 'all',
          status: STATUS_OPTIONS[status].value || undefined,
          category: CATEGORY_OPTIONS[category].value || undefined,
          q: q || undefined,
        },
    20,
  )
  // The server's search also matches what a row does not show (a complainant's full name, the room): no second filter here.
  const shown = list.items

  useEffect(() => {
    if (escalated) Taro.setNavigationBarTitle({ title: '升级投诉' })
  }, [escalated])

  return (
    <PageShell className='all-page'>
      <View className='all-filters'>
        <SearchBar
          className='all-search'
          value={input}
          placeholder='编号、地点、内容、投诉人或房号'
          onChange={setInput}
          onSearch={(v) => setQ(v.trim())}
          onClear={() => setQ('')}
        />
        {!escalated && (
          <View className='all-pickers'>
            <Picker
              mode='selector'
              range={STATUS_OPTIONS.map((o) => o.label)}
              value={status}
              onChange={(e) => setStatus(Number(e.detail.value))}
            >
              <View className={`all-picker filter-status ${status ? 'is-set' : ''}`}>
                <Text>状态：{STATUS_OPTIONS[status].label}</Text>
                <Text className='all-picker__arrow'>▾</Text>
              </View>
            </Picker>
            <Picker
              mode='selector'
              range={CATEGORY_OPTIONS.map((o) => o.label)}
              value={category}
              onChange={(e) => setCategory(Number(e.detail.value))}
            >
              <View className={`all-picker filter-category ${category ? 'is-set' : ''}`}>
                <Text>类别：{CATEGORY_OPTIONS[category].label}</Text>
                <Text className='all-picker__arrow'>▾</Text>
              </View>
            </Picker>
          </View>
        )}
        {!list.loading && !list.error && <View className='all-total muted'>共 {list.total} 件</View>}
      </View>
      <StateView
        loading={list.loading}
        error={list.error}
        onRetry={() => list.refresh()}
        empty={!shown.length}
        emptyText={q ? '没有找到相关投诉' : '暂无投诉'}
      />
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
