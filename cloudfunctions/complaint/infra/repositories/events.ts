/**
 * The `events` collection: the immutable history of each complaint (V2). Events are only ever
 * added, in the transaction of the change they record; the one change made to them later is the
 * complainant's name replaced by a pseudonym when a complaint is anonymised (PIPL, issue 15).
 */
import type { NewEvent } from '../../domain/history'
import type { Complaint, ComplaintEvent, PersonRef } from '../../domain/model'
import { C, find, updateWhere, type Tx } from '../store'

/** Events of a complaint, oldest first (V2). */
export async function ofComplaint(complaintId: string): Promise<(ComplaintEvent & { _id: string })[]> {
  return find(C.events, { complaintId }, { orderBy: [['seq', 'asc']], limit: 1000 })
}

/**
 * Adds `events` of complaint `c` inside transaction `t`. `seq` orders a complaint's events even
 * when they share a millisecond: the complaint's version, then the event's position.
 */
export async function addIn(t: Tx, c: Complaint, events: NewEvent[]): Promise<void> {
  let i = 0
  for (const e of events)
    await t.collection(C.events).add({ data: { ...e, complaintId: c._id, complaintNo: c.no, estate: c.estate, seq: c.version * 10 + i++ } })
}

/** Records the complainant's own steps on a complaint's history under `ref` (anonymisation). */
export async function pseudonymiseActor(complaintId: string, openid: string, ref: PersonRef): Promise<void> {
  await updateWhere(C.events, { complaintId, 'actor.openid': openid }, { actor: ref })
}
