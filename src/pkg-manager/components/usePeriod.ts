import { useState } from 'react'
import { useRouter } from '@tarojs/taro'
import { DEPARTMENT_CODE } from '@shared/departments'
import type { PeriodKind, PeriodQuery } from '@/services/report'
import type { DrillBase } from './drill'
import { isManagerHere, useSession } from '@/store/session'
import { today } from '@/utils/time'

const KINDS: PeriodKind[] = ['day', 'week', 'month', 'quarter']

/**
 * The period a page was linked to (`?period=&date=&dept=`), each part checked (a department by its
 * spelling: the report function checks it against settings), or this month for the whole office.
 */
function linkedPeriod(params: Record<string, string | undefined>): { period: PeriodKind; date: string; dept: string } {
  return {
    period: KINDS.includes(params.period as PeriodKind) ? (params.period as PeriodKind) : 'month',
    date: /^\d{4}-\d{2}-\d{2}$/.test(params.date ?? '') ? String(params.date) : today(),
    dept: params.dept && DEPARTMENT_CODE.test(params.dept) ? String(params.dept) : '',
  }
}

/**
 * The period a statistics page looks at: kind, a day inside it and (for the manager) a department.
 * Starts from `?period=&date=&dept=` so pages can link to each other on the same period. A
 * supervisor has no choice of department: the report function fixes it to their own.
 */
export function usePeriod() {
  const { params } = useRouter()
  const { me } = useSession()
  const isManager = isManagerHere(me?.user)
  const [linked] = useState(() => linkedPeriod(params))
  const [period, setPeriod] = useState<PeriodKind>(linked.period)
  const [date, setDate] = useState(linked.date)
  const [dept, setDept] = useState(linked.dept)
  const query: PeriodQuery = { period, date, ...(isManager && dept ? { departmentCode: dept } : {}) }
  /** The same scope as drill-down filters take it. */
  const base: DrillBase = { period, date, ...(query.departmentCode ? { departmentCode: query.departmentCode } : {}) }
  /** The same period as URL parameters, for links to other statistics pages. */
  const search = `period=${period}&date=${date}${isManager && dept ? `&dept=${dept}` : ''}`
  return { query, base, search, isManager, period, setPeriod, date, setDate, dept, setDept }
}

export type PeriodState = ReturnType<typeof usePeriod>
