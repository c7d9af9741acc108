/**
 * Payloads of the roster's and the room bindings' actions (issue 16, docs/API.md): strict objects,
 * bounded strings, listed values only. Shapes only: what a household must be against the estate's
 * buildings is domain/households.ts's, so the import and the settings form refuse the same things.
 */
import * as z from 'zod/mini'
import { LIMITS } from '@shared/limits'
import { MOBILE_PATTERN, mobileOf } from '@shared/households'
import { cleanText } from '@shared/text'

const FORMAT = '提交的内容格式不正确'

/** A short value of a form (building, unit, room, area): at most `max` characters, '' when absent. */
const cell = (label: string, max: number) =>
  z
    ._default(
      z.pipe(
        z.union([z.string({ error: `${label}格式不正确` }), z.number({ error: `${label}格式不正确` })], { error: `${label}格式不正确` }),
        z.transform((v: string | number) => String(v).trim()),
      ),
      '',
    )
    .check(z.refine((v) => v.length <= max, { error: `${label}格式不正确` }))

/** A one-line text a person wrote (a name, a reason): cleaned, 1…max characters. */
const words = (label: string, max: number) =>
  z
    .pipe(
      z.string({ error: `请填写${label}` }),
      z.transform((v: string) => cleanText(v, { multiline: false })),
    )
    .check(
      z.refine((v) => v.length > 0, { error: `请填写${label}` }),
      z.refine((v) => Array.from(v).length <= max, { error: `${label}不能超过 ${max} 个字` }),
    )

/** A mainland mobile as typed (spaces and dashes are not part of it). */
const mobile = (label: string) =>
  z
    .pipe(
      z
        .string({ error: `请填写${label}` })
        .check(
          z.minLength(1, { error: `请填写${label}` }),
          z.maxLength(20, { error: '手机号格式不对（11 位手机号）' }),
          z.regex(/^\s*(\+?86)?[\s-]*1[3-9](?:[\s-]*\d){9}\s*$/, { error: '手机号格式不对（11 位手机号）' }),
        ),
      z.transform((v: string) => mobileOf(v)),
    )
    .check(z.refine((v) => MOBILE_PATTERN.test(v), { error: '手机号格式不对（11 位手机号）' }))

/** A room of the roster in its one spelling ("3栋2单元1502"). */
const roomKey = z
  .string({ error: '缺少房号' })
  .check(
    z.minLength(1, { error: '缺少房号' }),
    z.maxLength(LIMITS.room, { error: '房号格式不正确' }),
    z.regex(/^[^\s]+$/, { error: '房号格式不正确' }),
  )

/** A page number 1…10,000. */
const pageNo = z.optional(
  z.int({ error: '页码应为整数' }).check(z.minimum(1, { error: '页码不能小于 1' }), z.maximum(10_000, { error: '页码不能大于 10000' })),
)

/** households.list: one page of the roster, of one building when given. */
export const householdList = z.strictObject(
  {
    building: z.optional(z.string({ error: FORMAT }).check(z.maxLength(20, { error: FORMAT }), z.regex(/^\S*$/, { error: FORMAT }))),
    page: pageNo,
  },
  { error: FORMAT },
)

/** households.save: a household added, or (with `previous`, its room before) edited. */
export const householdSave = z.strictObject(
  {
    previous: z.optional(roomKey),
    building: cell('楼栋', 20),
    unit: cell('单元', 10),
    room: cell('房号', 20),
    area: cell('面积', 12),
    ownerName: cell('业主姓名', 40),
    ownerPhone: cell('业主电话', 20),
  },
  { error: FORMAT },
)
export type HouseholdSave = z.output<typeof householdSave>

/** households.delete: the room to take out of the roster. */
export const householdDelete = z.strictObject({ roomKey }, { error: FORMAT })

/** room.bind: the room the resident lives in, how, and the name and mobile they give. */
export const roomBind = z.strictObject(
  {
    building: cell('楼栋', 20),
    unit: cell('单元', 10),
    room: cell('房号', 20),
    relation: z.enum(['owner', 'family', 'tenant'], { error: '请选择您与房屋的关系' }),
    phone: mobile('手机号'),
    name: words('姓名', LIMITS.name),
  },
  { error: FORMAT },
)
export type RoomBind = z.output<typeof roomBind>

/** room.requests: one page of the estate's requests of a status (pending when absent). */
export const roomRequests = z.strictObject(
  { status: z.optional(z.enum(['pending', 'verified', 'refused'], { error: '请选择有效的状态' })), page: pageNo },
  { error: FORMAT },
)

/** room.decide: approve a waiting request, or refuse it with the reason the resident is told. */
export const roomDecide = z.strictObject(
  {
    id: z.string({ error: '缺少申请编号' }).check(z.regex(/^[A-Za-z0-9_-]{1,64}$/, { error: '申请编号格式不正确' })),
    approve: z.boolean({ error: '请选择通过或不通过' }),
    reason: z.optional(words('不通过的原因', LIMITS.text)),
  },
  { error: FORMAT },
)
export type RoomDecide = z.output<typeof roomDecide>

/** households.import: the uploaded .xlsx (shared/uploads.ts, folder `imports`), merged into the roster or replacing it. */
export const householdImport = z.strictObject(
  {
    fileID: z
      .string({ error: '请上传 Excel 表格（.xlsx）' })
      .check(z.maxLength(512, { error: '请上传 Excel 表格（.xlsx）' }), z.regex(/^cloud:\/\//, { error: '请上传 Excel 表格（.xlsx）' })),
    mode: z.optional(z.enum(['merge', 'replace'], { error: '导入方式应为合并或整表替换' })),
  },
  { error: FORMAT },
)
