/**
 * The `events` collection: the immutable history of each complaint (V2). Events are only ever
 * added, in the transaction of the change they record.
 */
import type { NewEvent } from '../../domain/history'
import type { Complaint, ComplaintEvent } from '../../domain/model'
import { C, find, type Tx } from '../store'

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
    await t.collection(C.events).add({ data: { ...e, complaintId: c._id, complaintNo: c.no, seq: c.version * 10 + i++ } })
}
