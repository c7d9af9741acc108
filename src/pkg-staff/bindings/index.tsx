import { useCallback, useEffect, useState } from 'react'
import { View } from '@tarojs/components'
import PageShell from '@/components/PageShell'
import StateView from '@/components/StateView'
import { messageOf } from '@/services/api'
import { roomRequests, type RoomBindingView } from '@/services/households'
import RequestCard from './RequestCard'
import './index.scss'

/** 房屋绑定审核 (customer service and the manager, issue 16): the estate's waiting binding requests, oldest first. */
export default function Bindings() {
  const [items, setItems] = useState<RoomBindingView[]>([])
  const [loading, setLoading] = useState(true)
  const [error, setError] = useState<string>()
  const load = useCallback(async () => {
    try {
      setItems((await roomRequests('pending')).items)
      setError(undefined)
    } catch (e) {
      setError(messageOf(e))
    } finally {
      setLoading(false)
    }
  }, [])
  useEffect(() => {
    load()
  }, [load])
  return (
    <PageShell className='bindings-page'>
      <StateView loading={loading} error={error} onRetry={load} empty={!items.length} emptyText='暂无待审核的房屋绑定' />
      <View className='binding-requests'>
        {items.map((b) => (
          <RequestCard key={b.id} item={b} onDecided={load} />
        ))}
      </View>
    </PageShell>
  )
}
