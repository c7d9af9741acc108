/** Naming of uploaded files (docs/API.md: `complaints/<yyyymmdd>/<random>.<ext>`). */
import { uploadFile } from './upload'
import { shanghai } from '@/utils/time'

function extensionOf(filePath: string): string {
  const m = /\.(jpe?g|png|gif|webp|heic)(\?|$)/i.exec(filePath)
  if (m) return m[1].toLowerCase()
  if (filePath.startsWith('data:image/png')) return 'png'
  return 'jpg'
}

/** Storage folders: complaint photos, signatures (A3), and staff evidence and result photos. */
export type Folder = 'complaints' | 'signatures' | 'evidence'

/** A fresh cloud path for a local file, dated in Asia/Shanghai. */
export function cloudPathFor(filePath: string, folder: Folder = 'complaints'): string {
  const day = shanghai(Date.now()).format('YYYYMMDD')
  const random = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`
  return `${folder}/${day}/${random}.${extensionOf(filePath)}`
}

/** Uploads a local file under a fresh cloud path. @returns fileID. @throws ApiError */
export function uploadLocalFile(filePath: string, onProgress?: (percent: number) => void, folder?: Folder): Promise<string> {
  return uploadFile(filePath, cloudPathFor(filePath, folder), onProgress)
}
