/**
 * The payload of every routed action of the complaint function that has no schema of its own in
 * validation.ts (docs/API.md): strict objects, bounded numbers, listed values only, cleaned text.
 * The router parses each payload with its schema before the use case runs (issue 12).
 */
import * as z from 'zod/mini'
import { LIMITS } from '@shared/limits'
import { cleanText } from '@shared/text'
import { CATEGORIES, STATUSES } from '@shared/vocabulary'
import { departmentCode, idOf, strict } from './validation'

/** Highest page number a list answers (20 a page: 200,000 rows); beyond it the request is refused, not sent to the database. */
export const MAX_PAGE = 10_000

/** A page number 1…MAX_PAGE. */
export const page = z
  .number({ error: '页码应为数字' })
  .check(
    z.minimum(1, { error: '页码不能小于 1' }),
    z.maximum(MAX_PAGE, { error: `页码不能大于 ${MAX_PAGE}` }),
    z.int({ error: '页码应为整数' }),
  )

/** A page size 1…max. */
export const pageSize = (max: number) =>
  z
    .number({ error: '每页条数应为数字' })
    .check(
      z.minimum(1, { error: '每页条数不能小于 1' }),
      z.maximum(max, { error: `每页条数不能大于 ${max}` }),
      z.int({ error: '每页条数应为整数' }),
    )

const listed = <T extends Record<string, string>>(table: T, label: string) =>
  z.enum(Object.keys(table) as [keyof T & string, ...(keyof T & string)[]], { error: `请选择有效的${label}` })

/** No payload: `{}` (or none). */
export const nothing = strict({})

/** `{ id }` of a complaint. */
export const byComplaintId = strict({ id: idOf('投诉编号') })

/** complaint.list: a queue, narrowed by listed statuses and categories and a search of at most 200 characters (the first 40 are searched). */
export const listPayload = strict({
  scope: z.optional(z.string({ error: '请选择有效的列表' }).check(z.maxLength(20, { error: '请选择有效的列表' }))),
  status: z.optional(listed(STATUSES, '投诉状态')),
  category: z.optional(listed(CATEGORIES, '投诉类别')),
  q: z.optional(
    z.string({ error: '搜索内容格式不正确' }).check(
      z.overwrite((v) => cleanText(v)),
      z.maxLength(200, { error: '搜索内容不能超过 200 个字' }),
    ),
  ),
  page: z.optional(page),
  pageSize: z.optional(pageSize(100)),
})

/** complaint.act: the action named, its own fields checked strictly by its schema (validation.ts) in the use case. */
export const actPayload = z.looseObject(
  { action: z.string({ error: '不支持的操作' }).check(z.maxLength(40, { error: '不支持的操作' })) },
  { error: '提交的内容格式不正确' },
)

/** me.bindInvite, invite.revoke: an invite code as typed (shared/limits.ts inviteCodeOf reads it). */
export const inviteCode = strict({ code: z.string({ error: '请填写邀请码' }).check(z.maxLength(40, { error: '邀请码格式不正确' })) })

/** staff.list: one department, or every staff role (`all`, the manager's list). */
export const staffQuery = strict({
  departmentCode: z.optional(departmentCode('部门', 'existing')),
  all: z.optional(z.boolean({ error: '“全部”应为是或否' })),
})

/** staff.deactivate / staff.reactivate. */
export const staffMember = strict({ openid: idOf('员工账号') })

/** residents.find: a room as typed. */
export const roomQuery = strict({
  room: z.string({ error: '请输入房号' }).check(
    z.overwrite((v) => cleanText(v)),
    z.minLength(1, { error: '请输入房号' }),
    z.maxLength(LIMITS.room, { error: `房号不能超过 ${LIMITS.room} 个字` }),
  ),
})

/** messages.list. */
export const messagePage = strict({ page: z.optional(page) })

/** messages.markRead: at most 100 ids; all when absent. */
export const messageIds = strict({
  ids: z.optional(z.array(idOf('消息编号'), { error: '消息编号格式不正确' }).check(z.maxLength(100, { error: '一次最多标记 100 条消息' }))),
})

/** outbox.retry. */
export const deadLetter = strict({ id: idOf('通知编号') })

/** subscription.report: requestSubscribeMessage's answers by template id (at most 10). */
export const consentResults = strict({
  results: z
    .record(
      z.string().check(z.regex(/^[A-Za-z0-9_-]{1,64}$/, { error: '订阅消息模板编号格式不正确' })),
      z.enum(['accept', 'reject', 'ban', 'filter'], { error: '订阅结果格式不正确' }),
      { error: '订阅结果格式不正确' },
    )
    .check(z.refine((r) => Object.keys(r).length <= 10, { error: '订阅结果最多 10 项' })),
})
