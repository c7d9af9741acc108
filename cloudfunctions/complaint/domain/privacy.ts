/**
 * Residents' data rights and retention (PIPL arts. 19, 44–47; issue 15): what anonymising a
 * complaint changes, when retention applies, and the payloads of the privacy actions. Pure.
 *
 * Anonymising keeps the complaint as a record — category, place, text, dates, handling, ratings —
 * so reports still count it, and replaces the complainant: name and OPENID by a pseudonym, room and
 * phone removed, the complainant's own steps on the history recorded under the pseudonym.
 */
import dayjs from 'dayjs'
import utc from 'dayjs/plugin/utc'
import timezone from 'dayjs/plugin/timezone'
import * as z from 'zod/mini'
import { idOf, strict } from './validation'
import { TZ } from './calendar'
import type { Complaint, PersonRef } from './model'

dayjs.extend(utc)
dayjs.extend(timezone)

/** What anonymisation and file deletion recorded on a complaint. */
export interface PrivacyRecord {
  anonymisedAt?: number
  /** Why: the complainant deleted their account, or the retention period passed. */
  anonymisedFor?: 'account_deleted' | 'retention'
  filesDeletedAt?: number
  filesDeleted?: number
}

/** A stored complaint, whose privacy record is absent until something was done. */
export type WithPrivacy = Complaint

/** The pseudonym of one complaint under retention: from its id, so a run repeated writes the same. */
export function retentionPseudonym(hash: string): string {
  return `匿名用户-${hash.slice(0, 6)}`
}

/** A deleted account's pseudonym (random, kept nowhere that links it to the person). */
export function accountPseudonym(random: string): string {
  return `已注销用户-${random.slice(0, 6)}`
}

/** The pseudonym as the history records a person. */
export const pseudonymRef = (pseudonym: string): PersonRef => ({ openid: pseudonym, name: pseudonym, role: 'resident' })

/**
 * The change that anonymises `c` at `now` under `pseudonym` (see the module comment): the
 * complainant, a confirmation they gave, and the privacy record. The version moves on, so a
 * change decided on the old complaint conflicts instead of writing the contact back.
 */
export function anonymisedPatch(c: WithPrivacy, pseudonym: string, why: PrivacyRecord['anonymisedFor'], now: number): Partial<WithPrivacy> {
  const own = c.complainant.openid
  const confirmation =
    c.confirmation.by && c.confirmation.by.openid === own ? { ...c.confirmation, by: pseudonymRef(pseudonym) } : c.confirmation
  return {
    complainant: { openid: pseudonym, name: pseudonym, room: '', phone: '' },
    confirmation,
    privacy: { ...c.privacy, anonymisedAt: now, anonymisedFor: why },
    version: c.version + 1,
    updatedAt: now,
  }
}

// Kept with the other settings (domain/settings.ts, which the small alert function loads without zod).
export { DEFAULT_RETENTION, type RetentionSettings } from './settings'

/** The instant `months` calendar months before `now` in Asia/Shanghai: complaints closed before it are due. */
export function monthsBefore(now: number, months: number): number {
  return dayjs(now).tz(TZ).subtract(months, 'month').valueOf()
}

/** Payload of me.delete: the resident confirms in words, so no stray tap deletes an account. */
export const deleteAccountSchema = strict({
  confirm: z.literal('注销', { error: '请输入“注销”确认注销账号' }),
})

/** Payload of accessLog.list and export.accessLog: filters and paging, all optional. */
export const accessLogQuerySchema = strict({
  purpose: z.optional(z.string().check(z.regex(/^[a-z_]{0,40}$/, { error: '用途格式不正确' }))),
  viewerOpenid: z.optional(z.string().check(z.maxLength(64))),
  complaintNo: z.optional(z.string().check(z.maxLength(40), z.regex(/^[\w-]*$/, { error: '投诉编号格式不正确' }))),
  from: z.optional(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, { error: '开始日期格式应为 YYYY-MM-DD' }))),
  to: z.optional(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, { error: '结束日期格式应为 YYYY-MM-DD' }))),
  page: z._default(
    z.optional(
      z
        .number({ error: '页码应为数字' })
        .check(z.int({ error: '页码应为整数' }), z.minimum(1), z.maximum(1000, { error: '页码不能大于 1000' })),
    ),
    1,
  ),
})
export type AccessLogQuery = z.output<typeof accessLogQuerySchema>

/** Payload of media.decide: the manager shows or hides a file after looking at it. */
export const mediaDecisionSchema = strict({
  id: idOf('文件编号'),
  show: z.boolean({ error: '请选择显示或隐藏' }),
})

/** Payload of media.retry and other calls naming one check. */
export const mediaIdSchema = strict({ id: idOf('文件编号') })

/** Payload of media.list: a page. */
export const mediaPage = strict({
  page: z._default(
    z.optional(
      z
        .number({ error: '页码应为数字' })
        .check(z.int({ error: '页码应为整数' }), z.minimum(1), z.maximum(1000, { error: '页码不能大于 1000' })),
    ),
    1,
  ),
})
