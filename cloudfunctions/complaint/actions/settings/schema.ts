/**
 * The payload of settings.save: every part optional, merged over the current settings. Clauses
 * marked (inferred) in PROCEDURE.md are defaults the office changes here.
 */
import * as z from 'zod/mini'
import { rosterSchema } from '../../domain/roster'
import { emergencySettingsSchema } from '../../domain/triage'
import { day as realDay, line, phone, strict } from '../../domain/validation'
import { DEPARTMENT_CODE, DEPARTMENT_NAME_MAX, MAX_DEPARTMENTS } from '@shared/departments'
import { normalizePlace } from '@shared/place'
import { CATEGORIES } from '@shared/vocabulary'

const day = realDay('日期')
const count = (label: string, min: number, max: number) =>
  z
    .number({ error: `${label}应为数字` })
    .check(
      z.int({ error: `${label}应为整数` }),
      z.minimum(min, { error: `${label}不能小于 ${min}` }),
      z.maximum(max, { error: `${label}不能大于 ${max}` }),
    )

/** A short emergency number (119, 96333, 0571-96333): digits and hyphens. */
const emergencyNumber = (label: string) =>
  z.string({ error: `${label}格式不正确` }).check(z.trim(), z.regex(/^[\d-]{3,20}$/, { error: `${label}格式不正确` }))

/** Issue 14: the alert chain's channels and step, and what residents are told to call. */
const alerts = z.partial(
  strict({
    escalateMinutes: count('无人接警升级间隔（分钟）', 1, 60),
    wecomApp: z.boolean({ error: '企业微信应用消息开关格式不正确' }),
    sms: z.boolean({ error: '短信开关格式不正确' }),
    dutyPhone: z.union([phone, z.literal('')], { error: '值班电话格式不正确' }),
    dutyMobile: z.union([
      z.string({ error: '值班手机应为 11 位手机号' }).check(z.trim(), z.regex(/^1[3-9]\d{9}$/, { error: '值班手机应为 11 位手机号' })),
      z.literal(''),
    ]),
    numbers: z.partial(
      strict({
        fire: emergencyNumber('火警电话'),
        police: emergencyNumber('报警电话'),
        medical: emergencyNumber('急救电话'),
        liftRescue: emergencyNumber('电梯救援电话'),
      }),
    ),
  }),
)

/**
 * A department code as settings name one. Whether the office has it is checked by the save, on the
 * departments as this save leaves them (domain/departments.ts): routing may point at one it reactivates.
 */
const code = (message: string) => z.string({ error: message }).check(z.regex(DEPARTMENT_CODE, { error: message }))

/** One row of the department list: an existing department by its code, or a new one (no code: the save gives it one). */
const department = strict({
  code: z.optional(code('部门编号格式不正确')),
  name: line('部门名称', DEPARTMENT_NAME_MAX),
  active: z.boolean({ error: '部门的启用状态格式不正确' }),
})

const building = strict({
  // "3栋" and "3" name the same building; stored without 栋, in one spelling.
  name: z
    .pipe(
      line('楼栋名称', 8),
      z.transform((v: string) => normalizePlace(v).replace(/栋$/, '')),
    )
    .check(z.refine((v) => v.length > 0 && !v.includes('栋'), { error: '楼栋名称请填写“栋”之前的部分，如 3 或 A' })),
  units: count('单元数', 0, 20),
  /** C5: the building's place code, sent back unchanged so a renamed building keeps it. */
  code: z.optional(z.string().check(z.maxLength(8))),
})

/** What settings.save accepts (Chinese messages name the field). */
export const settingsSchema = strict({
  officeName: z.optional(line('管理处名称', 40)),
  estate: z.optional(
    z.partial(
      z.strictObject({
        buildings: z.array(building, { error: '楼栋格式不正确' }).check(
          z.maxLength(300, { error: '楼栋最多 300 个' }),
          z.refine((b) => new Set(b.map((x) => x.name)).size === b.length, { error: '楼栋名称有重复' }),
        ),
        areas: z.array(z.pipe(line('公共区域名称', 20), z.transform(normalizePlace)), { error: '公共区域格式不正确' }).check(
          z.maxLength(40, { error: '公共区域最多 40 个' }),
          z.refine((a) => new Set(a).size === a.length, { error: '公共区域名称有重复' }),
        ),
        /** C5: code → name of each public area, sent back so a renamed area keeps its code. */
        areaCodes: z.optional(
          z.record(z.string().check(z.maxLength(8)), z.pipe(z.string().check(z.maxLength(40)), z.transform(normalizePlace))),
        ),
      }),
    ),
  ),
  deadlines: z.optional(
    z.partial(
      z.strictObject({
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
        urgeQuietHours: count('无进展可催办（小时）', 1, 168),
      }),
    ),
  ),
  /** The whole department list in its order (domain/departments.ts editDepartments): a listed department left out is removed. */
  departments: z.optional(
    z
      .array(department, { error: '部门列表格式不正确' })
      .check(
        z.minLength(1, { error: '请至少保留客户服务中心' }),
        z.maxLength(MAX_DEPARTMENTS, { error: `部门最多 ${MAX_DEPARTMENTS} 个` }),
      ),
  ),
  routing: z.optional(
    z.partialRecord(
      z.enum(Object.keys(CATEGORIES) as [string, ...string[]], { error: '请选择有效的投诉类别' }),
      code('请选择有效的承办部门'),
    ),
  ),
  /** WeCom group robot webhook keys by group (`office` or a department); '' removes one; a masked value keeps what is stored. */
  wecomRobots: z.optional(
    z.record(
      code('请选择有效的群机器人'),
      z
        .string({ error: '企业微信群机器人的 Webhook key 格式不正确' })
        .check(z.maxLength(80, { error: '企业微信群机器人的 Webhook key 格式不正确' })),
    ),
  ),
  alerts: z.optional(alerts),
  /** Issue 14: the duty roster (值班表) — replaces the stored one when given. */
  roster: z.optional(rosterSchema),
  /** Issue 14, H1-E: the manager's changes to the built-in emergency rules — replace the stored ones when given. */
  emergency: z.optional(emergencySettingsSchema),
  /** Issue 15: months after closing before files are deleted and personal fields anonymised. */
  retention: z.optional(
    z.partial(
      strict({
        anonymiseAfterMonths: count('个人信息保存期限（月）', 1, 120),
        deleteFilesAfterMonths: count('照片保存期限（月）', 1, 120),
      }),
    ),
  ),
  calendar: z.optional(
    strict({
      years: z.optional(
        z.record(
          z.string().check(z.regex(/^20\d{2}$/, { error: '年份格式应为 YYYY' })),
          strict({
            holidays: z.array(day, { error: '节假日格式不正确' }).check(z.maxLength(60, { error: '节假日最多 60 天' })),
            workdays: z.array(day, { error: '调休上班日格式不正确' }).check(z.maxLength(20, { error: '调休上班日最多 20 天' })),
            source: line('来源', 100),
          }),
          { error: '节假日安排格式不正确' },
        ),
      ),
      closures: z.optional(z.array(day, { error: '停办日格式不正确' }).check(z.maxLength(100, { error: '停办日最多 100 天' }))),
    }),
  ),
})

/** A validated settings.save payload. */
export type SettingsInput = z.output<typeof settingsSchema>
