/**
 * The `counters` collection: sequences that number things per period (a complaint's `TS<day>-<n>`),
 * only used inside a transaction so two complaints of one day never get the same number; and
 * windowed counts that keep calls to a rate-limited API within its limits.
 */
import { C, collection, command, getById, updateWhere, type Tx } from '../store'

/** The next value of counter `id` (1 for a new one), inside transaction `t`. */
export async function nextIn(t: Tx, id: string): Promise<number> {
  const counter = (await t.collection(C.counters).doc(id).get()) as { data: { seq: number } | null }
  const seq = (counter.data?.seq ?? 0) + 1
  await t.collection(C.counters).doc(id).set({ data: { seq } })
  return seq
}

/**
 * Takes one of the `limit` uses of counter `id` in window `window` (a minute, a day — any number
 * that grows); a new window starts from nothing. Conditional updates, so concurrent runs never
 * take more than `limit` between them. @returns false when the window is used up.
 */
export async function takeInWindow(id: string, window: number, limit: number): Promise<boolean> {
  const _ = command()
  const take = async () => (await updateWhere(C.counters, { _id: id, window, count: _.lt(limit) }, { count: _.inc(1) })) === 1
  if (await take()) return true
  if ((await updateWhere(C.counters, { _id: id, window: _.lt(window) }, { window, count: 1 })) === 1) return true
  if (!(await getById(C.counters, id))) {
    try {
      await collection(C.counters).add({ data: { _id: id, window, count: 1 } })
      return true
    } catch {
      // Another run created it a moment ago: take from it as it stands.
    }
  }
  return take()
}

/** Gives back a use taken from window `window` of counter `id` that was not used. */
export async function giveBackInWindow(id: string, window: number): Promise<void> {
  await updateWhere(C.counters, { _id: id, window }, { count: command().inc(-1) })
}
