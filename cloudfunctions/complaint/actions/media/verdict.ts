/**
 * A pushed `wxa_media_check` event: WeChat's verdict on a file sent to mediaCheckAsync, matched by
 * its trace_id. The function router hands it here before any action routing. A forged or replayed
 * event changes nothing: it must name this mini-program's AppID and a trace_id WeChat gave us (never
 * shown to any client) whose check still awaits a verdict; a verdict on a file that was deleted
 * meanwhile is ignored. A risky file's uploader is told in their messages.
 */
import { dayOf } from '../../domain/calendar'
import { AWAITING_VERDICT, filesOf, type MediaCheck, type MediaStatus } from '../../domain/media-check'
import { log } from '../../infra/cloud'
import { environment } from '../../infra/environment'
import * as complaints from '../../infra/repositories/complaints'
import * as conversation from '../../infra/repositories/conversation'
import * as inbox from '../../infra/repositories/inbox'
import * as checks from '../../infra/repositories/media-checks'
import * as users from '../../infra/repositories/users'

/** The pushed event's fields this function reads. */
export interface MediaCheckPush {
  MsgType?: string
  Event?: string
  appid?: string
  trace_id?: string
  errcode?: number
  result?: { suggest?: string; label?: number }
}

/** Whether an invocation's event is a pushed media verdict (not a call from the mini-program). */
export function isMediaCheckPush(event: unknown): event is MediaCheckPush {
  const e = event as MediaCheckPush | null
  return !!e && e.MsgType === 'event' && e.Event === 'wxa_media_check'
}

const VERDICTS: Record<string, MediaStatus> = { pass: 'pass', review: 'review', risky: 'risky' }

/** Tells the uploader their file was hidden (idempotent: one message per file). */
async function tellUploader(c: MediaCheck, now: number): Promise<void> {
  if (!(await users.byOpenid(c.uploader.openid))) return
  await inbox.put(`media-risky-${c._id}`, {
    openid: c.uploader.openid,
    complaintId: c.complaintId,
    complaintNo: c.complaintNo,
    kind: 'media_risky',
    title: '您上传的文件未通过内容安全检测',
    fields: [c.complaintNo, '该文件已对他人隐藏，投诉本身不受影响；如有需要，请重新上传合适的照片'],
    at: now,
    read: false,
  })
}

/** Whether the checked file is still part of its complaint or its conversation (not deleted by retention or account deletion). */
async function stillAttached(c: MediaCheck): Promise<boolean> {
  const complaint = await complaints.byId(c.complaintId, null)
  if (!complaint) return false
  return filesOf(complaint).includes(c.fileID) || (await conversation.photosOf(complaint._id)).includes(c.fileID)
}

/** What handling a push came to (for logs and tests; WeChat only needs the answer 'success'). */
export type PushOutcome = 'applied' | 'wrong_app' | 'unknown_trace' | 'already_decided' | 'file_deleted' | 'malformed'

/** The check a genuine push is about, or why the push changes nothing. */
async function checkOf(e: MediaCheckPush): Promise<MediaCheck | PushOutcome> {
  if (e.appid !== environment.appid) return 'wrong_app'
  const check = await checks.byTraceId(String(e.trace_id ?? ''))
  if (!check) return 'unknown_trace'
  if (!AWAITING_VERDICT.includes(check.status)) return 'already_decided'
  return check
}

/** Applies one pushed verdict at `now`. @returns what it came to; never throws for a bad event. */
export async function receiveVerdict(e: MediaCheckPush, now: number): Promise<PushOutcome> {
  const found = await checkOf(e)
  if (typeof found === 'string') {
    log('media', 'push ignored', { outcome: found, day: dayOf(now) })
    return found
  }
  const status = e.errcode ? 'failed' : VERDICTS[String(e.result?.suggest)]
  if (!status) return 'malformed'
  if (!(await stillAttached(found))) {
    await checks.move(found._id, found.status, { status: 'deleted', verdictAt: now })
    return 'file_deleted'
  }
  const patch = { status, verdictAt: now, label: e.result?.label, ...(e.errcode ? { lastError: String(e.errcode) } : {}) }
  if (!(await checks.move(found._id, found.status, patch))) return 'already_decided'
  if (status === 'risky') await tellUploader(found, now)
  return 'applied'
}
