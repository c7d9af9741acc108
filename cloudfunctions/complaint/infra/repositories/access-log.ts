/**
 * The `access_log` collection (G3-P5, PIPL): every time staff saw a complainant's full contact
 * details, printed or exported a full registration form or looked residents up by room — who,
 * when, which fields, why — and what was done to personal data itself: an account deleted, a
 * complaint anonymised or its files deleted by retention. Entries are only ever added.
 */
import { endOfDay, startOfDay } from '../../domain/calendar'
import type { PersonRef } from '../../domain/model'
import type { AccessLogQuery } from '../../domain/privacy'
import { C, collection, command, count, find } from '../store'

/** One view of personal details, or one change made to them. */
export interface AccessEntry {
  complaintId: string | null
  /** Issue 16: the estate whose data was seen (an account deletion: the account's current estate). */
  estate: string
  complaintNo?: string
  viewer: PersonRef
  at: number
  fields: string[]
  /**
   * `reveal_contact`, `registration_form`, `resident_lookup`, `export_form`, `export_list`,
   * `account_deleted`, `retention_anonymised`, `retention_files_deleted`, `data_export`.
   */
  purpose: string
  /** The room looked up (resident_lookup). */
  room?: string
  /** Whose data, when no complaint names them: a deleted account's pseudonym. */
  subject?: string
  /** How many complaints or files an entry stands for (an account deletion, a data export). */
  count?: number
}

/** A stored entry. */
export type StoredAccessEntry = AccessEntry & { _id: string }

/** Records one view of personal details. */
export async function record(entry: AccessEntry): Promise<void> {
  await collection(C.accessLog).add({ data: entry })
}

/** Records an entry under its own id, once: a second record of the same id (a step repeated) is a no-op. */
export async function recordOnce(id: string, entry: AccessEntry): Promise<void> {
  try {
    await collection(C.accessLog).add({ data: { ...entry, _id: id } })
  } catch (e) {
    if (!/duplicate/i.test(String((e as Error).message))) throw e
  }
}

/** The filter of an access-log query (days are Shanghai days, both ends included). */
function whereOf(q: Omit<AccessLogQuery, 'page'>, estate: string, complaintId?: string | null): Record<string, unknown> {
  const _ = command()
  const where: Record<string, unknown> = { estate }
  if (q.viewerOpenid) where['viewer.openid'] = q.viewerOpenid
  if (complaintId !== undefined) where.complaintId = complaintId
  if (q.purpose) where.purpose = q.purpose
  if (q.from && q.to) where.at = _.and(_.gte(startOfDay(q.from)), _.lte(endOfDay(q.to)))
  else if (q.from) where.at = _.gte(startOfDay(q.from))
  else if (q.to) where.at = _.lte(endOfDay(q.to))
  return where
}

/**
 * One page of `estate`'s entries matching `q`, newest first, and how many match. `complaintId` narrows to
 * one complaint (null: the complaint number named none, so nothing matches).
 */
export async function query(q: AccessLogQuery, complaintId: string | null | undefined, size: number, estate: string) {
  const where = whereOf(q, estate, complaintId)
  const [total, items] = await Promise.all([
    count(C.accessLog, where),
    find<StoredAccessEntry>(C.accessLog, where, { orderBy: [['at', 'desc']], skip: (q.page - 1) * size, limit: size }),
  ])
  return { total, items }
}

/** Entries about these complaints (who saw a resident's contact), newest first, at most 1000. */
export function ofComplaints(complaintIds: string[]): Promise<StoredAccessEntry[]> {
  if (!complaintIds.length) return Promise.resolve([])
  return find<StoredAccessEntry>(
    C.accessLog,
    { complaintId: command().in(complaintIds.slice(0, 100)) },
    { orderBy: [['at', 'desc']], limit: 1000 },
  )
}
