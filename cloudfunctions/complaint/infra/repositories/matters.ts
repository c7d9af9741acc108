/**
 * The `matters` collection (issue 18): the one place matters are queried. A link, an unlink or a
 * new matter is written in one transaction with the complaint it changes (complaints.commitIn) and
 * that complaint's event, conditional on the versions both were read at.
 */
import { dayOf } from '../../domain/calendar'
import { conflict } from '../../domain/errors'
import type { Matter, MatterNotice } from '../../domain/matter'
import { C, collection, command, find, getById, transaction, type Tx } from '../store'
import * as counters from './counters'

/** One matter by id, or null. */
export function byId(id: string): Promise<Matter | null> {
  return getById<Matter>(C.matters, id)
}

/** Matters by id (at most 100), by id. */
export async function byIds(ids: string[]): Promise<Map<string, Matter>> {
  const wanted = [...new Set(ids.filter(Boolean))].slice(0, 100)
  if (!wanted.length) return new Map()
  const rows = await find<Matter>(C.matters, { _id: command().in(wanted) }, { limit: wanted.length })
  return new Map(rows.map((m) => [m._id, m]))
}

/** The open matters of `estate`, most recently linked first, at most `limit` (candidates are scored among them). */
export function openOfEstate(estate: string, limit = 100): Promise<Matter[]> {
  return find<Matter>(C.matters, { estate, status: 'open' }, { orderBy: [['lastLinkedAt', 'desc']], limit })
}

/** Open matters, a page at a time (the timer finishes what a change left unshared). */
export function open(skip: number, limit = 200): Promise<Matter[]> {
  return find<Matter>(C.matters, { status: 'open' }, { orderBy: [['leadId', 'asc']], skip, limit })
}

/**
 * Creates a matter with its number (`SX<yyyymmdd>-<nnnn>`, per Shanghai day) and, in the same
 * transaction, what `write` writes with it (the lead complaint's link).
 * @returns the stored matter.
 */
export async function create(draft: Omit<Matter, '_id' | 'no'>, write: (t: Tx, m: Matter) => Promise<void>): Promise<Matter> {
  return transaction(async (t) => {
    const day = dayOf(draft.createdAt).replace(/-/g, '')
    const seq = await counters.nextIn(t, `matter-${day}`)
    const no = `SX${day}-${String(seq).padStart(4, '0')}`
    const added = (await t.collection(C.matters).add({ data: { ...draft, no } })) as { _id: string }
    const matter = { ...draft, no, _id: added._id } as Matter
    await write(t, matter)
    return matter
  })
}

/**
 * Writes `after` over the matter if it still has `before.version`, with what `write` writes in the
 * same transaction (the complaint a link or unlink changes).
 * @throws AppError CONFLICT when someone changed the matter first.
 */
export async function save(before: Matter, after: Matter, write: (t: Tx) => Promise<void> = async () => {}): Promise<void> {
  await transaction(async (t) => {
    const current = (await t.collection(C.matters).doc(before._id).get()) as { data: Matter | null }
    if (!current.data || current.data.version !== before.version) throw conflict('该事项刚刚被他人修改，请刷新后重试')
    const { _id, ...rest } = after
    await t.collection(C.matters).doc(before._id).set({ data: rest })
    await write(t)
  })
}

/** Adds a notice to the matter's record (no new version: a notice changes nothing anyone decides on). */
export async function addNotice(id: string, notice: MatterNotice): Promise<void> {
  await collection(C.matters)
    .doc(id)
    .update({ data: { notices: command().push([notice]) } })
}
