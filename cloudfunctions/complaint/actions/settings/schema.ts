/**
 * The payload of settings.save: every part optional, merged over the current settings. Clauses
 * marked (inferred) in PROCEDURE.md are defaults the office changes here.
 */
import * as z from 'zod'
import { text } from '../../domain/validation'
import { normalizePlace } from '@shared/place'
import { CATEGORIES, DEPARTMENTS } from '@shared/vocabulary'

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: '日期格式应为 YYYY-MM-DD' })
const count = (label: string, min: number, max: number) =>
  z
    .number({ error: `${label}应为数字` })
    .int({ error: `${label}应为整数` })
    .min(min, { error: `${label}不能小于 ${min}` })
    .max(max, { error: `${label}不能大于 ${max}` })

const building = z.object({
  // "3栋" and "3" name the same building; stored without 栋, in one spelling.
  name: text('楼栋名称', 8)
    .transform((v) => normalizePlace(v).replace(/栋$/, ''))
    .refine((v) => v.length > 0 && !v.includes('栋'), { error: '楼栋名称请填写“栋”之前的部分，如 3 或 A' }),
  units: count('单元数', 0, 20),
})

/** What settings.save accepts (Chinese messages name the field). */
export const settingsSchema = z.object({
  officeName: text('管理处名称', 40).optional(),
  estate: z
    .object({
      buildings: z
        .array(building, { error: '楼栋格式不正确' })
        .max(300, { error: '楼栋最多 300 个' })
        .refine((b) => new Set(b.map((x) => x.name)).size === b.length, { error: '楼栋名称有重复' }),
      areas: z
        .array(text('公共区域名称', 20).transform(normalizePlace), { error: '公共区域格式不正确' })
        .max(40, { error: '公共区域最多 40 个' })
        .refine((a) => new Set(a).size === a.length, { error: '公共区域名称有重复' }),
    })
    .partial()
    .optional(),
  deadlines: z
    .object({
      dispatchWorkdays: count('派单时限（工作日）', 1, 5),
      generalWorkdays: count('一般投诉处理时限（工作日）', 1, 15),
      complexWorkdays: count('复杂投诉处理时限（工作日）', 1, 30),
      extensionCapWorkdays: count('延期上限（工作日）', 1, 60),
      emergencyResponseHours: count('紧急响应时限（小时）', 1, 24),
      emergencyHandlingHours: count('紧急处理时限（小时）', 1, 72),
      returnVisitWorkdays: count('回访时限（工作日）', 1, 15),
      noResponseDays: count('未评价自动结案（天）', 1, 30),
      warnHoursBefore: count('临期提醒（小时）', 1, 72),
      emergencyWarnMinutesBefore: count('紧急临期提醒（分钟）', 5, 240),
    })
    .partial()
    .optional(),
  routing: z
    .partialRecord(
      z.enum(Object.keys(CATEGORIES) as [string, ...string[]]),
      z.enum(Object.keys(DEPARTMENTS) as [string, ...string[]], { error: '请选择有效的承办部门' }),
    )
    .optional(),
  /** WeCom group robot webhook keys by group; '' removes one; a masked value keeps what is stored. */
  wecomRobots: z.partialRecord(z.enum(['office', ...Object.keys(DEPARTMENTS)] as [string, ...string[]]), z.string().max(80)).optional(),
  calendar: z
    .object({
      years: z
        .record(
          z.string().regex(/^\d{4}$/),
          z.object({ holidays: z.array(day).max(60), workdays: z.array(day).max(20), source: text('来源', 100) }),
        )
        .optional(),
      closures: z.array(day).max(100).optional(),
    })
    .optional(),
})

/** A validated settings.save payload. */
export type SettingsInput = z.output<typeof settingsSchema>
