/**
 * Migration 002: the work lists' order. complaint.list now sorts and pages in the database by
 * `dueAt` (cloudfunctions/complaint/domain/list-order.ts): the deadline that applies in the
 * complaint's state, or NO_DEADLINE (the greatest JavaScript instant) when none does. The
 * complaint function writes it with every change; this fills it for the complaints stored before,
 * and corrects any that disagree. Idempotent: a second run finds nothing to change. Written on its
 * own (a migration must not change meaning when the domain code does later); the deploy tests
 * check that it agrees with the function on complaints of every state.
 */

/** list-order.ts NO_DEADLINE. */
export const NO_DEADLINE = 8_640_000_000_000_000
const WITH_DEPARTMENT = ['dispatched', 'investigating', 'plan_pending', 'handling', 'reopened']
const PAGE = 500

/** The deadline supervision watches in the complaint's state (deadlines.ts activeDeadline), or NO_DEADLINE. */
export function dueAtOf(c) {
  const d = c.deadlines ?? {}
  if (c.status === 'accepted') return d.dispatchDueAt || NO_DEADLINE
  if (!WITH_DEPARTMENT.includes(c.status)) return NO_DEADLINE
  if (c.emergency && !c.respondedAt && d.responseDueAt) return d.responseDueAt
  return d.handlingDueAt || NO_DEADLINE
}

/** @param db the cloud database (wx-server-sdk). @param ctx { log, now, env } */
export async function up(db, ctx) {
  const _ = db.command
  let read = 0
  let changed = 0
  let last = ''
  for (;;) {
    // Pages by id, so that the writes of this run never shift the pages still to read.
    const where = last ? { _id: _.gt(last) } : {}
    const page = await db
      .collection('complaints')
      .where(where)
      .orderBy('_id', 'asc')
      .limit(PAGE)
      .field({ status: true, deadlines: true, emergency: true, respondedAt: true, dueAt: true })
      .get()
    for (const c of page.data) {
      const dueAt = dueAtOf(c)
      if (c.dueAt !== dueAt) {
        await db.collection('complaints').doc(c._id).update({ data: { dueAt } })
        changed += 1
      }
    }
    read += page.data.length
    if (page.data.length < PAGE) break
    last = page.data[page.data.length - 1]._id
  }
  ctx.log(`work-list order: ${changed} of ${read} complaints given their dueAt`)
}
