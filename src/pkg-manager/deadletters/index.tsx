import { useState } from 'react'
import { View, Text } from '@tarojs/components'
import Taro, { usePullDownRefresh } from '@tarojs/taro'
import { Button } from '@nutui/nutui-react-taro'
import PageShell from '@/components/PageShell'
import StateView from '@/components/StateView'
import { useLoad } from '@/hooks/useLoad'
import { listDeadLetters, retryDeadLetter, type DeadLetter } from '@/services/admin'
import { NOTIFICATION_KINDS } from '@shared/labels'
import { formatTime } from '@/utils/time'
import { toast, toastError } from '@/utils/ui'
import '@/components/tags.scss'
import './index.scss'

/** The last characters of an OPENID: enough to tell recipients apart without showing the identifier. */
const recipient = (openid: string) => (openid.length > 6 ? `用户 …${openid.slice(-6)}` : openid || '未知用户')

function LetterCard({ d, busy, onRetry }: { d: DeadLetter; busy: boolean; onRetry: () => void }) {
  return (
    <View className={`card deadletter deadletter-${d.id}`}>
      <View className='row row--between'>
        <Text className='deadletter__title'>{NOTIFICATION_KINDS[d.kind] ?? d.kind}</Text>
        <Text className='muted'>{formatTime(d.createdAt)}</Text>
      </View>
      {d.failures.map((f) => (
        <View key={f.openid} className='deadletter__failure'>
          <View className='muted'>{recipient(f.openid)}</View>
          <View className='deadletter__error'>{f.error || '未知错误'}</View>
        </View>
      ))}
      <View className='deadletter__foot'>
        <Text className='muted'>已尝试 {d.attempts ?? 0} 次</Text>
        <View className='row'>
          {d.complaintId && (
            <Text className='deadletter__link' onClick={() => Taro.navigateTo({ url: `/pages/detail/index?id=${d.complaintId}` })}>
              查看投诉
            </Text>
          )}
          <Button className='deadletter-retry' size='small' type='primary' loading={busy} disabled={busy} onClick={onRetry}>
            重新发送
          </Button>
        </View>
      </View>
    </View>
  )
}

/**
 * Notifications that could not be delivered (outbox.deadLetters) with WeChat's error, and
 * 重新发送 (outbox.retry) once the cause (a template id, a field rule) has been fixed. The in-app
 * message was written in any case; only the WeChat push failed.
 */
export default function DeadLetters() {
  const { data, setData, error, loading, reload } = useLoad(listDeadLetters, [], { refreshOnShow: true })
  const [busy, setBusy] = useState<string>()
  usePullDownRefresh(async () => {
    await reload(true)
    Taro.stopPullDownRefresh()
  })
  const retry = async (id: string) => {
    if (busy) return
    setBusy(id)
    try {
      await retryDeadLetter(id)
      setData((data ?? []).filter((d) => d.id !== id))
      toast('已重新加入发送队列', 'success')
    } catch (e) {
      toastError(e)
    } finally {
      setBusy(undefined)
    }
  }
  return (
    <PageShell className='deadletters-page'>
      {!!data?.length && <View className='notice'>以下微信通知未能送达（站内消息已正常送达）。排除原因后可重新发送。</View>}
      <StateView loading={loading} error={error} onRetry={() => reload()} empty={!data?.length} emptyText='没有发送失败的通知' />
      {!loading && !error && data?.map((d) => <LetterCard key={d.id} d={d} busy={busy === d.id} onRetry={() => retry(d.id)} />)}
    </PageShell>
  )
}
