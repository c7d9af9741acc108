/**
 * Naming of uploaded files (shared/uploads.ts, docs/API.md "Files"):
 * `<folder>/<fileKey>/<yyyymmdd>/<uploadId>.<ext>`, under the caller's own folder key (me.get), the
 * only place the functions accept the caller's files from.
 */
import { uploadPath, type UploadFolder } from '@shared/uploads'
import { getMe } from './me'
import { uploadFile } from './upload'
import { shanghai } from '@/utils/time'

function extensionOf(filePath: string): string {
  const m = /\.(jpe?g|png|gif|webp|heic)(\?|$)/i.exec(filePath)
  if (m) return m[1].toLowerCase()
  if (filePath.startsWith('data:image/png')) return 'png'
  return 'jpg'
}

/** Storage folders: complaint photos, signatures (A3), staff evidence and result photos, voice notes and videos (issue 19). */
export type Folder = UploadFolder

let fileKey: Promise<string> | undefined

/** The caller's folder key, asked once per run of the app (it never changes for a WeChat user). */
function myFileKey(): Promise<string> {
  fileKey ??= getMe().then(
    (m) => m.fileKey,
    (e) => {
      fileKey = undefined
      throw e
    },
  )
  return fileKey
}

/**
 * A fresh cloud path for a local file under the folder key `key`, dated in Asia/Shanghai; `ext`
 * when the path does not tell it (a recording's blob: URL), else the photo's own.
 */
export function cloudPathFor(filePath: string, folder: Folder, key: string, ext?: string): string {
  const day = shanghai(Date.now()).format('YYYYMMDD')
  const uploadId = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 10)}`.slice(0, 40)
  return uploadPath(folder, key, day, uploadId, ext ?? extensionOf(filePath))
}

/** Uploads a local file under a fresh cloud path in the caller's folder. @returns fileID. @throws ApiError */
export async function uploadLocalFile(
  filePath: string,
  onProgress?: (percent: number) => void,
  folder: Folder = 'complaints',
  ext?: string,
): Promise<string> {
  return uploadFile(filePath, cloudPathFor(filePath, folder, await myFileKey(), ext), onProgress)
}
