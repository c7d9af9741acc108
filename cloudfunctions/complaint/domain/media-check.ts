/**
 * Content checks of stored files (photos, evidence, signatures, voice notes) by WeChat's
 * security.mediaCheckAsync (issue 15): the record of each file's check, the queue's timing and
 * limits, and who may see a file while or after it is checked. Pure.
 *
 * Who sees a file: its uploader and the office manager always (with a note saying why others may
 * not); anyone else who may see the complaint once it passed or the manager decided to show it.
 * A risky file is hidden from everyone else; a "review" file from everyone else until the manager
 * looks. While the verdict is awaited — or the check failed or never answered, which the manager
 * is shown — staff see it (the work goes on) and residents do not.
 */
import type { Complaint, PersonRef } from './model'
import { parseFileId } from '@shared/uploads'
import { fileIdsIn, isFileId } from './free-text'

/** Where a file's check stands. */
export type MediaStatus =
  /** Waiting for its turn in the queue (or for a retry). */
  | 'queued'
  /** Claimed by a run that is calling WeChat now. */
  | 'sending'
  /** WeChat answered a trace_id; the verdict is awaited. */
  | 'sent'
  | 'pass'
  | 'review'
  | 'risky'
  /** The call kept failing (the check service is down, the user left too long ago …). */
  | 'failed'
  /** No verdict came within VERDICT_WAIT_MS. */
  | 'timeout'
  /** Not an image or audio WeChat can check (a PDF). */
  | 'unsupported'
  /** The file was deleted (retention, account deletion): any later verdict is ignored. */
  | 'deleted'

/** One file's check. Collection `media_checks`, one document per file (`_id` from the fileID). */
export interface MediaCheck {
  _id: string
  fileID: string
  complaintId: string
  complaintNo: string
  /** Who uploaded it: told when it is risky; always sees it. */
  uploader: PersonRef
  /** WeChat's media_type: 1 audio, 2 image; 0 when it cannot be checked. */
  mediaType: 0 | 1 | 2
  status: MediaStatus
  traceId?: string
  attempts: number
  nextAttemptAt: number
  createdAt: number
  sentAt?: number
  verdictAt?: number
  /** WeChat's label for a verdict (100 normal; 20001 politics, 20002 porn …). */
  label?: number
  /** The last error code of a failed call (never its message: it may quote the URL). */
  lastError?: string
  /** The manager looked at it and decided whether others see it. */
  decision?: { show: boolean; by: PersonRef; at: number }
}

/** A check as a change queues it, before it is tied to its complaint. */
export type NewMediaCheck = Omit<MediaCheck, '_id' | 'complaintId' | 'complaintNo'>

/**
 * The checks a change queues for the files it attached (`fileIDs`, by `uploader` at `now`):
 * images and audio wait for their turn; anything else WeChat cannot check goes to the manager.
 */
export function checksFor(fileIDs: string[], uploader: PersonRef, now: number): NewMediaCheck[] {
  return [...new Set(fileIDs)].map((fileID) => {
    const mediaType = mediaTypeOf(fileID)
    return { fileID, uploader, mediaType, status: mediaType ? 'queued' : 'unsupported', attempts: 0, nextAttemptAt: now, createdAt: now }
  })
}

/** WeChat's limits on mediaCheckAsync: calls a minute and a day. */
export const MEDIA_LIMITS = { perMinute: 2000, perDay: 200_000, maxAttempts: 5 }
/** Verdicts come within 30 minutes; after 40 with none, the manager is shown the file. */
export const VERDICT_WAIT_MS = 40 * 60_000
/** A run that claimed a file and died: after this the file is queued again. */
export const STALE_SENDING_MS = 5 * 60_000

/** Statuses the manager should look at: a verdict that hides a file, or no verdict at all. */
export const NEEDS_MANAGER: MediaStatus[] = ['risky', 'review', 'failed', 'timeout', 'unsupported']
/** Statuses a pushed verdict may still change (a late verdict after a timeout is genuine). */
export const AWAITING_VERDICT: MediaStatus[] = ['sent', 'timeout']

