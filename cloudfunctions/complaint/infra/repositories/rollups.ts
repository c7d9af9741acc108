/**
 * The `rollups` collection (issue 17): the report's counters per estate, Shanghai day and
 * department (domain/rollup.ts), moved inside the transaction of the change that moves them, by
 * document id (WeChat cloud transactions allow nothing else) — so a counter is never ahead of or
 * behind its complaint. The nightly recount that repairs drift runs in the report function
 * (report/actions/rollup-recount.ts).
 */
import type { Complaint } from '../../domain/model'
import { nestCounters, rollupDelta, type CountedEvent, type RollupDelta, type RollupDoc } from '../../domain/rollup'
import { C, command, type Tx } from '../store'

/** Writes one delta in transaction `t`: a new document, or `_.inc` on the one there. */
async function writeIn(t: Tx, d: RollupDelta, at: number): Promise<void> {
  const ref = t.collection(C.rollups).doc(d.id)
  const current = (await ref.get()) as { data: RollupDoc | null }
  if (!current.data) {
    await ref.set({ data: { day: d.day, estate: d.estate, dept: d.dept, c: nestCounters(d.inc), names: d.names, updatedAt: at } })
    return
  }
  const _ = command()
  const data: Record<string, unknown> = { updatedAt: at }
  for (const [k, v] of Object.entries(d.inc)) data[`c.${k}`] = _.inc(v)
  for (const [k, v] of Object.entries(d.names)) data[`names.${k}`] = v
  await ref.update({ data })
}

/**
 * Moves the rollups for the change `before` → `after` (null `before`: a new complaint) and the
 * events written with it, inside transaction `t`.
 */
export async function moveIn(t: Tx, before: Complaint | null, after: Complaint, events: readonly CountedEvent[]): Promise<void> {
  for (const d of rollupDelta(before, after, events)) await writeIn(t, d, after.updatedAt)
}
