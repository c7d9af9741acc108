import { View, Text } from '@tarojs/components'
import PageShell from '@/components/PageShell'
import StateView from '@/components/StateView'
import type { InboxItem } from '@/services/types'
import { fromNow } from '@/utils/time'
import { useInbox } from './useInbox'
import './index.scss'

/** One message: its title and time, the complaint's number, and the notification's fields. */
function MessageItem({ m, onOpen }: { m: InboxItem; onOpen: () => void }) {
  return (
    <View className={`message-item ${m.read ? 'is-read' : 'is-unread'}`} onClick={onOpen}>
      <View className='message-item__head'>
        {!m.read && <View className='message-item__dot' />}
        <Text className='message-item__title'>{m.title}</Text>
        <Text className='message-item__time'>{fromNow(m.at)}</Text>
      </View>
      {m.estateName && <View className='message-item__estate'>{m.estateName}</View>}
      {m.complaintNo && <View className='message-item__no'>投诉编号 {m.complaintNo}</View>}
      {!!m.fields?.length && <View className='message-item__text'>{m.fields.filter((f) => f && f !== m.complaintNo).join(' · ')}</View>}
      {m.detail && <View className='message-item__text message-item__detail'>{m.detail}</View>}
    </View>
  )
}

/** The in-app messages (every notification lands here too), newest first, unread marked. */
export default function Messages() {
  const { items, unread, end, loading, error, reload, open, readAll } = useInbox()
  return (
    <PageShell className='messages-page'>
      {items.length > 0 && (
        <View className='messages-head'>
          <Text className='muted'>{unread ? `${unread} 条未读` : '全部已读'}</Text>
          {unread > 0 && (
            <Text className='read-all' onClick={readAll}>
              全部标为已读
            </Text>
          )}
        </View>
      )}
      <StateView
        loading={loading}
        error={error}
        onRetry={() => reload()}
        empty={!items.length}
        emptyText='暂无消息，投诉的受理、进度和结果会通知到这里'
      />
      {items.map((m) => (
        <MessageItem key={m.id} m={m} onOpen={() => open(m)} />
      ))}
      {items.length > 0 && end && <View className='list-footer muted'>没有更多消息了</View>}
    </PageShell>
  )
}
