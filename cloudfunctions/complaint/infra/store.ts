/**
 * Persistence of complaints, their events and the records around them, on the cloud database.
 * Every state change is written in one transaction with its events and outbox entries, and only
 * if the complaint still has the version the change was decided on (two staff cannot both win).
 */
import { conflict } from '../domain/errors'
import type { Complaint, ComplaintEvent, User } from '../domain/model'
import { withDefaults, type OfficeSettings } from '../domain/settings'
import { dayOf } from '../domain/calendar'
import { database } from './cloud'

export { database }

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
} as const

type Doc = Record<string, unknown> & { _id?: string }
const withoutId = <T extends Doc>(d: T): Omit<T, '_id'> => {
  const { _id, ...rest } = d
  return rest
}

/** One document by id, or null. */
export async function getById<T>(collection: string, id: string): Promise<T | null> {
  if (!id) return null
  const r = (await database().collection(collection).doc(id).get()) as unknown as { data: T | null }
  return r.data ?? null
}

/** Documents matching `where`, in order, at most `limit` (the server caps at 1000). */
export async function find<T>(
  collection: string,
  where: object,
  opts: { orderBy?: [string, 'asc' | 'desc'][]; skip?: number; limit?: number; fields?: Record<string, boolean> } = {},
): Promise<T[]> {
  let q = database()
    .collection(collection)
    .where(where as never)
  for (const [field, dir] of opts.orderBy ?? []) q = q.orderBy(field, dir)
  if (opts.skip) q = q.skip(opts.skip)
  q = q.limit(opts.limit ?? 100)
  if (opts.fields) q = q.field(opts.fields)
  const r = (await q.get()) as unknown as { data: T[] }
  return r.data
}

export async function count(collection: string, where: object): Promise<number> {
  const r = (await database()
    .collection(collection)
    .where(where as never)
    .count()) as { total: number }
  return r.total
}

export async function findUser(openid: string): Promise<User | null> {
  if (!openid) return null
  const [u] = await find<User>(C.users, { openid }, { limit: 1 })
  return u ?? null
}

/** Office settings over the procedure's defaults. */
export async function getSettings(): Promise<OfficeSettings> {
  const stored = await getById<Partial<OfficeSettings>>(C.settings, 'office')
  return withDefaults(stored)
}

export async function saveSettings(s: OfficeSettings): Promise<void> {
  await database().collection(C.settings).doc('office').set({ data: s })
}

export async function getComplaint(id: string): Promise<Complaint | null> {
  return getById<Complaint>(C.complaints, id)
}

/** Events of a complaint, oldest first (V2). */
export async function listEvents(complaintId: string): Promise<(ComplaintEvent & { _id: string })[]> {
  return find(C.events, { complaintId }, { orderBy: [['seq', 'asc']], limit: 1000 })
}

export interface Pending {
  events: Omit<ComplaintEvent, 'complaintId' | 'complaintNo'>[]
  outbox: Doc[]
}

type Tx = { collection: (name: string) => any }

async function writeAround(t: Tx, c: Complaint, p: Pending) {
  // `seq` orders a complaint's events even when they share a millisecond: version, then position.
  let i = 0
  for (const e of p.events)
    await t.collection(C.events).add({ data: { ...e, complaintId: c._id, complaintNo: c.no, seq: c.version * 10 + i++ } })
  for (const o of p.outbox) await t.collection(C.outbox).add({ data: { ...o, complaintId: c._id } })
}

/**
 * Creates a complaint with its number (`TS<yyyymmdd>-<nnnn>`, per Shanghai day), its events and
 * its outbox entries in one transaction.
 * @returns the stored complaint.
 */
export async function insertComplaint(draft: Omit<Complaint, '_id' | 'no'>, p: Pending): Promise<Complaint> {
  return database().runTransaction(async (t: Tx) => {
    const day = dayOf(draft.createdAt).replace(/-/g, '')
    const counterId = `complaint-${day}`
    const counter = (await t.collection(C.counters).doc(counterId).get()) as { data: { seq: number } | null }
    const seq = (counter.data?.seq ?? 0) + 1
    await t.collection(C.counters).doc(counterId).set({ data: { seq } })
    const no = `TS${day}-${String(seq).padStart(4, '0')}`
    const added = (await t.collection(C.complaints).add({ data: { ...draft, no } })) as { _id: string }
    const complaint = { ...draft, no, _id: added._id } as Complaint
    await writeAround(t, complaint, p)
    return complaint
  })
}

/**
 * Writes `after` over the stored complaint if it still has `before.version`, with events and
 * outbox entries, in one transaction.
 * @throws AppError CONFLICT when someone else changed the complaint first.
 */
export async function commitTransition(before: Complaint, after: Complaint, p: Pending): Promise<void> {
  await database().runTransaction(async (t: Tx) => {
    const current = (await t.collection(C.complaints).doc(before._id).get()) as { data: Complaint | null }
    if (!current.data || current.data.version !== before.version || current.data.status !== before.status) throw conflict()
    await t
      .collection(C.complaints)
      .doc(before._id)
      .set({ data: withoutId(after as unknown as Doc) })
    await writeAround(t, after, p)
  })
}
