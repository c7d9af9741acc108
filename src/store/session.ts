/**
 * Who is using the app (me.get) and the office's configuration (meta.get), loaded once and shared
 * by every page. Subscription prompts read the template ids from here synchronously, inside taps.
 */
import { useEffect, useSyncExternalStore } from 'react'
import { getMe } from '@/services/me'
import { getMeta } from '@/services/meta'
import { messageOf } from '@/services/api'
import type { MeData, MetaData, UserView } from '@/services/types'

export interface Session {
  me?: MeData
  meta?: MetaData
  loading: boolean
  error?: string
}

let state: Session = { loading: false }
let pending: Promise<Session> | null = null
const listeners = new Set<() => void>()

function set(patch: Partial<Session>): void {
  state = { ...state, ...patch }
  listeners.forEach((l) => l())
}

/** Loads me and meta (once; again with `force`). Never rejects: the error lands in `error`. */
export function loadSession(force = false): Promise<Session> {
  if (pending) return pending
  if (!force && state.me && state.meta) return Promise.resolve(state)
  set({ loading: true, error: undefined })
  pending = Promise.all([getMe(), state.meta && !force ? Promise.resolve(state.meta) : getMeta()])
    .then(([me, meta]) => {
      set({ me, meta, loading: false })
      return state
    })
    .catch((e) => {
      set({ loading: false, error: messageOf(e) })
      return state
    })
    .finally(() => {
      pending = null
    })
  return pending
}

/** The current session, loading it on first use. */
export function useSession(): Session {
  const s = useSyncExternalStore(
    (l) => {
      listeners.add(l)
      return () => listeners.delete(l)
    },
    () => state,
  )
  useEffect(() => {
    loadSession()
  }, [])
  return s
}

/** The signed-in WeChat identity (me.get's openid), synchronously; undefined until loaded. */
export function currentOpenid(): string | undefined {
  return state.me?.openid
}

/** Template ids of one consent group, synchronously (empty until meta has loaded). */
export function consentIds(group: keyof MetaData['subscribe']): string[] {
  return state.meta?.subscribe?.[group] ?? []
}

/** After saving a profile or binding an invite. */
export function setUser(user: UserView): void {
  if (state.me) set({ me: { ...state.me, user } })
}

/** After subscription.report: the caller's messages left per template. */
export function setQuota(quota: Record<string, number>): void {
  if (state.meta) set({ meta: { ...state.meta, quota } })
}

export function setUnread(unreadMessages: number): void {
  if (state.me) set({ me: { ...state.me, unreadMessages } })
}

/**
 * Issue 16: whether the user is here only by their company role (the company administrator or the
 * quality department in an estate where they have no post): they get the company's pages, not an
 * estate's workbench. UI shape only; the server decides what they may do.
 */
export function isCompanyOnly(user: UserView | null | undefined): boolean {
  if (!user?.companyRole) return false
  return !(user.estates ?? []).some((e) => e.code === user.estate?.code && e.role !== 'resident')
}

/** Whether the signed-in user is staff of the estate they are in (for UI shape only; the server decides what they may do). */
export function isStaffUser(user: UserView | null | undefined): boolean {
  return !!user && user.role !== 'resident' && !isCompanyOnly(user)
}

/** Whether the signed-in user is the manager of the estate they are in (UI shape only). */
export function isManagerHere(user: UserView | null | undefined): boolean {
  return user?.role === 'manager' && !isCompanyOnly(user)
}
