/**
 * The `conversation` collection: the messages of each complaint's thread (C4). Messages are only
 * ever added, in the transaction that updates the complaint's thread counts (complaints.commit).
 */
import type { ThreadMessage } from '../../domain/conversation'
import type { Complaint, PersonRef } from '../../domain/model'
import { C, find, updateWhere, type Tx } from '../store'

/** Messages of a complaint, oldest first (at most 1000). */
export function ofComplaint(complaintId: string): Promise<(ThreadMessage & { _id: string })[]> {
  return find(C.conversation, { complaintId }, { orderBy: [['at', 'asc']], limit: 1000 })
}

/** Adds `messages` of complaint `c` inside transaction `t`. */
export async function addIn(t: Tx, c: Complaint, messages: Omit<ThreadMessage, 'complaintId' | 'complaintNo'>[]): Promise<void> {
  for (const m of messages)
    await t.collection(C.conversation).add({ data: { ...m, complaintId: c._id, complaintNo: c.no, estate: c.estate } })
}

/** Records the messages `openid` wrote on a complaint's thread under `ref` (anonymisation, PIPL art. 47). */
export async function pseudonymiseAuthor(complaintId: string, openid: string, ref: PersonRef): Promise<void> {
  await updateWhere(C.conversation, { complaintId, 'from.openid': openid }, { from: ref })
}

/** Every photo on a complaint's thread. */
export async function photosOf(complaintId: string): Promise<string[]> {
  return (await ofComplaint(complaintId)).flatMap((m) => m.photos ?? [])
}

/** Takes every photo off a complaint's thread (its files were deleted: retention, account deletion). */
export async function removePhotos(complaintId: string): Promise<void> {
  await updateWhere(C.conversation, { complaintId }, { photos: [] })
}
