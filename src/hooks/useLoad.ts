import { useCallback, useEffect, useRef, useState } from 'react'
import { useDidShow } from '@tarojs/taro'
import { messageOf } from '@/services/api'

/**
 * Loads data for a page with loading and error states. `reload(true)` refreshes without the
 * spinner; with `refreshOnShow` the data is refreshed silently whenever the page shows again
 * (e.g. back from an action form), because someone else may have changed it meanwhile.
 */
export function useLoad<T>(fn: () => Promise<T>, deps: unknown[], opts: { refreshOnShow?: boolean; skip?: boolean } = {}) {
  const [data, setData] = useState<T>()
  const [error, setError] = useState<string>()
  const [loading, setLoading] = useState(!opts.skip)
  const seq = useRef(0)
  const shown = useRef(false)

  const reload = useCallback(async (silent = false) => {
    const n = ++seq.current
    if (!silent) setLoading(true)
    try {
      const d = await fn()
      if (n === seq.current) {
        setData(d)
        setError(undefined)
      }
    } catch (e) {
      if (n === seq.current && !silent) setError(messageOf(e))
    } finally {
      if (n === seq.current) setLoading(false)
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the caller names what `fn` depends on
  }, deps)

  useEffect(() => {
    if (!opts.skip) reload()
  }, [reload, opts.skip])

  useDidShow(() => {
    if (shown.current && opts.refreshOnShow && !opts.skip) reload(true)
    shown.current = true
  })

  return { data, setData, error, loading, reload }
}
