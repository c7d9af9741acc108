/**
 * Payload schemas for every action, with Chinese messages naming the field (bad input gets a clear
 * error and changes nothing). Built on zod; `parseInput` turns the first problem into INVALID_INPUT.
 */
import * as z from 'zod'
import { invalidInput } from './errors'
import { LIMITS, PHONE_PATTERN, phoneOf } from '@shared/limits'
import { normalizePlace } from '@shared/place'

export { LIMITS }
import { CATEGORIES, CHANNELS, DEPARTMENTS, HANDLING_MODES, REFUSAL_GROUNDS, ROLES, TIERS } from '@shared/vocabulary'

/** A trimmed string of 1…max characters (max counted in characters, not bytes). */
export const text = (label: string, max: number) =>
  z
    .string({ error: `请填写${label}` })
    .trim()
    .min(1, { error: `请填写${label}` })
    .refine((v) => Array.from(v).length <= max, { error: `${label}不能超过 ${max} 个字` })

const optionalText = (label: string, max: number) =>
  z
    .string({ error: `${label}格式不正确` })
    .trim()
    .refine((v) => Array.from(v).length <= max, { error: `${label}不能超过 ${max} 个字` })
    .optional()
    .default('')

const oneOf = <T extends Record<string, string>>(table: T, label: string) =>
  z.enum(Object.keys(table) as [keyof T & string, ...(keyof T & string)[]], { error: `请选择有效的${label}` })

const fileId = z.string().min(1).max(512)
const files = (label: string, max: number) =>
  z
    .array(fileId, { error: `${label}格式不正确` })
    .max(max, { error: `${label}最多 ${max} 个` })
    .optional()
    .default([])

const day = (label: string) => z.string({ error: `请选择${label}` }).regex(/^\d{4}-\d{2}-\d{2}$/, { error: `${label}格式应为 YYYY-MM-DD` })

/** A contact phone (PHONE_PATTERN); spaces typed inside it ("139 1234 5678") are not part of it. */
export const phone = z.preprocess(
  (v) => (typeof v === 'string' ? phoneOf(v) : v),
  z.string({ error: '请填写联系电话' }).regex(PHONE_PATTERN, { error: '联系电话格式不正确（手机号 11 位，或带区号的固话）' }),
)

const id = z.string({ error: '缺少投诉编号' }).min(1, { error: '缺少投诉编号' }).max(64)

/** A place or room, written one way (see normalizePlace) so that reports count it once. */
const place = (label: string, max: number) =>
  text(label, max)
    .transform(normalizePlace)
    .refine((v) => v.length > 0, { error: `请填写${label}` })

/** What a complainant tells us about the matter itself (A2). */
const matter = {
  category: oneOf(CATEGORIES, '投诉类别'),
  location: place('投诉地点', LIMITS.location),
  description: text('投诉内容', LIMITS.description),
  photos: files('照片', LIMITS.photos),
  emergency: z.boolean({ error: '紧急标记格式不正确' }).optional().default(false),
  involved: optionalText('涉及人员', LIMITS.text),
}

