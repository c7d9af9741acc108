/**
 * export.company (issue 16): the company comparison as .xlsx — or, with `estate`, that estate's
 * period report — for the company administrator and the quality department. Figures only, so the
 * file carries no contact details and is not logged in access_log (G3-P5).
 */
import { companySheets } from '../domain/company-sheets'
import type { CompanyComparison, CompanyRequest } from '../domain/company'
import { reportSheets } from '../domain/sheets'
import { saveExport, workbook } from '../infra/xlsx'
import { companyReport, type CompanyContext, type EstateReport } from './company'

/** export.company `{ period, date, estate? }` → `{ fileID, url, fileName }`. */
export async function exportCompany(input: CompanyRequest, ctx: CompanyContext) {
  const data = await companyReport(input, ctx)
  const meta = { creator: ctx.user.name, now: ctx.now }
  if ('estate' in data) {
    const r = data as EstateReport
    const file = await workbook(reportSheets(r), meta)
    return saveExport('report', `投诉统计-${r.estate.code}-${r.period.key}.xlsx`, file, ctx.user, ctx.now, false)
  }
  const c = data as CompanyComparison
  const file = await workbook(companySheets(c), meta)
  return saveExport('company', `各小区对比-${c.period.key}.xlsx`, file, ctx.user, ctx.now, false)
}
