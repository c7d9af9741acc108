import { useEffect, useState } from 'react'
import { useDidShow } from '@tarojs/taro'
import { getAlertStatus, type AlertStatusData } from '@/services/alerts'
import { isCompanyOnly, useSession } from '@/store/session'
import type { UserView } from '@/services/types'

/** How often an open page asks again, and the least time between two asks (every open page shares one answer). */
const POLL_MS = 30_000
const MIN_GAP_MS = 15_000

let shared: AlertStatusData | null = null
let askedAt = 0
const listeners = new Set<(d: AlertStatusData) => void>()

/** Asks the server unless another page asked a moment ago; a failure keeps the last answer. */
async function refresh(force = false): Promise<void> {
  if (!force && Date.now() - askedAt < MIN_GAP_MS) return
  askedAt = Date.now()
  try {
    shared = await getAlertStatus()
    listeners.forEach((l) => l(shared!))
  } catch {
    // The banner is a help, not a page: a failed poll shows nothing new and the next one tries again.
  }
}

/** Issue 14: who watches for emergencies nobody acknowledged — the manager and customer service. */
export function watchesAlerts(user: UserView | null | undefined): boolean {
  if (!user || isCompanyOnly(user)) return false
  return user.role === 'manager' || (user.departmentCode === 'customer_service' && (user.role === 'agent' || user.role === 'supervisor'))
}

/**
 * The red banner's data (alerts.status) for the manager and customer service, kept fresh while a
 * page shows; null for everybody else, who are not asked.
 */
export function useAlertBanner(): AlertStatusData | null {
  const watch = watchesAlerts(useSession().me?.user)
  const [data, setData] = useState<AlertStatusData | null>(shared)
  useEffect(() => {
    if (!watch) return undefined
    listeners.add(setData)
    refresh(true)
    const timer = setInterval(() => refresh(), POLL_MS)
    return () => {
      listeners.delete(setData)
      clearInterval(timer)
    }
  }, [watch])
  useDidShow(() => watch && refresh())
  return watch ? data : null
}
