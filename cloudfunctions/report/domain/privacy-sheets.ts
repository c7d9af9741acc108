/**
 * Spreadsheets of privacy records (issue 15), as rows of cells: a resident's own data (PIPL art.
 * 45: a copy of everything held on them) and the manager's access log. Pure.
 */
import { formatInstant } from '../../complaint/domain/calendar'
import { SECTIONS, TIME_COLUMNS, type PersonalData, type Row } from '../../complaint/domain/personal-data'
import type { Cell, SheetSpec } from './sheet'

const cell = (key: string, v: string | number): Cell =>
  TIME_COLUMNS.has(key) && typeof v === 'number' ? formatInstant(v, 'YYYY-MM-DD HH:mm') : v

/** One section as a sheet: its rows' labels as the header. */
function sectionSheet(name: string, rows: Row[]): SheetSpec {
  const header = rows.length ? Object.keys(rows[0]) : ['（无）']
  return { name, header, widths: header.map((h) => (h === '内容' ? 50 : 16)), rows: rows.map((r) => header.map((h) => cell(h, r[h]))) }
}

/** A resident's data: the account, then one sheet per section (domain/personal-data.ts). */
export function personalDataSheets(d: PersonalData): SheetSpec[] {
  const account: SheetSpec = {
    name: '账户',
    title: `本人数据（导出于 ${formatInstant(d.exportedAt)}）`,
    header: ['项目', '内容'],
    widths: [16, 40],
    rows: Object.entries(d.account).map(([k, v]) => [k, cell(k, v)]),
  }
  return [account, ...SECTIONS.map(([key, title]) => sectionSheet(title, d[key]))]
}

/** One access-log row as accessLog.list answers it. */
export interface AccessRow {
  at: number
  viewerName: string
  viewerRoleLabel: string
  purposeLabel: string
  fieldsLabel: string
  complaintNo: string
  whose: string
  count?: number
}

export const ACCESS_LOG_HEADER = ['时间', '查看人', '岗位', '用途', '涉及的个人信息', '投诉编号', '涉及人员', '数量']

/** The access log as one sheet. */
export function accessLogSheet(rows: AccessRow[], now: number): SheetSpec {
  return {
    name: '个人信息访问记录',
    title: `个人信息访问记录（导出于 ${formatInstant(now)}）`,
    header: ACCESS_LOG_HEADER,
    widths: [18, 10, 10, 22, 18, 18, 14, 8],
    rows: rows.map((r) => [
      formatInstant(r.at, 'YYYY-MM-DD HH:mm'),
      r.viewerName,
      r.viewerRoleLabel,
      r.purposeLabel,
      r.fieldsLabel,
      r.complaintNo,
      r.whose,
      r.count ?? '',
    ]),
  }
}
