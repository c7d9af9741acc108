/**
 * The `households` collection: each estate's household roster (房屋台账, issue 16), one document
 * per room under an id made from the estate and the room (so a room is there once per estate
 * however often it is written), every query scoped by the estate; and the estate's `households`
 * count on its `estates` document, kept current with every change.
 */
import { createHash } from 'node:crypto'
import type { Household, HouseholdFields } from '../../domain/households'
import { C, collection, command, count, find, getById } from '../store'

/** The id of an estate's room: the same room of the same estate is always the same document. */
export function householdId(estate: string, roomKey: string): string {
  return `h${createHash('sha256').update(`${estate}\n${roomKey}`).digest('hex').slice(0, 31)}`
}

/** The household of `roomKey` in `estate`, or null. */
export function byRoom(estate: string, roomKey: string): Promise<Household | null> {
  return getById<Household>(C.households, householdId(estate, roomKey))
}

/** One page of an estate's roster in room order, optionally only rooms of one building. */
export function page(estate: string, q: { building?: string; skip: number; limit: number }): Promise<Household[]> {
  const where: Record<string, unknown> = { estate }
  if (q.building) where.building = q.building
  return find<Household>(C.households, where, { orderBy: [['roomKey', 'asc']], skip: q.skip, limit: q.limit })
}

/** How many households `estate` has (of one building when given). */
export function countOf(estate: string, building?: string): Promise<number> {
  return count(C.households, building ? { estate, building } : { estate })
}

/** Pages of at most this many documents (the server's cap per read). */
const PAGE = 1000

/** The whole roster of `estate`, in room order (at most MAX_HOUSEHOLD_ROWS, read a thousand at a time). */
export async function all(estate: string): Promise<Household[]> {
  const out: Household[] = []
  for (;;) {
    const docs = await find<Household>(C.households, { estate }, { orderBy: [['roomKey', 'asc']], skip: out.length, limit: PAGE })
    out.push(...docs)
    if (docs.length < PAGE) return out
  }
}

/** The rooms (roomKeys) `estate`'s roster has. */
export async function roomKeys(estate: string): Promise<Set<string>> {
  return new Set((await all(estate)).map((h) => h.roomKey))
}

/** Writes a household (new or replacing the one of its room). */
export async function put(estate: string, h: HouseholdFields, now: number): Promise<void> {
  const doc: Omit<Household, '_id'> = { estate, ...h, updatedAt: now }
  await collection(C.households).doc(householdId(estate, h.roomKey)).set({ data: doc })
}

/** Writes many households, a few at a time (an import of thousands of rows). */
export async function putAll(estate: string, hs: readonly HouseholdFields[], now: number): Promise<void> {
  for (let i = 0; i < hs.length; i += 20) await Promise.all(hs.slice(i, i + 20).map((h) => put(estate, h, now)))
}

/** Deletes the household of `roomKey` in `estate`. @returns whether there was one. */
export async function remove(estate: string, roomKey: string): Promise<boolean> {
  const r = (await collection(C.households).doc(householdId(estate, roomKey)).remove()) as { stats?: { removed?: number } }
  return (r.stats?.removed ?? 0) > 0
}

/** Deletes the households of `estate` whose rooms are not in `keep` (an import that replaces the roster). @returns how many. */
export async function removeOthers(estate: string, keep: ReadonlySet<string>): Promise<number> {
  const gone = (await all(estate)).filter((h) => !keep.has(h.roomKey)).map((h) => h._id)
  for (let i = 0; i < gone.length; i += 500) {
    await collection(C.households)
      .where({ _id: command().in(gone.slice(i, i + 500)) })
      .remove()
  }
  return gone.length
}

/**
 * Sets `estates/<estate>.households` to the roster's count now (only that field: the estate's
 * other fields are the estates' own). @returns the count.
 */
export async function refreshCount(estate: string, now: number): Promise<number> {
  const n = await countOf(estate)
  const ref = collection(C.estates).doc(estate)
  // Only that field when the estate has its document; before it has one (the estates create it), the count starts it.
  if (await getById(C.estates, estate)) await ref.update({ data: { households: n, householdsAt: now } })
  else await ref.set({ data: { code: estate, households: n, householdsAt: now } })
  return n
}
