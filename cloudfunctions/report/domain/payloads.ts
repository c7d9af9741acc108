/**
 * The payload of every action of the report function and of the export function (docs/REPORTS.md),
 * strict (issue 12): each router parses a payload with its schema before the use case runs.
 */
import * as z from 'zod/mini'
import { pageSize, page } from '../../complaint/domain/payloads'
import { day, departmentCode, idOf, strict } from '../../complaint/domain/validation'
import { filterSchema } from './filters'
import { PERIOD_KINDS, type PeriodKind } from './period'

/** Most rows of one drill-down page. */
export const DRILL_PAGE_MAX = 50

/** report.period, report.weakPoints, export.report: a period named by a day inside it, for the office or one department. */
export const periodRequest = strict({
  period: z.enum(Object.keys(PERIOD_KINDS) as [PeriodKind, ...PeriodKind[]], { error: '请选择统计周期：日、周、月或季度' }),
  date: day('统计日期'),
  // Any department settings know, deactivated ones too: their past is reported (checked when the call runs).
  departmentCode: z.optional(departmentCode('部门', 'existing')),
})

/** report.complaints: a drill-down filter and a page. */
export const drillRequest = strict({
  filter: filterSchema,
  page: z.optional(page),
  pageSize: z.optional(pageSize(DRILL_PAGE_MAX)),
})

/** export.complaints: a drill-down filter. */
export const exportListRequest = strict({ filter: filterSchema })

/** export.form: one complaint. */
export const exportFormRequest = strict({ id: idOf('投诉编号') })
