import { useCallback, useEffect, useRef, useState } from 'react'
import Taro, { useDidShow, usePullDownRefresh, useReachBottom } from '@tarojs/taro'
import { listComplaints, type ListQuery } from '@/services/complaint'
import { messageOf } from '@/services/api'
import { toastError } from '@/utils/ui'
import type { ComplaintSummary } from '@/services/types'

/** One page of rows from the server, and how many there are in all. */
export type PageFetch<T> = (page: number, pageSize: number) => Promise<{ items: T[]; total: number }>

/**
 * Rows fetched a page at a time, with pull-down refresh, load-more at the bottom and a silent
 * refresh when the page shows again. `key` names the query: a new key starts over from page 1;
 * a null key (nothing to ask yet) loads nothing. The page must enable `enablePullDownRefresh`.
 */
export function usePaged<T extends { id: string }>(fetchPage: PageFetch<T>, key: string | null, pageSize = 20) {
  const [items, setItems] = useState<T[]>([])
  const [total, setTotal] = useState(0)
  const [loading, setLoading] = useState(true)
  const [loadingMore, setLoadingMore] = useState(false)
  const [error, setError] = useState<string>()
  const page = useRef(1)
  const seq = useRef(0)
  const shown = useRef(false)

  const refresh = useCallback(
    async (silent = false) => {
      if (key === null) return
      const n = ++seq.current
      if (!silent) setLoading(true)
      try {
        const res = await fetchPage(1, pageSize)
        if (n !== seq.current) return
        page.current = 1
        setItems(res.items)
        setTotal(res.total)
        setError(undefined)
      } catch (e) {
        if (n === seq.current && !silent) setError(messageOf(e))
      } finally {
        if (n === seq.current) setLoading(false)
      }
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [key, pageSize],
  )

  const loadMore = useCallback(async () => {
    if (key === null || loading || loadingMore || items.length >= total) return
    const n = seq.current
    setLoadingMore(true)
    try {
      const res = await fetchPage(page.current + 1, pageSize)
      if (n !== seq.current) return
      page.current += 1
      const known = new Set(items.map((i) => i.id))
      setItems([...items, ...res.items.filter((i) => !known.has(i.id))])
      setTotal(res.total)
    } catch (e) {
      toastError(e)
    } finally {
      setLoadingMore(false)
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, items, total, loading, loadingMore, pageSize])

  useEffect(() => {
    refresh()
  }, [refresh])

  usePullDownRefresh(async () => {
    await refresh(true)
    Taro.stopPullDownRefresh()
  })
  useReachBottom(loadMore)
  useDidShow(() => {
    if (shown.current) refresh(true)
    shown.current = true
  })

  return { items, total, loading, loadingMore, error, refresh, loadMore, hasMore: items.length < total }
}

/** A page of complaints from `complaint.list` (see usePaged). */
export function usePagedList(query: Omit<ListQuery, 'page' | 'pageSize'>, pageSize = 20) {
  return usePaged<ComplaintSummary>((page, size) => listComplaints({ ...query, page, pageSize: size }), JSON.stringify(query), pageSize)
}
