/**
 * The nightly rollup recount's reads and repairs (issue 17): the complaints created and the
 * dispatch events of one day, that day's rollups, and each repair — made in a transaction, and only
 * if the rollup still holds what the recount compared it with — recorded in `rollup_repairs`.
 */
import type { Complaint, ComplaintEvent } from '../../complaint/domain/model'
import { flatCounters, type RollupDoc } from '../../complaint/domain/rollup'
import { C, collection, command, find, getById, transaction } from '../../complaint/infra/store'

/** The complaints created in [start, end) ms UTC, by pages of 1,000 (the nightly recount of one day). */
export async function complaintsCreatedIn(start: number, end: number): Promise<Complaint[]> {
  const _ = command()
  const out: Complaint[] = []
  for (;;) {
    const page = await find<Complaint>(
      C.complaints,
      { createdAt: _.gte(start).and(_.lt(end)) },
      {
        orderBy: [
          ['createdAt', 'desc'],
          ['_id', 'desc'],
        ],
        skip: out.length,
        limit: 1000,
      },
    )
    out.push(...page)
    if (page.length < 1000) return out
  }
}

/** The dispatch events of [start, end) ms UTC (H1), by pages of 1,000. */
export async function dispatchesIn(start: number, end: number): Promise<ComplaintEvent[]> {
  const _ = command()
  const out: ComplaintEvent[] = []
  for (;;) {
    const page = await find<ComplaintEvent>(
      C.events,
      { action: 'dispatch', at: _.gte(start).and(_.lt(end)) },
      {
        orderBy: [['at', 'asc']],
        skip: out.length,
        limit: 1000,
      },
    )
    out.push(...page)
    if (page.length < 1000) return out
  }
}

/** The stored rollups of one Shanghai day (every estate and department). */
export function ofDay(day: string): Promise<RollupDoc[]> {
  return find<RollupDoc>(C.rollups, { day }, { limit: 1000 })
}

/** One stored rollup, or null. */
export function byId(id: string): Promise<RollupDoc | null> {
  return getById<RollupDoc>(C.rollups, id)
}

/** What a repair found and did: the counters that were off, by how much (`recount − stored`). */
export interface Repair {
  id: string
  drift: Record<string, number>
}

/**
 * Repairs one rollup to `recounted` if it still holds exactly `seen` (what the recount compared
 * it with): in a transaction, so a change committed since — or a second recount repairing at the
 * same time — makes this one give up rather than repair twice. Records the repair in
 * `rollup_repairs`. @returns the repair, or null when the rollup had moved on.
 */
export async function repairIfUnchanged(seen: RollupDoc | null, recounted: RollupDoc, day: string, at: number): Promise<Repair | null> {
  return transaction(async (t) => {
    const ref = t.collection(C.rollups).doc(recounted._id)
    const current = ((await ref.get()) as { data: RollupDoc | null }).data
    if (!sameCounters(current, seen)) return null
    const drift = driftOf(current, recounted)
    if (!Object.keys(drift).length) return null
    const { _id, ...data } = recounted
    await ref.set({ data: { ...data, names: { ...(current?.names ?? {}), ...(recounted.names ?? {}) }, updatedAt: at } })
    await t
      .collection(C.rollupRepairs)
      .doc(`${_id}@${at}`)
      .set({ data: { kind: 'repair', rollupId: _id, day, at, drift } })
    return { id: _id, drift }
  })
}

/** Counters of `recounted` minus those of `stored` (only those that differ). */
export function driftOf(stored: RollupDoc | null, recounted: RollupDoc | null): Record<string, number> {
  const a = flatCounters(stored?.c)
  const b = flatCounters(recounted?.c)
  const drift: Record<string, number> = {}
  for (const k of new Set([...Object.keys(a), ...Object.keys(b)])) if ((b[k] ?? 0) !== (a[k] ?? 0)) drift[k] = (b[k] ?? 0) - (a[k] ?? 0)
  return drift
}

const sameCounters = (a: RollupDoc | null, b: RollupDoc | null) => Object.keys(driftOf(a, b)).length === 0

/** The latest repairs (the manager's notice), newest first. */
export function latestRepairs(since: number): Promise<{ rollupId: string; day: string; at: number; drift: Record<string, number> }[]> {
  return find(C.rollupRepairs, { kind: 'repair', at: command().gte(since) }, { orderBy: [['at', 'desc']], limit: 100 })
}

/** Whether the recount of `day` is recorded as done. */
export async function recountDone(day: string): Promise<boolean> {
  return (await getById(C.rollupRepairs, `recount-${day}`)) !== null
}

/** Records that the recount of `day` ran (repairs counts those it made); a second record of the same day is refused by its id. */
export async function markRecountDone(day: string, at: number, repairs: number): Promise<void> {
  await collection(C.rollupRepairs).add({ data: { _id: `recount-${day}`, day, at, repairs, kind: 'recount' } })
}
