import { useState } from 'react'
import Taro, { usePullDownRefresh, useReachBottom } from '@tarojs/taro'
import { useLoad } from '@/hooks/useLoad'
import { listMessages, markRead } from '@/services/messages'
import type { InboxItem } from '@/services/types'
import { switchEstate } from '@/services/estates'
import { loadSession, setUnread, setUser } from '@/store/session'
import { toast, toastError } from '@/utils/ui'

const PAGE_SIZE = 20

/**
 * The in-app messages, page by page (the next page when the list reaches the bottom, the first
 * again on pull-down or return), and marking them read — locally at once, then on the server,
 * whose unread count the home page's badge takes.
 */
export function useInbox() {
  const [pages, setPages] = useState(1)
  const [more, setMore] = useState<InboxItem[]>([])
  const [end, setEnd] = useState(false)
  const first = useLoad(
    async () => {
      const page = await listMessages(1)
      setPages(1)
      setMore([])
      setEnd(page.items.length < PAGE_SIZE)
      setUnread(page.unread)
      return page
    },
    [],
    { refreshOnShow: true },
  )
  const { data, setData } = first

  usePullDownRefresh(async () => {
    await first.reload(true)
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

  /** Marks `ids` (all when omitted) read on this page, and the unread count when the server gave one. */
  const markLocal = (ids?: string[], unread?: number) => {
    const read = (m: InboxItem) => (!ids || ids.includes(m.id) ? { ...m, read: true } : m)
    setData((d) => (d ? { ...d, items: d.items.map(read), unread: unread ?? d.unread } : d))
    setMore((ms) => ms.map(read))
  }

  /** Opens a message: read at once here, on the server in the background; its complaint, if any. */
  const open = (m: InboxItem) => {
    if (!m.read) {
      markLocal([m.id])
      markRead([m.id])
        .then((r) => {
          setUnread(r.unread)
          markLocal([m.id], r.unread)
        })
        .catch(() => undefined)
    }
    if (m.complaintId) void openComplaint(m)
  }

  /** The message's complaint; one of another of the caller's estates after switching there (issue 16). */
  const openComplaint = async (m: InboxItem) => {
    try {
      if (m.estate) {
        setUser(await switchEstate(m.estate))
        toast(`已切换到${m.estateName ?? m.estate}`)
        loadSession(true)
      }
      Taro.navigateTo({ url: `/pages/detail/index?id=${m.complaintId}` })
    } catch (e) {
      toastError(e)
    }
  }

  const readAll = async () => {
    try {
      const r = await markRead()
      setUnread(r.unread)
      markLocal(undefined, r.unread)
    } catch (e) {
      toastError(e)
    }
  }

  const items = [...(data?.items ?? []), ...more]
  return { items, unread: data?.unread ?? 0, end, loading: first.loading, error: first.error, reload: first.reload, open, readAll }
}
