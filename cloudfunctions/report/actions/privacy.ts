/**
 * Privacy exports (issue 15): a resident's copy of everything held on them (privacy.export, PIPL
 * art. 45) and the manager's access log (export.accessLog), as .xlsx files kept one day (G3-P5).
 * The resident's export is itself recorded in the access log.
 */
import { forbidden, invalidInput } from '../../complaint/domain/errors'
import { accessLogPage } from '../../complaint/actions/access-log/list'
import { buildContext } from '../../complaint/actions/context'
import { collectPersonalData } from '../../complaint/actions/privacy/my-data'
import { formatInstant } from '../../complaint/domain/calendar'
import type { AccessLogQuery } from '../../complaint/domain/privacy'
import { log } from '../infra/cloud'
import { record } from '../../complaint/infra/repositories/access-log'
import { accessLogSheet, personalDataSheets, type AccessRow } from '../domain/privacy-sheets'
import { saveExport, workbook } from '../infra/xlsx'
import type { ReportContext } from './context'

/** The most rows one access-log export holds; narrower filters beyond it. */
const ACCESS_EXPORT_MAX = 5000
const PAGE = 500

/** privacy.export (any registered user, about themselves) → `{ fileID, url, fileName }`. @throws UNAUTHENTICATED. */
export async function exportMyData(_input: Record<string, never>, openid: string) {
  const ctx = await buildContext(openid)
  const data = await collectPersonalData(ctx)
  const file = await workbook(personalDataSheets(data), { creator: '物业投诉', now: ctx.now })
  const me = { openid: ctx.openid, name: ctx.user!.name }
  const saved = await saveExport('mydata', `我的数据-${formatInstant(ctx.now, 'YYYYMMDD-HHmm')}.xlsx`, file, me, ctx.now, true)
  await record({
    complaintId: null,
    estate: ctx.estate,
    viewer: { ...me, role: 'resident' },
    at: ctx.now,
    fields: ['name', 'room', 'phone', 'openid', 'files'],
    purpose: 'data_export',
    subject: me.name,
    count: data.complaints.length,
  })
  return saved
}

/** export.accessLog `{ filters as accessLog.list }` (manager) → `{ fileID, url, fileName, rows }`. @throws FORBIDDEN, INVALID_INPUT beyond the maximum. */
export async function exportAccessLog(filters: AccessLogQuery, ctx: ReportContext) {
  if (!ctx.isManager) throw forbidden('访问记录仅向管理处经理开放')
  const first = await accessLogPage({ ...filters, page: 1 }, ctx.estate, PAGE)
  if (first.total > ACCESS_EXPORT_MAX)
    throw invalidInput(`筛选结果共 ${first.total} 条，超过单次导出上限 ${ACCESS_EXPORT_MAX} 条，请缩小范围`)
  const rows: AccessRow[] = [...first.items]
  for (let page = 2; rows.length < first.total; page += 1) {
    const more = await accessLogPage({ ...filters, page }, ctx.estate, PAGE)
    if (!more.items.length) break
    rows.push(...more.items)
  }
  const file = await workbook([accessLogSheet(rows, ctx.now)], { creator: ctx.user.name, now: ctx.now })
  const saved = await saveExport('access', `访问记录-${formatInstant(ctx.now, 'YYYYMMDD-HHmm')}.xlsx`, file, ctx.actor, ctx.now, false)
  log('export', 'access log', { rows: rows.length, by: ctx.actor.openid })
  return { ...saved, rows: rows.length }
}
