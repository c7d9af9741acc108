/**
 * The `media_checks` collection: one document per stored file, its content check by
 * security.mediaCheckAsync (domain/media-check.ts). Changes are conditional on the status they
 * were decided on, so two timer runs never call WeChat twice for a file and a pushed verdict is
 * applied once — a replayed push finds the check already decided and changes nothing.
 */
import { createHash } from 'node:crypto'
import type { MediaCheck, MediaStatus, NewMediaCheck } from '../../domain/media-check'
import { C, collection, command, count, find, updateWhere, type Tx } from '../store'

export type { NewMediaCheck }

/** A file's check id: derived from its fileID, so a file is checked once however often it is named. */
export const checkIdOf = (fileID: string) => `m${createHash('sha1').update(fileID).digest('hex')}`

/**
 * Inside the change's transaction: queues a check of each file the change attached to complaint
 * `c` that has none yet — so no attached file is ever left unchecked, and a file named again keeps
 * its verdict.
 */
export async function addIn(t: Tx, c: { _id: string; no: string; estate?: string }, checks: NewMediaCheck[]): Promise<void> {
  for (const check of checks) {
    const ref = t.collection(C.mediaChecks).doc(checkIdOf(check.fileID))
    const existing = (await ref.get()) as { data: MediaCheck | null }
    if (!existing.data) await ref.set({ data: { ...check, complaintId: c._id, complaintNo: c.no, estate: c.estate } })
  }
}

/** The checks of these files, by fileID (at most 100 per call, in batches). */
export async function ofFiles(fileIDs: string[]): Promise<Map<string, MediaCheck>> {
  const ids = [...new Set(fileIDs)].map(checkIdOf)
  const out = new Map<string, MediaCheck>()
  for (let i = 0; i < ids.length; i += 100) {
    const rows = await find<MediaCheck>(C.mediaChecks, { _id: command().in(ids.slice(i, i + 100)) }, { limit: 100 })
    for (const r of rows) out.set(r.fileID, r)
  }
  return out
}

/** Checks in `status` whose next attempt is due, oldest due first, at most `limit`. */
export function due(status: MediaStatus, before: number, limit: number): Promise<MediaCheck[]> {
  return find<MediaCheck>(C.mediaChecks, { status, nextAttemptAt: command().lte(before) }, { orderBy: [['nextAttemptAt', 'asc']], limit })
}

/** Checks sent before `before` and still without a verdict, at most `limit`. */
export function unanswered(before: number, limit: number): Promise<MediaCheck[]> {
  return find<MediaCheck>(C.mediaChecks, { status: 'sent', sentAt: command().lt(before) }, { orderBy: [['sentAt', 'asc']], limit })
}

/** The check a pushed verdict's trace_id names, or null. */
export async function byTraceId(traceId: string): Promise<MediaCheck | null> {
  if (!traceId) return null
  const [c] = await find<MediaCheck>(C.mediaChecks, { traceId }, { limit: 1 })
  return c ?? null
}

/** Changes a check if it still has status `from`. @returns whether it did (false: another run or push was first). */
export async function move(id: string, from: MediaStatus, patch: Partial<MediaCheck>): Promise<boolean> {
  return (await updateWhere(C.mediaChecks, { _id: id, status: from }, patch as Record<string, unknown>)) === 1
}

/** Records the manager's decision on a check. */
export async function decide(id: string, decision: NonNullable<MediaCheck['decision']>): Promise<void> {
  await collection(C.mediaChecks).doc(id).update({ data: { decision } })
}

/** One check by id, or null. */
export async function byId(id: string): Promise<MediaCheck | null> {
  const [c] = await find<MediaCheck>(C.mediaChecks, { _id: id }, { limit: 1 })
  return c ?? null
}

/** Checks in `statuses` for the manager, newest first, one page; with the total. */
export async function needingManager(statuses: MediaStatus[], skip: number, limit: number) {
  const where = { status: command().in(statuses) }
  const [total, items] = await Promise.all([
    count(C.mediaChecks, where),
    find<MediaCheck>(C.mediaChecks, where, { orderBy: [['createdAt', 'desc']], skip, limit }),
  ])
  return { total, items }
}

/** The checks of files `openid` uploaded (a resident's own data), at most 1000. */
export function byUploader(openid: string): Promise<MediaCheck[]> {
  return find<MediaCheck>(C.mediaChecks, { 'uploader.openid': openid }, { limit: 1000 })
}

/** Marks the checks of deleted files so a verdict arriving later is ignored. */
export async function markDeleted(fileIDs: string[], now: number): Promise<void> {
  const ids = [...new Set(fileIDs)].map(checkIdOf)
  for (let i = 0; i < ids.length; i += 100) {
    await updateWhere(C.mediaChecks, { _id: command().in(ids.slice(i, i + 100)) }, { status: 'deleted', verdictAt: now })
  }
}

/** Replaces the uploader of `openid`'s checks by a pseudonym (account deletion). */
export async function pseudonymiseUploader(openid: string, pseudonym: string): Promise<void> {
  await updateWhere(C.mediaChecks, { 'uploader.openid': openid }, { uploader: { openid: pseudonym, name: pseudonym, role: 'resident' } })
}
