/**
 * Which uploaded files a caller may attach (issue 12, docs/DESIGN.md "Uploaded files"): only
 * uploads of this cloud environment, in the folder of the field, under the caller's own folder
 * key. Whether a file is still free — not attached to another complaint — is decided where the
 * complaint is written (infra/repositories/file-claims.ts), in the same transaction. Pure.
 */
import { parseFileId, UPLOAD_FOLDERS, type UploadFolder } from '@shared/uploads'

/** Files given for one field, the folder they must be in, and the field's name for messages. */
export interface Attachments {
  ids: readonly string[]
  folder: UploadFolder
  label: string
}

/** The caller as storage knows them: the cloud environment and their folder key (shared/uploads.ts). */
export interface Uploader {
  env: string
  fileKey: string
}

/**
 * Why `fileID` may not be attached to the field `a` by `by`, in Chinese naming the field; null when it may.
 * A file of another environment, another folder or another shape is invalid; one under another
 * person's folder key is someone else's.
 */
export function attachmentProblem(fileID: string, a: Pick<Attachments, 'folder' | 'label'>, by: Uploader): string | null {
  const f = parseFileId(fileID)
  if (!f || f.env !== by.env) return `${a.label}无效，请重新上传`
  if (f.folder !== a.folder) return `${a.label}应上传到“${UPLOAD_FOLDERS[a.folder]}”，请重新上传`
  if (f.fileKey !== by.fileKey) return `只能使用您本人上传的${a.label}，请重新上传`
  return null
}

/** The first problem of any file of `groups`, or null when every file may be attached. */
export function attachmentsProblem(groups: readonly Attachments[], by: Uploader): string | null {
  for (const g of groups) {
    for (const id of g.ids) {
      const problem = attachmentProblem(id, g, by)
      if (problem) return problem
    }
  }
  return null
}
