/**
 * The files a use case attaches to a complaint, checked against the caller (issue 12): each must
 * be this environment's upload, in its field's folder, under the caller's own folder key
 * (domain/attachments.ts). The fileIDs returned are claimed for the complaint when it is written.
 */
import { attachmentsProblem, type Attachments } from '../../domain/attachments'
import { invalidInput } from '../../domain/errors'
import { environment } from '../../infra/environment'
import { givenFileKeyOf } from '../../infra/files'
import type { CallContext } from '../context'

/**
 * @param groups the files of each field with their folder and label.
 * @returns every fileID given, to claim. @throws AppError INVALID_INPUT naming the field.
 */
export async function checkAttachments(groups: readonly Attachments[], ctx: CallContext): Promise<string[]> {
  const ids = groups.flatMap((g) => g.ids)
  if (!ids.length) return []
  // Read-only: a refused call must not even create the upload secret.
  const problem = attachmentsProblem(groups, { env: environment.cloudEnv, fileKey: (await givenFileKeyOf(ctx.openid)) ?? '' })
  if (problem) throw invalidInput(problem)
  return ids
}

const list = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : typeof v === 'string' ? [v] : [])
/** The fileIDs of recordings `{ fileID, durationMs }` (issue 19). */
const clipIds = (v: unknown): string[] => (Array.isArray(v) ? v.map((c) => String((c as { fileID?: unknown })?.fileID)) : [])

/**
 * The files of a transition's input: investigation, statement and result files as evidence; a
 * confirmation's signature; the complainant's photos of an addition (C1); voice notes and videos (issue 19).
 */
export function attachmentsOf(input: Record<string, unknown>): Attachments[] {
  return [
    { ids: list(input.files), folder: 'evidence', label: '附件' },
    { ids: list(input.signatureFile), folder: 'signatures', label: '签字图片' },
    { ids: list(input.photos), folder: 'complaints', label: '照片' },
    { ids: clipIds(input.voiceNotes), folder: 'voice', label: '语音' },
    { ids: clipIds(input.videos), folder: 'videos', label: '视频' },
  ]
}
