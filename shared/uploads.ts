/**
 * Where uploaded files live in cloud storage (issue 12, docs/DESIGN.md "Uploaded files"): the
 * mini-program names each upload `<folder>/<fileKey>/<yyyymmdd>/<uploadId>.<ext>`, and the
 * functions accept a fileID only under the caller's own `fileKey` and the folder of the field.
 * `fileKey` is an opaque name for the uploader (me.get gives each caller theirs), not the OPENID,
 * so a photo's URL does not tell its viewers who took it.
 */

/**
 * Folders and what goes in them: a complaint's photos, staff's investigation and result files,
 * signatures (A3), voice notes and short videos (issue 19).
 */
export const UPLOAD_FOLDERS = {
  complaints: '投诉照片',
  evidence: '调查与处理附件',
  signatures: '投诉人签字',
  voice: '语音留言',
  videos: '视频证据',
  imports: '导入的表格',
} as const

export type UploadFolder = keyof typeof UPLOAD_FOLDERS

/** File extensions each folder takes (lower case): images, and PDF among staff's files. */
export const UPLOAD_EXTENSIONS: Record<UploadFolder, readonly string[]> = {
  complaints: ['jpg', 'jpeg', 'png', 'gif', 'webp', 'heic'],
  evidence: ['jpg', 'jpeg', 'png', 'gif', 'webp', 'heic', 'pdf'],
  signatures: ['png', 'jpg', 'jpeg'],
  // WeChat's recorder writes aac or mp3; browsers' MediaRecorder webm/ogg (Chromium, Firefox) or mp4 audio (Safari).
  voice: ['aac', 'mp3', 'm4a', 'wav', 'webm', 'ogg'],
  videos: ['mp4', 'mov', 'm4v', 'webm'],
  // Issue 16: the manager's household roster to import.
  imports: ['xlsx'],
}

/** An uploader's folder key: 24 lower-case hex digits. */
export const FILE_KEY_PATTERN = /^[0-9a-f]{24}$/

const PATH = /^(complaints|evidence|signatures|voice|videos|imports)\/([0-9a-f]{24})\/(\d{8})\/([0-9a-z]{8,40})\.([a-z0-9]{3,4})$/
/** `cloud://<env>.<bucket>/<path>`: WeChat's fileID (the bucket is the environment's storage bucket). */
const FILE_ID = /^cloud:\/\/([a-z0-9][a-z0-9-]{0,63})\.([A-Za-z0-9][A-Za-z0-9-]{0,127})\/(.+)$/

/** A stored upload's path, taken apart. */
export interface UploadPath {
  folder: UploadFolder
  fileKey: string
  /** The Shanghai day it was uploaded, `yyyymmdd`. */
  day: string
  uploadId: string
  ext: string
}

/**
 * The cloud path of one upload. Takes the folder, the uploader's fileKey, the Shanghai day
 * (`yyyymmdd`), a fresh random upload id (8–40 of 0–9, a–z) and the extension; returns the path.
 */
export function uploadPath(folder: UploadFolder, fileKey: string, day: string, uploadId: string, ext: string): string {
  return `${folder}/${fileKey}/${day}/${uploadId}.${ext.toLowerCase()}`
}

/** A cloud path taken apart, or null when it is not one the mini-program writes (the folder's extensions included). */
export function parseUploadPath(path: string): UploadPath | null {
  const m = PATH.exec(path)
  if (!m) return null
  const [, folder, fileKey, day, uploadId, ext] = m
  if (!UPLOAD_EXTENSIONS[folder as UploadFolder].includes(ext)) return null
  return { folder: folder as UploadFolder, fileKey, day, uploadId, ext }
}

/** A fileID taken apart: its cloud environment and its upload path; null for anything else (a URL, a local path, `javascript:`…). */
export function parseFileId(fileID: string): (UploadPath & { env: string }) | null {
  const m = FILE_ID.exec(fileID)
  const path = m ? parseUploadPath(m[3]) : null
  return m && path ? { env: m[1], ...path } : null
}