const AUDIO = /\.(mp3|aac|m4a|wav|amr|silk|ogg)$/i
const IMAGE = /\.(jpe?g|png|gif|webp|bmp|heic)$/i

/**
 * WeChat's media_type of a file: 2 image, 1 audio, 0 neither. A voice note (issue 19) is audio
 * whatever its container (a browser's webm too); a video is not something WeChat checks, so it
 * goes to the manager; anything else by its name.
 */
export function mediaTypeOf(fileID: string): 0 | 1 | 2 {
  const folder = parseFileId(fileID)?.folder
  if (folder === 'voice') return 1
  if (folder === 'videos') return 0
  if (IMAGE.test(fileID)) return 2
  if (AUDIO.test(fileID)) return 1
  return 0
}

/** Retry delay after `attempts` failed calls: 1, 2, 4, 8 minutes. */
export const retryDelay = (attempts: number) => 60_000 * 2 ** Math.max(0, attempts - 1)

/** The first instant of the next minute after `now` (when a per-minute limit frees up). */
export const nextMinute = (now: number) => (Math.floor(now / 60_000) + 1) * 60_000

/** Who is looking at a file. */
export interface Viewer {
  openid: string
  role: string
}

/** Whether `viewer` may see the file its check describes (see the module comment). No check: an older file, shown. */
export function mayShowFile(check: MediaCheck | undefined, viewer: Viewer): boolean {
  if (!check) return true
  if (check.status === 'deleted') return false
  if (viewer.role === 'manager' || viewer.openid === check.uploader.openid) return true
  if (check.decision) return check.decision.show
  if (check.status === 'pass') return true
  if (check.status === 'risky' || check.status === 'review') return false
  return viewer.role !== 'resident'
}

/** What the uploader or the manager is told beside a file others may not see (or not yet); '' when nothing. */
export function noteFor(check: MediaCheck | undefined, viewer: Viewer): string {
  if (!check || (viewer.role !== 'manager' && viewer.openid !== check.uploader.openid)) return ''
  if (check.decision) return check.decision.show ? '' : '管理处经理已将此文件隐藏，仅您与经理可见'
  if (check.status === 'risky') return '未通过内容安全检测，已对他人隐藏'
  if (check.status === 'review') return '内容安全检测建议人工复核，经理查看后才对员工显示'
  return viewer.role === 'manager' && ['failed', 'timeout', 'unsupported'].includes(check.status) ? '内容安全检测未完成，请经理查看' : ''
}

/** Whether `v` is a hidden file, or an entry of a list standing for one (a voice note `{ fileID, durationMs }`). */
const isHidden = (v: unknown, hidden: Set<string>): boolean =>
  isFileId(v) ? hidden.has(v) : !!v && typeof v === 'object' && hidden.has((v as { fileID?: unknown }).fileID as string)

/**
 * `value` without the files of `hidden`, wherever they are (arrays of files lose them and the
 * entries naming them, a field holding one is dropped) — so a place for files added later is covered too.
 */
export function withoutFiles<T>(value: T, hidden: Set<string>): T {
  if (!hidden.size) return value
  if (Array.isArray(value)) return value.filter((v) => !isHidden(v, hidden)).map((v) => withoutFiles(v, hidden)) as T
  if (!value || typeof value !== 'object') return value
  const out: Record<string, unknown> = {}
  for (const [k, v] of Object.entries(value)) {
    if (isFileId(v) && hidden.has(v)) continue
    out[k] = withoutFiles(v, hidden)
  }
  return out as T
}

/** Every stored file a complaint refers to, wherever it is. */
export const filesOf = (c: Complaint): string[] => [...new Set(fileIdsIn(c))]

/** The files of `c` that `viewer` may not see, given the checks by fileID. */
export function hiddenFiles(c: Complaint, checks: Map<string, MediaCheck>, viewer: Viewer): Set<string> {
  return new Set(filesOf(c).filter((f) => !mayShowFile(checks.get(f), viewer)))
}
