/**
 * The `quota` collection: the subscription-message ledger, per user and template (MESSAGES.md):
 * each acceptance of requestSubscribeMessage adds one message; each message sent takes one.
 */
import { C, collection, command, find, transaction, updateWhere } from '../store'

const idOf = (openid: string, template: string) => `${openid}:${template}`

/** Adds one acceptance to `openid`'s ledger for `template`. */
export async function grant(openid: string, template: string, now: number): Promise<void> {
  await transaction(async (t) => {
    const id = idOf(openid, template)
    const cur = ((await t.collection(C.quota).doc(id).get()) as { data: { count: number } | null }).data
    await t
      .collection(C.quota)
      .doc(id)
      .set({ data: { openid, template, count: (cur?.count ?? 0) + 1, updatedAt: now } })
  })
}

/** `openid`'s ledger rows (at most 50: one per template). */
export function of(openid: string): Promise<{ template: string; count: number }[]> {
  return find<{ template: string; count: number }>(C.quota, { openid }, { limit: 50 })
}

/** Takes one acceptance from the ledger. @returns false when none is left. */
export async function take(openid: string, template: string): Promise<boolean> {
  const _ = command()
  return (await updateWhere(C.quota, { _id: idOf(openid, template), count: _.gt(0) }, { count: _.inc(-1) })) === 1
}

/** Gives back an acceptance taken for a message that was not sent. */
export async function giveBack(openid: string, template: string): Promise<void> {
  await collection(C.quota)
    .doc(idOf(openid, template))
    .update({ data: { count: command().inc(1) } })
}

/** Removes `openid`'s whole ledger: no subscription message is sent to them until they accept again. @returns how many rows went. */
export async function removeAllOf(openid: string): Promise<number> {
  const r = (await collection(C.quota).where({ openid }).remove()) as unknown as { stats?: { removed?: number } }
  return r.stats?.removed ?? 0
}
