/**
 * accessLog.list — the manager reads the access log (G3-P5, PIPL): who saw whose contact details,
 * printed or exported a full registration form, looked residents up by room, and what was done to
 * personal data (accounts deleted, retention) — when; filtered by purpose, staff member, complaint
 * number and days. "Whose" is the complaint's complainant as the manager may see them masked
 * (the log itself must not become a second copy of the contacts); the manager opens the complaint
 * to reveal them, which is logged in turn.
 */
import { maskName } from '../../domain/policy'
import type { AccessLogQuery } from '../../domain/privacy'
import { ACCESS_PURPOSES, PERSONAL_FIELDS } from '@shared/privacy-labels'
import { ROLES, label } from '@shared/vocabulary'
import * as accessLog from '../../infra/repositories/access-log'
import * as complaints from '../../infra/repositories/complaints'
import { requireUser, type CallContext } from '../context'

const PAGE = 30

/** One entry in words, with whose data it was. */
function rowOf(e: accessLog.StoredAccessEntry, whose: Map<string, string>) {
  return {
    id: e._id,
    at: e.at,
    viewerName: e.viewer.name,
    viewerOpenid: e.viewer.openid,
    viewerRoleLabel: e.viewer.role === 'system' ? '系统' : (label(ROLES, e.viewer.role) ?? ''),
    purpose: e.purpose,
    purposeLabel: label(ACCESS_PURPOSES, e.purpose) ?? e.purpose,
    fieldsLabel: e.fields.map((f) => label(PERSONAL_FIELDS, f) ?? f).join('、'),
    complaintId: e.complaintId,
    complaintNo: e.complaintNo ?? '',
    whose: e.subject ?? (e.complaintId ? (whose.get(e.complaintId) ?? '') : e.room ? `${e.room} 的住户` : ''),
    count: e.count,
  }
}

/** The rows of one page of the log for the filters `q` (accessLogQuerySchema, parsed by the router). */
export async function accessLogPage(q: AccessLogQuery, estate: string, size = PAGE) {
  // A complaint number narrows to that complaint; an unknown one matches nothing.
  const complaintId = q.complaintNo ? ((await complaints.byNo(q.complaintNo, estate))?._id ?? null) : undefined
  const { total, items } = complaintId === null ? { total: 0, items: [] } : await accessLog.query(q, complaintId, size, estate)
  const ids = [...new Set(items.map((e) => e.complaintId).filter((x): x is string => !!x))]
  const named = await Promise.all(ids.map((id) => complaints.byId(id, estate)))
  const whose = new Map(named.filter((c) => !!c).map((c) => [c!._id, maskName(c!.complainant.name)]))
  return { items: items.map((e) => rowOf(e, whose)), total, page: q.page, pageSize: size }
}

/** accessLog.list (manager) → `{ items, total, page, pageSize }`. @throws FORBIDDEN. */
export async function listAccessLog(q: AccessLogQuery, ctx: CallContext) {
  requireUser(ctx, ['manager'])
  return accessLogPage(q, ctx.estate)
}
