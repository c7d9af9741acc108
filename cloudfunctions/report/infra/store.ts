/**
 * Database access of the report function: aggregation pipelines (always with an explicit $limit —
 * the cloud returns 20 results without one), plain reads, and the collections it owns.
 */
import type { Complaint, User } from '../../complaint/domain/model'
import { withDefaults, type OfficeSettings } from '../../complaint/domain/settings'
import type { Stage } from '../domain/pipelines'
import { database } from './cloud'

export type { Stage }

export const C = {
  complaints: 'complaints',
  events: 'events',
  users: 'users',
  settings: 'settings',
  accessLog: 'access_log',
  actions: 'improvement_actions',
  exports: 'exports',
} as const

/**
 * Runs an aggregation pipeline on `collection`. The first stage must be a `$match` (built with
 * the SDK's command objects, so it reaches the server's index); `limit` is appended as `$limit`
 * so the cloud's default of 20 results never cuts an answer short.
 * @returns the result documents, at most `limit`.
 */
export async function aggregate<T>(collection: string, match: Record<string, unknown>, stages: Stage[], limit: number): Promise<T[]> {
  let a = database().collection(collection).aggregate().match(match) as any
  for (const stage of stages) {
    const [name] = Object.keys(stage)
    a = a[name.slice(1)](stage[name])
  }
  const r = (await a.limit(limit).end()) as { list?: T[]; data?: T[] }
  return r.list ?? r.data ?? []
}

/** One document by id, or null. */
export async function getById<T>(collection: string, id: string): Promise<T | null> {
  if (!id) return null
  const r = (await database().collection(collection).doc(id).get()) as unknown as { data: T | null }
  return r.data ?? null
}

/** Documents matching `where`, in order, at most `limit` (the server caps a call at 1000). */
export async function find<T>(collection: string, where: unknown, opts: { orderBy?: [string, 'asc' | 'desc'][]; skip?: number; limit?: number } = {}): Promise<T[]> {
  let q = database().collection(collection).where(where as never)
  for (const [field, dir] of opts.orderBy ?? []) q = q.orderBy(field, dir)
  if (opts.skip) q = q.skip(opts.skip)
  const r = (await q.limit(opts.limit ?? 100).get()) as unknown as { data: T[] }
  return r.data
}

export async function count(collection: string, where: unknown): Promise<number> {
  const r = (await database().collection(collection).where(where as never).count()) as { total: number }
  return r.total
}

/** The active user with this OPENID, or null. */
export async function findUser(openid: string): Promise<User | null> {
  if (!openid) return null
  const [u] = await find<User>(C.users, { openid }, { limit: 1 })
  return u ?? null
}

/** Office settings over the procedure's defaults (the calendar's closures and entered years). */
export async function getSettings(): Promise<OfficeSettings> {
  return withDefaults(await getById<Partial<OfficeSettings>>(C.settings, 'office'))
}

export async function getComplaint(id: string): Promise<Complaint | null> {
  return getById<Complaint>(C.complaints, id)
}
