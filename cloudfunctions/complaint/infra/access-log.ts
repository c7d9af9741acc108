/**
 * The access log (G3-P5): who received a complainant's full details, when, and for what — the
 * printable registration form, an export file. Collection `access_log`; entries are only added.
 */
import type { AccessLogEntry } from '../domain/model'
import { database } from './cloud'
import { C } from './store'

/** One entry; `fileID` names the export file the details left in. */
export type AccessRecord = AccessLogEntry & { complaintNo: string; fileID?: string }

/** The complainant fields a full view or export carries. */
export const CONTACT_FIELDS = ['name', 'room', 'phone']

/** Adds the entries (in batches the cloud accepts in one call). */
export async function recordAccess(entries: AccessRecord[]): Promise<void> {
  for (let i = 0; i < entries.length; i += 500) {
    await database()
      .collection(C.accessLog)
      .add({ data: entries.slice(i, i + 500) })
  }
}
