import { useCallback, useEffect, useState } from 'react'
import { View } from '@tarojs/components'
import PageShell from '@/components/PageShell'
import StateView from '@/components/StateView'
import { messageOf } from '@/services/api'
import { myRooms, type RoomBindingView } from '@/services/households'
import BindForm from './BindForm'
import '@/components/form/form.scss'
import './index.scss'

/** 我的房屋 (resident, issue 16): their rooms and where each binding stands, and the form to bind one more. */
export default function Rooms() {
  const [items, setItems] = useState<RoomBindingView[]>([])
  const [loading, setLoading] = useState(true)
  const [error, setError] = useState<string>()
  const load = useCallback(async () => {
    try {
      setItems((await myRooms()).items)
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
    <PageShell className='rooms-page'>
      <StateView loading={loading} error={error} onRetry={load} />
      {items.map((b) => (
        <View key={b.id} className='card room-binding'>
          <View className='room-binding__head'>
            <View className='room-binding__room'>{b.roomKey}</View>
            <View className={`binding-status binding-status--${b.status}`}>{b.statusLabel}</View>
          </View>
          <View className='muted'>{b.relationLabel}</View>
          {b.status === 'refused' && <View className='room-binding__reason'>未通过原因：{b.reason}</View>}
          {b.status === 'pending' && <View className='hint'>客服中心核验后会在“消息”中通知您；核验前也可以正常投诉。</View>}
        </View>
      ))}
      <BindForm onBound={load} />
    </PageShell>
  )
}
