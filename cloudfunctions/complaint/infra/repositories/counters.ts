/**
 * The `counters` collection: sequences that number things per period (a complaint's `TS<day>-<n>`).
 * Only used inside a transaction, so two complaints of one day never get the same number.
 */
import { C, type Tx } from '../store'

/** The next value of counter `id` (1 for a new one), inside transaction `t`. */
export async function nextIn(t: Tx, id: string): Promise<number> {
  const counter = (await t.collection(C.counters).doc(id).get()) as { data: { seq: number } | null }
  const seq = (counter.data?.seq ?? 0) + 1
  await t.collection(C.counters).doc(id).set({ data: { seq } })
  return seq
}
