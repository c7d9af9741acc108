import { useState } from 'react'
import { useRouter } from '@tarojs/taro'
import { DEPARTMENTS } from '@shared/vocabulary'
import type { PeriodKind, PeriodQuery } from '@/services/report'
import { useSession } from '@/store/session'
import { today } from '@/utils/time'

const KINDS: PeriodKind[] = ['day', 'week', 'month', 'quarter']

/**
 * The period a statistics page looks at: kind, a day inside it and (for the manager) a department.
 * Starts from `?period=&date=&dept=` so pages can link to each other on the same period. A
 * supervisor has no choice of department: the report function fixes it to their own.
 */
export function usePeriod() {
  const { params } = useRouter()
  const { me } = useSession()
  const isManager = me?.user?.role === 'manager'
  const [period, setPeriod] = useState<PeriodKind>(KINDS.includes(params.period as PeriodKind) ? (params.period as PeriodKind) : 'month')
  const [date, setDate] = useState(/^\d{4}-\d{2}-\d{2}$/.test(params.date ?? '') ? String(params.date) : today())
  const [dept, setDept] = useState(params.dept && params.dept in DEPARTMENTS ? String(params.dept) : '')
  const query: PeriodQuery = { period, date, ...(isManager && dept ? { departmentCode: dept } : {}) }
  /** The same period as URL parameters, for links to other statistics pages. */
  const search = `period=${period}&date=${date}${isManager && dept ? `&dept=${dept}` : ''}`
  return { query, search, isManager, period, setPeriod, date, setDate, dept, setDept }
}

export type PeriodState = ReturnType<typeof usePeriod>
