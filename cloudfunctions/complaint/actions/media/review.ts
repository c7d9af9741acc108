/**
 * The manager's view of content checks (issue 15): files whose verdict hides them (risky, review)
 * and files whose check failed or never got an answer — nothing about a check is silent. The
 * manager looks at each (a temporary URL), shows or hides a "review" or unchecked file, and can
 * send a failed one to WeChat again. A risky file stays hidden from everyone else.
 */
import { forbidden, invalidInput, notFound } from '../../domain/errors'
import { NEEDS_MANAGER, type MediaCheck } from '../../domain/media-check'
import { personRef } from '../../domain/policy'
import { MEDIA_STATUSES } from '@shared/privacy-labels'
import { ROLES, label } from '@shared/vocabulary'
import { fileUrls } from '../../infra/files'
import * as checks from '../../infra/repositories/media-checks'
import { actorOf, requireUser, type CallContext } from '../context'

const PAGE = 20

/** One file as the manager's list shows it. */
function itemOf(c: MediaCheck, url: string) {
  return {
    id: c._id,
    complaintId: c.complaintId,
    complaintNo: c.complaintNo,
    url,
    status: c.status,
    statusLabel: label(MEDIA_STATUSES, c.status),
    uploaderName: c.uploader.name,
    uploaderRoleLabel: label(ROLES, c.uploader.role) ?? '',
    createdAt: c.createdAt,
    verdictAt: c.verdictAt,
    lastError: c.lastError,
    decision: c.decision ? { show: c.decision.show, by: c.decision.by.name, at: c.decision.at } : undefined,
  }
}

/** media.list `{ page? }` (manager) → `{ items, total, page, pageSize }`: files that need or had the manager's look, newest first. */
export async function listMediaChecks(input: { page: number }, ctx: CallContext) {
  requireUser(ctx, ['manager'])
  const page = input.page
  const { total, items } = await checks.needingManager(NEEDS_MANAGER, (page - 1) * PAGE, PAGE)
  const urls = await fileUrls(items.map((c) => c.fileID))
  return { items: items.map((c) => itemOf(c, urls.get(c.fileID) ?? '')), total, page, pageSize: PAGE }
}

/** media.decide `{ id, show }` (manager): after looking, shows or hides the file for everyone else. @throws NOT_FOUND, INVALID_INPUT. */
export async function decideMedia(input: { id: string; show: boolean }, ctx: CallContext) {
  const manager = requireUser(ctx, ['manager'])
  const c = await checks.byId(input.id)
  if (!c || !NEEDS_MANAGER.includes(c.status)) throw notFound('该文件不存在或无需复核')
  if (c.status === 'risky' && input.show) throw invalidInput('未通过内容安全检测的文件不能对他人显示')
  const decision = { show: input.show, by: personRef(actorOf(manager, ctx.openid)), at: ctx.now }
  await checks.decide(c._id, decision)
  return itemOf({ ...c, decision }, '')
}

/** media.retry `{ id }` (manager): a check that failed or got no answer goes back to the queue. @throws NOT_FOUND, FORBIDDEN. */
export async function retryMedia(input: { id: string }, ctx: CallContext) {
  requireUser(ctx, ['manager'])
  const c = await checks.byId(input.id)
  if (!c) throw notFound('该文件不存在')
  if (c.status !== 'failed' && c.status !== 'timeout') throw forbidden('只有检测失败或未收到结果的文件可以重新检测')
  await checks.move(c._id, c.status, { status: 'queued', attempts: 0, nextAttemptAt: ctx.now, traceId: '' })
  return { id: c._id, status: 'queued' }
}
