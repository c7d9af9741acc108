/**
 * The payloads of the matter actions (issue 18, docs/API.md): strict objects, ids as ids, cleaned
 * text. The router parses each with its schema before the use case runs; their free text (a
 * title, a notice, a reason) is content-checked like every saved text (issue 15).
 */
import * as z from 'zod/mini'
import { MATTER_TITLE_MAX, NOTICE_MAX } from '@shared/matters'
import { LIMITS } from '@shared/limits'
import { normalizePlace } from '@shared/place'
import { idOf, optionalText, strict, text } from './validation'

const complaintId = idOf('投诉编号')
const matterId = idOf('事项编号')

/** matter.start: a matter started from complaint `id`, with an optional title (the place by default). */
export const matterStart = strict({ id: complaintId, title: optionalText('事项名称', MATTER_TITLE_MAX, false) })

/** matter.link: complaint `id` into matter `matterId`, or with complaint `withComplaintId` (into its matter, or a new one it leads). */
export const matterLink = strict({
  id: complaintId,
  matterId: z.optional(matterId),
  withComplaintId: z.optional(complaintId),
}).check(z.refine((v) => !!v.matterId !== !!v.withComplaintId, { error: '请选择要关联的事项或投诉（二选一）', path: ['matterId'] }))

/** matter.unlink: complaint `id` out of its matter, with an optional reason for its history. */
export const matterUnlink = strict({ id: complaintId, reason: optionalText('解除原因', LIMITS.text) })

/** matter.get: one matter. */
export const matterById = strict({ id: matterId })

/** matter.candidates: the open matters suggested for complaint `id`. */
export const matterCandidates = strict({ id: complaintId })

/**
 * A building as the estate's buildings are written (`3栋`, `A栋`), or '' for none (a form's empty
 * choice): a format, not free text; read in the one spelling after.
 */
const building = z.pipe(
  z
    .string({ error: '楼栋格式不正确' })
    .check(z.regex(/^$|^[A-Za-z0-9０-９Ａ-Ｚａ-ｚ]{1,6}(栋|幢|号楼)$/, { error: '楼栋请写成“3栋”的形式' })),
  z.transform((v: string) => normalizePlace(v)),
)

/** matter.notify: a notice to the matter's complainants, and optionally to every resident of a building. */
export const matterNotice = strict({ id: matterId, text: text('通知内容', NOTICE_MAX), building: z.optional(building) })

export type MatterLinkInput = z.output<typeof matterLink>
