/**
 * The cloud database's primitives for the repositories (infra/repositories/): collection names,
 * reads by id, filtered finds, counts and transactions. Use cases never import this file; they
 * ask a repository, the one place each collection is queried (ESLint enforces it).
 */
import { database } from './cloud'

/** Every collection the complaint function uses (config/database.json declares them with their indexes). */
export const C = {
  complaints: 'complaints',
  events: 'events',
  users: 'users',
  invites: 'invites',
  settings: 'settings',
  counters: 'counters',
  outbox: 'outbox',
  inbox: 'inbox',
  quota: 'quota',
  accessLog: 'access_log',
  alertOutbox: 'alert_outbox',
  fileClaims: 'file_claims',
  hotlineOrders: 'hotline_orders',
  mediaChecks: 'media_checks',
  conversation: 'conversation',
  placeCodes: 'place_codes',
  matters: 'matters',
  // Issue 16: the household roster, residents' bindings to its rooms, and the estates (their households count).
  households: 'households',
  roomBindings: 'room_bindings',
  estates: 'estates',
} as const

/** A transaction handle: document operations by id only (WeChat cloud's rule). */
export type Tx = { collection: (name: string) => any }

/** Options of `find`: order, paging, projection. */
export interface FindOptions {
  orderBy?: [string, 'asc' | 'desc'][]
  skip?: number
  limit?: number
  fields?: Record<string, boolean>
}

/** The SDK's query commands (`_.in`, `_.or`, `_.gt` …) for building filters. */
export const command = () => database().command

/** One collection of the cloud database, for the writes a repository makes. */
export const collection = (name: string) => database().collection(name)

/** A case-insensitive regular expression matching `text` literally (special characters escaped). */
export const literalRegExp = (text: string) => database().RegExp({ regexp: text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), options: 'i' })

/** Runs `fn` in one database transaction. @returns what `fn` returns; anything it throws aborts the transaction. */
export function transaction<T>(fn: (t: Tx) => Promise<T>): Promise<T> {
  return database().runTransaction(fn) as Promise<T>
}

/** One document by id, or null. */
export async function getById<T>(name: string, id: string): Promise<T | null> {
  if (!id) return null
  const r = (await collection(name).doc(id).get()) as unknown as { data: T | null }
  return r.data ?? null
}

/** Documents matching `where` (a plain filter or a command tree), in order, at most `limit` (default 100; the server caps at 1000). */
export async function find<T>(name: string, where: object, opts: FindOptions = {}): Promise<T[]> {
  let q = collection(name).where(where as never)
  for (const [field, dir] of opts.orderBy ?? []) q = q.orderBy(field, dir)
  if (opts.skip) q = q.skip(opts.skip)
  q = q.limit(opts.limit ?? 100)
  if (opts.fields) q = q.field(opts.fields)
  const r = (await q.get()) as unknown as { data: T[] }
  return r.data
}

/** How many documents match `where`. */
export async function count(name: string, where: object): Promise<number> {
  const r = (await collection(name)
    .where(where as never)
    .count()) as { total: number }
  return r.total
}

/** Updates the documents matching `where`. @returns how many were updated (a conditional update's answer). */
export async function updateWhere(name: string, where: object, data: Record<string, unknown>): Promise<number> {
  const r = (await collection(name)
    .where(where as never)
    .update({ data })) as unknown as { stats: { updated: number } }
  return r.stats.updated
}
