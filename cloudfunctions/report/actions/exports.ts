/**
 * .xlsx exports (V2, S1): a complaint's registration form, a filtered list of complaints, and the
 * period report. The manager gets the complainant's name and phone in full, and each complaint
 * whose details leave that way is logged in access_log; supervisors get them masked (G3-P5).
 */
import { periodOf } from '../domain/period'
import { formatInstant } from '../../complaint/domain/calendar'
import { invalidInput, notFound } from '../../complaint/domain/errors'
import type { ComplaintEvent } from '../../complaint/domain/model'
import { personRef, relationsOf } from '../../complaint/domain/policy'
import { parseFilter } from '../domain/filters'
import { formSheets, LIST_HEADER, listRow, reportSheets } from '../domain/sheets'
import { database, log, sdk } from '../infra/cloud'
import { C, find, getComplaint } from '../infra/store'
import { saveExport, workbook } from '../infra/xlsx'
import type { ReportContext } from './context'
import { queryComplaints } from './drilldown'
import { computePeriod, type PeriodRequest } from './period'

/** Longest list one export may hold; narrower filters beyond it. */
export const EXPORT_MAX = 5000

/** G3-P5: records that the caller received these complaints' full complainant details in a file. */
async function logAccess(ctx: ReportContext, complaints: { _id: string; no: string }[], purpose: string, fileID: string) {
  const viewer = personRef(ctx.actor)
  for (let i = 0; i < complaints.length; i += 500) {
    const data = complaints
      .slice(i, i + 500)
      .map((c) => ({ complaintId: c._id, complaintNo: c.no, viewer, at: ctx.now, fields: ['name', 'room', 'phone'], purpose, fileID }))
    await database().collection(C.accessLog).add({ data })
  }
}

/** export.form `{ id }` → `{ fileID, url, fileName }`: the registration form and its events. */
export async function exportForm(payload: { id?: string }, ctx: ReportContext) {
  const c = await getComplaint(String(payload?.id ?? ''))
  // Supervisors export their own department's complaints; nobody exports one that is about them.
  if (!c || (!ctx.isManager && c.departmentCode !== ctx.user.departmentCode) || relationsOf(c, ctx.actor).has('subject')) throw notFound()
  const events = await find<ComplaintEvent>(C.events, { complaintId: c._id }, { orderBy: [['seq', 'asc']], limit: 1000 })
  const full = ctx.isManager
  const file = await workbook(formSheets(c, events, full, ctx.now), { creator: ctx.user.name, now: ctx.now })
  const saved = await saveExport('form', `投诉登记表-${c.no}.xlsx`, file, ctx.actor, ctx.now, full)
  if (full) await logAccess(ctx, [c], 'export_form', saved.fileID)
  log('export', 'registration form', { no: c.no, by: ctx.actor.openid, full })
  return saved
}

/** export.complaints `{ filter }` (as report.complaints) → `{ fileID, url, fileName, rows }`. */
export async function exportComplaints(payload: { filter?: unknown }, ctx: ReportContext) {
  const filter = parseFilter(payload?.filter ?? payload)
  const first = await queryComplaints(filter, ctx, { skip: 0, limit: 1000 }, true)
  if (first.total > EXPORT_MAX) throw invalidInput(`筛选结果共 ${first.total} 条，超过单次导出上限 ${EXPORT_MAX} 条，请缩小范围`)
  const docs = [...first.docs]
  while (docs.length < first.total) {
    const more = await queryComplaints(filter, ctx, { skip: docs.length, limit: 1000 }, true)
    if (!more.docs.length) break
    docs.push(...more.docs)
  }
  const full = ctx.isManager
  const rows = docs.map((c) => listRow(c, c._f, full, relationsOf(c, ctx.actor).has('subject')))
  const title = `投诉清单（${periodOf(filter.period, filter.date).label}，共 ${docs.length} 条，导出于 ${formatInstant(ctx.now, 'YYYY-MM-DD HH:mm')}${full ? '' : '，联系方式已脱敏'}）`
  const file = await workbook(
    [{ name: '投诉清单', title, header: LIST_HEADER, rows, widths: LIST_HEADER.map((h) => (h === '内容' ? 40 : h === '地点' ? 20 : 14)) }],
    { creator: ctx.user.name, now: ctx.now },
  )
  const saved = await saveExport('list', `投诉清单-${formatInstant(ctx.now, 'YYYYMMDD-HHmm')}.xlsx`, file, ctx.actor, ctx.now, full)
  if (full) await logAccess(ctx, docs, 'export_list', saved.fileID)
  log('export', 'complaint list', { rows: docs.length, by: ctx.actor.openid, full })
  return { ...saved, rows: docs.length }
}

/** export.report `{ period, date, departmentCode? }` → `{ fileID, url, fileName }` (figures only, no personal data). */
export async function exportReport(payload: PeriodRequest, ctx: ReportContext) {
  const report = await computePeriod(payload, ctx)
  const file = await workbook(reportSheets(report), { creator: ctx.user.name, now: ctx.now })
  return saveExport('report', `投诉统计-${report.period.key}.xlsx`, file, ctx.actor, ctx.now, false)
}

/** Timer: deletes exports older than their time to live (G3-P5: personal data does not linger in storage). */
export async function purgeExports(now: number) {
  const _ = database().command
  const due = await find<{ _id: string; fileID: string }>(C.exports, { deleteAfter: _.lte(now) }, { limit: 1000 })
  if (!due.length) return { deleted: 0 }
  await sdk().deleteFile({ fileList: due.map((d) => d.fileID) })
  await database()
    .collection(C.exports)
    .where({ _id: _.in(due.map((d) => d._id)) })
    .remove()
  log('purge', 'deleted old exports', { count: due.length })
  return { deleted: due.length }
}
