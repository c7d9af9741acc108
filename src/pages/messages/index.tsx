import { useState } from 'react'
import { View, Text } from '@tarojs/components'
import Taro, { usePullDownRefresh, useReachBottom } from '@tarojs/taro'
import PageShell from '@/components/PageShell'
import StateView from '@/components/StateView'
import { useLoad } from '@/hooks/useLoad'
import { listMessages, markRead } from '@/services/messages'
import type { InboxItem } from '@/services/types'
import { setUnread } from '@/store/session'
import { fromNow } from '@/utils/time'
import { toastError } from '@/utils/ui'
import './index.scss'

const PAGE_SIZE = 20

/** The in-app messages (every notification lands here too), newest first, unread marked. */
export default function Messages() {
  const [pages, setPages] = useState(1)
  const [more, setMore] = useState<InboxItem[]>([])
  const [end, setEnd] = useState(false)
  const { data, setData, loading, error, reload } = useLoad(
    async () => {
      const first = await listMessages(1)
      setPages(1)
      setMore([])
      setEnd(first.items.length < PAGE_SIZE)
      setUnread(first.unread)
      return first
    },
    [],
    { refreshOnShow: true },
  )
  const items = [...(data?.items ?? []), ...more]
  const unread = data?.unread ?? 0

  usePullDownRefresh(async () => {
    await reload(true)
    Taro.stopPullDownRefresh()
  })
  useReachBottom(async () => {
    if (end || !data) return
    try {
      const next = await listMessages(pages + 1)
      setPages(pages + 1)
      setMore([...more, ...next.items])
      setEnd(next.items.length < PAGE_SIZE)
    } catch (e) {
      toastError(e)
    }
  })

  const markLocal = (ids?: string[]) => {
    const hit = (m: InboxItem) => !ids || ids.includes(m.id)
    if (data) setData({ ...data, items: data.items.map((m) => (hit(m) ? { ...m, read: true } : m)) })
    setMore(more.map((m) => (hit(m) ? { ...m, read: true } : m)))
  }

  const open = async (m: InboxItem) => {
    if (!m.read) {
      markLocal([m.id])
      markRead([m.id])
        .then((r) => {
          setUnread(r.unread)
          if (data) setData((d) => (d ? { ...d, unread: r.unread } : d))
        })
        .catch(() => undefined)
    }
    if (m.complaintId) Taro.navigateTo({ url: `/pages/detail/index?id=${m.complaintId}` })
  }

  const readAll = async () => {
    try {
      const r = await markRead()
      markLocal()
      setUnread(r.unread)
      if (data) setData({ ...data, unread: r.unread, items: data.items.map((m) => ({ ...m, read: true })) })
    } catch (e) {
      toastError(e)
    }
  }

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
        <View key={m.id} className={`message-item ${m.read ? 'is-read' : 'is-unread'}`} onClick={() => open(m)}>
          <View className='message-item__head'>
            {!m.read && <View className='message-item__dot' />}
            <Text className='message-item__title'>{m.title}</Text>
            <Text className='message-item__time'>{fromNow(m.at)}</Text>
          </View>
          {m.complaintNo && <View className='message-item__no'>投诉编号 {m.complaintNo}</View>}
          {!!m.fields?.length && <View className='message-item__text'>{m.fields.filter((f) => f && f !== m.complaintNo).join(' · ')}</View>}
        </View>
      ))}
      {items.length > 0 && end && <View className='list-footer muted'>没有更多消息了</View>}
    </PageShell>
  )
}
