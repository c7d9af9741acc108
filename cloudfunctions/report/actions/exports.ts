/**
 * .xlsx exports (V2, S1): a complaint's registration form, a filtered list of complaints, and the
 * period report. Every row and form is rendered from the caller's projection
 * (complaint/domain/disclosure.ts): the manager gets the complainant's name and phone in full, and
 * each complaint whose details leave that way is logged in access_log; supervisors get them
 * masked; a complaint about the caller shows only its outline (G3-P5, H2-S).
 */
import { formatInstant } from '../../complaint/domain/calendar'
import { disclose } from '../../complaint/domain/disclosure'
import { invalidInput, notFound } from '../../complaint/domain/errors'
import { personRef } from '../../complaint/domain/policy'
import { registrationForm } from '../../complaint/domain/registration-form'
import type { DrillFilter } from '../domain/filters'
import { formSheets } from '../domain/form-sheets'
import { periodOf } from '../domain/period'
import { listRow, listSheet, reportSheets } from '../domain/sheets'
import { log } from '../infra/cloud'
import { logExportAccess } from '../infra/access-log'
import { eventsOf, getComplaint } from '../infra/complaints'
import { purgeDueExports, saveExport, workbook } from '../infra/xlsx'
import type { ReportContext } from './context'
import { queryComplaints, type WithFacts } from './drilldown'
import { computePeriod, type PeriodRequest } from './period'

/** Longest list one export may hold; narrower filters beyond it. */
export const EXPORT_MAX = 5000

/** export.form `{ id }` → `{ fileID, url, fileName }`: the registration form (complaint/domain/registration-form.ts) and its processing record. */
export async function exportForm(input: { id: string }, ctx: ReportContext) {
  const c = await getComplaint(input.id, ctx.estate)
  // Supervisors export their own department's complaints; nobody exports one that is about them.
  const level = c ? disclose(c, ctx.actor).level : 'none'
  if (!c || (!ctx.isManager && c.departmentCode !== ctx.user.departmentCode) || level === 'accused' || level === 'none') throw notFound()
  const [events, repeated] = await Promise.all([eventsOf(c._id), c.repeatOf ? getComplaint(c.repeatOf, ctx.estate) : null])
  const seen = disclose(c, ctx.actor, { reveal: ctx.isManager, events })
  const full = seen.revealed
  const form = registrationForm(seen, ctx.now, (await ctx.settings()).departments, repeated?.no)
  const file = await workbook(formSheets(form), { creator: ctx.user.name, now: ctx.now })
  const saved = await saveExport('form', `投诉登记表-${c.no}.xlsx`, file, ctx.actor, ctx.now, full)
  if (full) await logExportAccess([c], personRef(ctx.actor), ctx.now, 'export_form', saved.fileID)
  log('export', 'registration form', { no: c.no, by: ctx.actor.openid, full })
  return saved
}

/** Every complaint of a drill-down filter, with its facts. @throws INVALID_INPUT beyond EXPORT_MAX. */
async function allComplaints(filter: DrillFilter, ctx: ReportContext): Promise<WithFacts[]> {
  const first = await queryComplaints(filter, ctx, { skip: 0, limit: 1000 }, true)
  if (first.total > EXPORT_MAX) throw invalidInput(`筛选结果共 ${first.total} 条，超过单次导出上限 ${EXPORT_MAX} 条，请缩小范围`)
  const docs = [...first.docs]
  while (docs.length < first.total) {
    const more = await queryComplaints(filter, ctx, { skip: docs.length, limit: 1000 }, true)
    if (!more.docs.length) break
    docs.push(...more.docs)
  }
  return docs
}

/** export.complaints `{ filter }` (as report.complaints, parsed by the router) → `{ fileID, url, fileName, rows }`. */
export async function exportComplaints(input: { filter: DrillFilter }, ctx: ReportContext) {
  const { filter } = input
  const docs = await allComplaints(filter, ctx)
  const seen = docs.map((c) => ({ c, seen: disclose(c, ctx.actor, { reveal: ctx.isManager }) }))
  const revealed = seen.filter((x) => x.seen.revealed).map((x) => x.c)
  const { departments } = await ctx.settings()
  const rows = seen.map((x) => listRow(x.seen, x.c._f, departments))
  const sheet = listSheet(rows, periodOf(filter.period, filter.date).label, ctx.now, ctx.isManager)
  const file = await workbook([sheet], { creator: ctx.user.name, now: ctx.now })
  const fileName = `投诉清单-${formatInstant(ctx.now, 'YYYYMMDD-HHmm')}.xlsx`
  const saved = await saveExport('list', fileName, file, ctx.actor, ctx.now, revealed.length > 0)
  if (revealed.length) await logExportAccess(revealed, personRef(ctx.actor), ctx.now, 'export_list', saved.fileID)
  log('export', 'complaint list', { rows: docs.length, by: ctx.actor.openid, full: revealed.length })
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
  const deleted = await purgeDueExports(now)
  if (deleted) log('purge', 'deleted old exports', { count: deleted })
  return { deleted }
}
