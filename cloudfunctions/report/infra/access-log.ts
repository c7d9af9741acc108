/**
 * The access log (G3-P5) as the exports write it: one entry per complaint whose complainant's full
 * details left in a file — who, when, which fields, why, and the file. Collection `access_log`;
 * entries are only added, in batches the cloud accepts in one call.
 */
import type { PersonRef } from '../../complaint/domain/model'
import { database } from './cloud'
import { C } from './store'

/** The complainant fields a full export carries. */
export const CONTACT_FIELDS = ['name', 'room', 'phone']

/** Records that `viewer` received these complaints' full complainant details in the file `fileID`. */
export async function logExportAccess(
  complaints: { _id: string; no: string }[],
  viewer: PersonRef,
  at: number,
  purpose: 'export_form' | 'export_list',
  fileID: string,
): Promise<void> {
  for (let i = 0; i < complaints.length; i += 500) {
    const data = complaints
      .slice(i, i + 500)
      .map((c) => ({ complaintId: c._id, complaintNo: c.no, viewer, at, fields: CONTACT_FIELDS, purpose, fileID }))
    await database().collection(C.accessLog).add({ data })
  }
}
