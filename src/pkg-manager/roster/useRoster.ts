import { useEffect, useState } from 'react'
import { departmentsOf } from '@/hooks/useDepartments'
import { useLoad } from '@/hooks/useLoad'
import { getSettings, listAllStaff, saveSettings, type OfficeSettings } from '@/services/admin'
import { toast, toastError } from '@/utils/ui'

export type Roster = OfficeSettings['roster']
export type Shift = Roster['shifts'][number]
export type Swap = Roster['swaps'][number]

/**
 * The duty roster page's data (issue 14): the saved roster, the office's departments (settings) and
 * the staff to choose from, the roster as edited, and its save (settings.save with `roster`; the server checks each person
 * belongs to the department).
 */
export function useRoster() {
  const { data, error, loading, reload } = useLoad(async () => {
    const [s, staff] = await Promise.all([getSettings(), listAllStaff()])
    return {
      roster: s.settings.roster,
      departments: departmentsOf(s.settings.departments),
      staff: staff.filter((u) => u.active !== false && u.role !== 'resident'),
    }
  }, [])
  const [roster, setRoster] = useState<Roster>()
  const [busy, setBusy] = useState(false)
  useEffect(() => {
    if (data && !roster) setRoster(data.roster)
  }, [data, roster])

  const addShift = (s: Shift) => setRoster((r) => r && { ...r, shifts: [...r.shifts, s] })
  const removeShift = (i: number) => setRoster((r) => r && { ...r, shifts: r.shifts.filter((_, j) => j !== i) })
  const addSwap = (s: Swap) => setRoster((r) => r && { ...r, swaps: [...r.swaps, s] })
  const removeSwap = (i: number) => setRoster((r) => r && { ...r, swaps: r.swaps.filter((_, j) => j !== i) })
  const save = async () => {
    if (!roster || busy) return
    setBusy(true)
    try {
      setRoster((await saveSettings({ roster })).settings.roster)
      toast('值班表已保存', 'success')
    } catch (e) {
      toastError(e)
    } finally {
      setBusy(false)
    }
  }
  return {
    staff: data?.staff ?? [],
    departments: data?.departments ?? departmentsOf([]),
    roster,
    error,
    loading,
    reload,
    busy,
    addShift,
    removeShift,
    addSwap,
    removeSwap,
    save,
  }
}
