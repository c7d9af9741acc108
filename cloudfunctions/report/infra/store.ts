/**
 * Database access of the report function: aggregation pipelines (always with an explicit $limit —
 * the cloud returns 20 results without one), plain reads, and the collections it owns.
 */
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
  publicReports: 'public_reports',
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

export { getById, find, count } from '../../complaint/infra/store'
export { byOpenid as findUser } from '../../complaint/infra/repositories/users'
export { get as getSettings } from '../../complaint/infra/repositories/settings'
export { byId as getComplaint } from '../../complaint/infra/repositories/complaints'
