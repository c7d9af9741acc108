/**
 * The `access_log` collection (G3-P5): every time staff saw a complainant's full contact details
 * or looked residents up by room — who, when, which fields, why. Entries are only ever added.
 */
import type { PersonRef } from '../../domain/model'
import { C, collection } from '../store'

/** One view of personal details. */
export interface AccessEntry {
  complaintId: string | null
  complaintNo?: string
  viewer: PersonRef
  at: number
  fields: string[]
  /** `reveal_contact`, `registration_form`, `resident_lookup`. */
  purpose: string
  /** The room looked up (resident_lookup). */
  room?: string
}

/** Records one view of personal details. */
export async function record(entry: AccessEntry): Promise<void> {
  await collection(C.accessLog).add({ data: entry })
}
