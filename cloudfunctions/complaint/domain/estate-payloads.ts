/**
 * The payloads of the estate actions (issue 16; docs/API.md), in zod/mini. Kept apart from
 * domain/estate.ts, which the small `alert` function reaches through the users it reads.
 */
import * as z from 'zod/mini'
import { ESTATE_CODE } from './estate'

// A format (a pattern), so the content check does not take it for free text.
const code = z
  .string({ error: '请填写小区编号' })
  .check(z.trim(), z.toLowerCase(), z.regex(ESTATE_CODE, { error: '小区编号应为 3–12 位字母或数字' }))
const textOf = (label: string, max: number) =>
  z
    .string({ error: `请填写${label}` })
    .check(z.trim(), z.minLength(1, { error: `请填写${label}` }), z.maxLength(max, { error: `${label}不能超过 ${max} 个字` }))

/** estate.create's payload: `{ code, name, address }`. */
export const estateCreateSchema = z.strictObject(
  { code, name: textOf('小区名称', 40), address: textOf('小区地址', 100) },
  { error: '提交的内容格式不正确' },
)
export type EstateCreateInput = z.output<typeof estateCreateSchema>

/** estate.list's payload: `{ all? }` (every estate, to choose one to join). */
export const estateListSchema = z.strictObject(
  { all: z.optional(z.boolean({ error: 'all 应为 true 或 false' })) },
  { error: '提交的内容格式不正确' },
)

/** estate.switch's, estate.qrcode's payload: `{ code }`. */
export const estateCodeSchema = z.strictObject({ code }, { error: '提交的内容格式不正确' })

/** estate.join's payload: `{ code }` (chosen) or `{ scene }` (scanned, `e=<code>`). */
export const estateJoinSchema = z.strictObject(
  { code: z.optional(code), scene: z.optional(z.string().check(z.maxLength(32, { error: '小程序码参数不正确' }))) },
  { error: '提交的内容格式不正确' },
)
export type EstateJoinInput = z.output<typeof estateJoinSchema>
