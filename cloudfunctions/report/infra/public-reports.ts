/**
 * The `public_reports` collection (S4, issue 19): one frozen document per published month, keyed
 * by the month (`YYYY-MM`); and the count of corrective and preventive actions completed in a month.
 */
import type { PublicReport } from '../domain/public-report'
import { database } from './cloud'
import { C, count, find, getById } from './store'

/** The month's publication, or null. */
export function byMonth(month: string): Promise<(PublicReport & { _id: string }) | null> {
  return getById<PublicReport & { _id: string }>(C.publicReports, month)
}

/** Writes (or replaces) the month's publication. */
export async function save(doc: PublicReport): Promise<void> {
  await database().collection(C.publicReports).doc(doc.month).set({ data: doc })
}

/** The latest month published, or null. */
export async function latest(): Promise<PublicReport | null> {
  const [doc] = await find<PublicReport>(C.publicReports, {}, { orderBy: [['month', 'desc']], limit: 1 })
  return doc ?? null
}

/** S3: actions of `kind` completed (`doneAt`) in [start, end). */
export function completedActions(kind: 'corrective' | 'preventive', start: number, end: number): Promise<number> {
  const _ = database().command
  return count(C.actions, { status: 'done', kind, doneAt: _.gte(start).and(_.lt(end)) })
}