export const schemas = {
  submit: z.object({ ...matter }),
  register: z.object({
    ...matter,
    channel: oneOf(CHANNELS, '投诉渠道').refine((c) => c !== 'miniprogram', { error: '业主在小程序自行提交，无需代为登记' }),
    complainant: z.object({
      name: text('投诉人姓名', LIMITS.name),
      room: optionalText('房号', LIMITS.room).transform(normalizePlace),
      phone: z
        .union([phone, z.literal('')])
        .optional()
        .default(''),
      openid: z.string().max(64).optional(),
    }),
    receivedAt: z.number().int().positive().optional(),
    subjectStaff: z.object({ name: text('被投诉员工', LIMITS.name), openid: z.string().max(64).optional() }).optional(),
    /** A3 at registration time: a signature captured on the staff device, or a phone read-back. */
    confirmation: z.object({ method: z.enum(['signature', 'phone_readback']), signatureFile: fileId.optional() }).optional(),
    /** A2-3: answered or handled on the spot at first contact. */
    resolvedOnSpot: z.object({ summary: text('当场处理结果', LIMITS.note), mode: oneOf(HANDLING_MODES, '处理方式') }).optional(),
  }),
  confirm: z.object({
    id,
    method: z.enum(['miniprogram', 'signature', 'phone_readback'], { error: '请选择确认方式' }),
    signatureFile: fileId.optional(),
  }),
  accept: z.object({
    id,
    tier: oneOf(TIERS, '投诉级别').optional(),
    departmentCode: oneOf(DEPARTMENTS, '承办部门').optional(),
    note: optionalText('受理说明', LIMITS.text),
    /** H2-S: the staff member the complaint turns out to be about, identified by customer service. */
    subjectStaff: z.object({ name: text('被投诉员工', LIMITS.name), openid: z.string().max(64).optional() }).optional(),
  }),
  refuse: z.object({
    id,
    ground: oneOf(REFUSAL_GROUNDS, '不予受理理由'),
    explanation: text('向投诉人的说明', LIMITS.text),
    repeatOf: z.string().max(64).optional(),
  }),
  dispatch: z.object({ id, departmentCode: oneOf(DEPARTMENTS, '承办部门').optional(), note: optionalText('派单说明', LIMITS.text) }),
  transfer: z.object({ id, departmentCode: oneOf(DEPARTMENTS, '承办部门'), reason: text('转派原因', LIMITS.text) }),
  take: z.object({ id }),
  assign: z.object({ id, assigneeOpenid: z.string({ error: '请选择承办人' }).min(1, { error: '请选择承办人' }).max(64) }),
  add_note: z.object({
    id,
    kind: z.enum(['note', 'site_visit', 'evidence'], { error: '请选择记录类型' }).default('note'),
    text: text('调查记录', LIMITS.note),
    files: files('附件', LIMITS.photos),
  }),
  record_statement: z.object({ id, text: text('被投诉员工的陈述', LIMITS.note), files: files('附件', LIMITS.photos) }),
  set_mode: z.object({
    id,
    mode: z.enum(['explanation', 'rectification', 'coordination'], { error: '请选择处理方式' }),
    coordinatingDepartments: z.array(oneOf(DEPARTMENTS, '协同部门')).max(6).optional().default([]),
    note: optionalText('处理说明', LIMITS.text),
  }),
  submit_plan: z.object({
    id,
    owner: text('方案负责人', LIMITS.name),
    steps: z
      .array(text('方案步骤', 200), { error: '请填写方案步骤' })
      .min(1, { error: '请至少填写一个方案步骤' })
      .max(LIMITS.planSteps, { error: `方案步骤最多 ${LIMITS.planSteps} 步` }),
    deadline: day('方案完成日期'),
  }),
  approve_plan: z.object({ id, note: optionalText('审批意见', LIMITS.text) }),
  return_plan: z.object({ id, note: text('退回原因', LIMITS.text) }),
  request_extension: z.object({ id, newDeadline: day('延期后的完成日期'), reason: text('延期原因', LIMITS.text) }),
  approve_extension: z.object({ id, note: optionalText('审批意见', LIMITS.text) }),
  reject_extension: z.object({ id, note: text('不同意的原因', LIMITS.text) }),
  give_result: z.object({
    id,
    summary: text('处理结果', LIMITS.note),
    mode: z.enum(['explanation', 'rectification', 'coordination'], { error: '请选择处理方式' }).optional(),
    coordinatingDepartments: z.array(oneOf(DEPARTMENTS, '协同部门')).max(6).optional().default([]),
    files: files('附件', LIMITS.photos),
  }),
  rate: z.object({
    id,
    level: z.number({ error: '请选择满意度' }).int().min(1, { error: '请选择满意度' }).max(5, { error: '请选择满意度' }),
    comment: optionalText('评价内容', LIMITS.text),
  }),
  record_return_visit: z.object({
    id,
    channel: z.enum(['phone', 'in_person'], { error: '请选择回访方式' }),
    level: z.number({ error: '请选择满意度' }).int().min(1).max(5),
    comment: optionalText('回访记录', LIMITS.text),
  }),
  final_reply: z.object({ id, text: text('经理答复', LIMITS.note) }),
  // Timer transitions carry no user input.
  mark_return_visit_due: z.object({ id }),
  close_no_response: z.object({ id }),
  warn_deadline: z.object({ id }),
  escalate: z.object({ id }),
} as const

export type Schemas = typeof schemas
export type ActionName = keyof Schemas
export type InputOf<A extends ActionName> = z.output<Schemas[A]>

/** Staff invites and resident profiles (issue: accounts and roles). */
export const profileSchema = z.object({
  name: text('姓名', LIMITS.name),
  room: place('房号', LIMITS.room),
  phone,
})
export const inviteSchema = z.object({
  role: oneOf({ agent: ROLES.agent, handler: ROLES.handler, supervisor: ROLES.supervisor, manager: ROLES.manager }, '角色'),
  departmentCode: oneOf(DEPARTMENTS, '部门'),
  name: text('员工姓名', LIMITS.name),
  phone: z
    .union([phone, z.literal('')])
    .optional()
    .default(''),
})

/**
 * Validates `input` against `schema`.
 * @returns the parsed, trimmed value. @throws AppError INVALID_INPUT with the first problem in Chinese.
 */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const r = schema.safeParse(input ?? {})
  if (r.success) return r.data
  const first = r.error.issues[0]
  const message = first?.message && /[\u4e00-\u9fa5]/.test(first.message) ? first.message : '提交的内容格式不正确'
  throw invalidInput(message, { path: first?.path.join('.'), issues: r.error.issues.length })
}
