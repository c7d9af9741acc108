import { useCallback, useEffect, useState } from 'react'
import { deleteHousehold, listHouseholds, type HouseholdRow } from '@/services/households'
import { messageOf } from '@/services/api'
import { confirm, toast, toastError } from '@/utils/ui'

/** The roster's first page, reloaded after every change; delete asks first. */
export function useHouseholds() {
  const [items, setItems] = useState<HouseholdRow[]>([])
  const [total, setTotal] = useState(0)
  const [loading, setLoading] = useState(true)
  const [error, setError] = useState<string>()
  const reload = useCallback(async () => {
    setLoading(true)
    try {
      const r = await listHouseholds({})
      setItems(r.items)
      setTotal(r.total)
      setError(undefined)
    } catch (e) {
      setError(messageOf(e))
    } finally {
      setLoading(false)
    }
  }, [])
  useEffect(() => {
    reload()
  }, [reload])
  const remove = async (h: HouseholdRow) => {
    if (!(await confirm({ title: '删除房屋', content: `从房屋台账中删除 ${h.roomKey}？` }))) return
    try {
      await deleteHousehold(h.roomKey)
      toast('已删除', 'success')
      reload()
    } catch (e) {
      toastError(e)
    }
  }
  return { items, total, loading, error, reload, remove }
}
