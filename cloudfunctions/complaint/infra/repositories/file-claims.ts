/**
 * The `file_claims` collection: which complaint each attached file belongs to (issue 12). A file
 * is claimed in the transaction that writes it into a complaint, so one upload is never attached
 * to two complaints, even by two calls at once. Documents are keyed by a hash of the fileID.
 */
import { createHash } from 'node:crypto'
import { invalidInput } from '../../domain/errors'
import { C, type Tx } from '../store'

const keyOf = (fileID: string) => createHash('sha256').update(fileID).digest('hex').slice(0, 40)

/**
 * Claims `fileIDs` for complaint `complaintId` inside transaction `t` (a file it already holds stays its).
 * @throws AppError INVALID_INPUT when a file belongs to another complaint (the transaction is then aborted).
 */
export async function claimIn(t: Tx, complaintId: string, fileIDs: readonly string[], at: number): Promise<void> {
  for (const fileID of new Set(fileIDs)) {
    const ref = t.collection(C.fileClaims).doc(keyOf(fileID))
    const held = (await ref.get()) as { data: { complaintId: string } | null }
    if (held.data && held.data.complaintId !== complaintId) throw invalidInput('该文件已用于另一件投诉，请重新上传')
    if (!held.data) await ref.set({ data: { complaintId, at } })
  }
}
