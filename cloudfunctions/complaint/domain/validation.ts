/**
 * Payload schemas for every action, with Chinese messages naming the field (bad input gets a clear
 * error and changes nothing). Built on zod/mini (the functional API: a fraction of classic zod's
 * size in each bundle, docs/DEPLOY.md "Sizes"); `parseInput` turns the first problem into INVALID_INPUT.
 * Every object is strict (an unknown field is refused, not ignored), every free text goes through
 * the one normaliser of the shared kernel (`cleanText`) before it is checked for emptiness and
 * length, and every number is bounded (issue 12).
 */
import * as z from 'zod/mini'
import { checkDepartmentCodes, type DepartmentUse, type NamedDepartment } from './departments'
import { invalidInput } from './errors'
import { DEPARTMENT_CODE, type Department } from '@shared/departments'
import { LIMITS, PHONE_PATTERN, phoneOf } from '@shared/limits'
import { normalizePlace } from '@shared/place'
import { cleanText } from '@shared/text'
import { parseFileId, type UploadFolder } from '@shared/uploads'

export { LIMITS }
import { HOTLINE_ORDER_PATTERN, hotlineOrderNo } from '@shared/hotline'
import {
  CATEGORIES,
  CHANNELS,
  HANDLING_MODES,
  HOTLINE_SATISFACTION,
  REFUSAL_GROUNDS,
  ROLES,
  TIERS,
  WITHDRAWAL_REASONS,
} from '@shared/vocabulary'

/** An object with exactly these fields: any other field is refused (parseInput names it). */
export const strict = <T extends z.core.$ZodLooseShape>(shape: T) => z.strictObject(shape, { error: '提交的内容格式不正确' })

/** Classic zod's `preprocess`, which zod/mini lacks: `fn` reshapes the raw value, then `schema` checks it. */
const preprocess = <S extends z.core.$ZodType<unknown, unknown>>(fn: (v: unknown) => unknown, schema: S) => z.pipe(z.transform(fn), schema)

const cleaned = (label: string, max: number, multiline: boolean) =>
  z.string({ error: `请填写${label}` }).check(
    z.overwrite((v) => cleanText(v, { multiline })),
    z.refine((v) => Array.from(v).length <= max, { error: `${label}不能超过 ${max} 个字` }),
  )

/**
 * A free text of 1…max characters (counted in characters, not bytes), cleaned by `cleanText`:
 * line breaks kept, invisible and control characters removed, trimmed — so text made only of
 * them is empty, and refused.
 */
export const text = (label: string, max: number) =>
  cleaned(label, max, true).check(z.refine((v) => v.length > 0, { error: `请填写${label}` }))

/** A one-line text (a name, a title): as `text`, with line breaks read as spaces. */
export const line = (label: string, max: number) =>
  cleaned(label, max, false).check(z.refine((v) => v.length > 0, { error: `请填写${label}` }))

/** An optional free text of at most max characters, cleaned as `text`; absent: empty. */
export const optionalText = (label: string, max: number, multiline = true) =>
  z._default(
    z.optional(
      z.string({ error: `${label}格式不正确` }).check(
        z.overwrite((v) => cleanText(v, { multiline })),
        z.refine((v) => Array.from(v).length <= max, { error: `${label}不能超过 ${max} 个字` }),
      ),
    ),
    '',
  )

const oneOf = <T extends Record<string, string>>(table: T, label: string) =>
  z.enum(Object.keys(table) as [keyof T & string, ...(keyof T & string)[]], { error: `请选择有效的${label}` })

/** The department codes named by the parse under way (parsing is synchronous, so they are that call's own); null outside `parseChecked`. */
let named: NamedDepartment[] | null = null

/**
 * A department code (`承办部门`, `部门`…): its spelling is checked here, and whether the office has
 * that department — active, for `routing` — against the settings when the call runs (`parseChecked`,
 * domain/departments.ts). Parsed any other way, a department field refuses every code.
 */
export const departmentCode = (label: string, use: DepartmentUse = 'routing') =>
  z.string({ error: `请选择有效的${label}` }).check(
    z.regex(DEPARTMENT_CODE, { error: `请选择有效的${label}` }),
    z.refine(
      (code) => {
        named?.push({ code, label, use })
        return named !== null
      },
      { error: `请选择有效的${label}` },
    ),
  )

/** A database id or OPENID as the functions hand them out: 1–64 letters, digits, `_` or `-`. */
export const idOf = (label: string, missing = `缺少${label}`) =>
  z.string({ error: missing }).check(z.minLength(1, { error: missing }), z.regex(/^[A-Za-z0-9_-]{1,64}$/, { error: `${label}格式不正确` }))

/**
 * A fileID of an upload as the mini-program names it (shared/uploads.ts). Whose it is and whether it
 * is still free are checked by the use case (actions/complaint/attachments.ts), which knows the caller.
 */
const fileId = (label: string) =>
  z.string({ error: `${label}无效，请重新上传` }).check(
    z.maxLength(512, { error: `${label}无效，请重新上传` }),
    z.refine((v) => parseFileId(v) !== null, { error: `${label}无效，请重新上传` }),
  )

const files = (label: string, max: number) =>
  z._default(
    z.optional(
      z.array(fileId(label), { error: `${label}格式不正确` }).check(
        z.maxLength(max, { error: `${label}最多 ${max} 个` }),
        z.refine((ids) => new Set(ids).size === ids.length, { error: `${label}有重复` }),
      ),
    ),
    [],
  )

/** How a recording is checked (issue 19): its folder, how many, how long and how big each may be. */
interface ClipRule {
  label: string
  folder: UploadFolder
  max: number
  maxMs: number
  maxBytes: number
}

const VOICE: ClipRule = { label: '语音', folder: 'voice', max: LIMITS.voiceNotes, maxMs: LIMITS.voiceMs, maxBytes: LIMITS.voiceBytes }
const VIDEO: ClipRule = { label: '视频', folder: 'videos', max: LIMITS.videos, maxMs: LIMITS.videoMs, maxBytes: LIMITS.videoBytes }

const whole = (what: string, min: number, max: number, tooBig: string) =>
  z
    .number({ error: `${what}格式不正确` })
    .check(z.int({ error: `${what}格式不正确` }), z.minimum(min, { error: `${what}格式不正确` }), z.maximum(max, { error: tooBig }))

/**
 * Recordings of one field (issue 19): each `{ fileID, durationMs, size }` as the device measured
 * it — a file of the rule's folder (a voice note's extension is an audio one: shared/uploads.ts),
 * no longer than `maxMs` and no bigger than `maxBytes` (what the server can check; the mini-program
 * stops the recorder and refuses bigger files itself). Stored as `{ fileID, durationMs }`.
 */
const clips = (r: ClipRule) =>
  z._default(
    z.optional(
      z
        .array(
          z.pipe(
            strict({
              fileID: fileId(r.label).check(
                z.refine((v) => parseFileId(v)?.folder === r.folder, { error: `${r.label}文件类型不支持，请重新上传` }),
              ),
              durationMs: whole(`${r.label}时长`, 1, r.maxMs, `${r.label}不能超过 ${r.maxMs / 1000} 秒`),
              size: whole(`${r.label}文件大小`, 1, r.maxBytes, `${r.label}文件不能超过 ${Math.round(r.maxBytes / 1048576)} MB`),
            }),
            z.transform(({ fileID, durationMs }) => ({ fileID, durationMs })),
          ),
          { error: `${r.label}格式不正确` },
        )
        .check(
          z.maxLength(r.max, { error: `${r.label}最多 ${r.max} 段` }),
          z.refine((c) => new Set(c.map((x) => x.fileID)).size === c.length, { error: `${r.label}有重复` }),
        ),
    ),
    [],
  )

/** Whether `YYYY-MM-DD` names a day of the calendar (not 2026-02-30). */
function isRealDay(v: string): boolean {
  const [y, m, d] = v.split('-').map(Number)
  const at = new Date(Date.UTC(y, m - 1, d))
  return at.getUTCFullYear() === y && at.getUTCMonth() === m - 1 && at.getUTCDate() === d
}

/** A real calendar day `YYYY-MM-DD` between 2000 and 2099 (Asia/Shanghai is applied by the rules). */
export const day = (label: string) =>
  z
    .string({ error: `请选择${label}` })
    .check(
      z.regex(/^20\d{2}-\d{2}-\d{2}$/, { error: `${label}格式应为 YYYY-MM-DD` }),
      z.refine(isRealDay, { error: `${label}不是有效的日期` }),
    )

/** A contact phone (PHONE_PATTERN); spaces typed inside it ("139 1234 5678") are not part of it. */
export const phone = preprocess(
  (v) => (typeof v === 'string' ? phoneOf(cleanText(v)) : v),
  z.string({ error: '请填写联系电话' }).check(z.regex(PHONE_PATTERN, { error: '联系电话格式不正确（手机号 11 位，或带区号的固话）' })),
)

/** A contact phone that may be left out ('' when absent). */
const optionalPhone = preprocess(
  (v) => (typeof v === 'string' ? phoneOf(cleanText(v)) : v),
  z._default(
    z.optional(
      z
        .string({ error: '联系电话格式不正确' })
        .check(z.regex(new RegExp(`^$|${PHONE_PATTERN.source}`), { error: '联系电话格式不正确（手机号 11 位，或带区号的固话）' })),
    ),
    '',
  ),
)

const id = idOf('投诉编号')

/** A place or room, written one way (see normalizePlace) so that reports count it once. */
export const place = (label: string, max: number) =>
  z.pipe(line(label, max), z.transform(normalizePlace)).check(z.refine((v) => v.length > 0, { error: `请填写${label}` }))

/** Someone a staff member names: the name as typed, and the OPENID when picked from a list. */
const person = (label: string) => strict({ name: line(label, LIMITS.name), openid: z.optional(idOf(`${label}的账号`)) })

/** What a complainant tells us about the matter itself (A2). */
const matter = {
  category: oneOf(CATEGORIES, '投诉类别'),
  location: place('投诉地点', LIMITS.location),
  description: text('投诉内容', LIMITS.description),
  photos: files('照片', LIMITS.photos),
  emergency: z._default(z.optional(z.boolean({ error: '紧急标记格式不正确' })), false),
  involved: optionalText('涉及人员', LIMITS.text, false),
}

const level = z
  .number({ error: '请选择满意度' })
  .check(z.int({ error: '请选择满意度' }), z.minimum(1, { error: '请选择满意度' }), z.maximum(5, { error: '请选择满意度' }))

const mode = z.enum(['explanation', 'rectification', 'coordination'], { error: '请选择处理方式' })
const departments = (use: DepartmentUse) =>
  z._default(
    z.optional(
      z.array(departmentCode('协同部门', use), { error: '协同部门格式不正确' }).check(z.maxLength(6, { error: '协同部门最多 6 个' })),
    ),
    [],
  )

/** Earliest instant a registration may say it was received (1 January 2000, UTC); the rules clamp the latest to now. */
const RECEIVED_MIN = Date.UTC(2000, 0, 1)

/** An instant (ms UTC) someone states, from 1 January 2000 on; whether it may be in the future the rules decide. */
const instant = (label: string) =>
  z
    .number({ error: `${label}格式不正确` })
    .check(
      z.int({ error: `${label}格式不正确` }),
      z.minimum(RECEIVED_MIN, { error: `${label}格式不正确` }),
      z.maximum(Number.MAX_SAFE_INTEGER, { error: `${label}格式不正确` }),
    )

/** W1: the 12345 order number, written one way (a format, not free text). */
const hotlineOrder = preprocess(
  (v) => (typeof v === 'string' ? hotlineOrderNo(v) : v),
  z
    .string({ error: '请填写12345工单号' })
    .check(
      z.minLength(1, { error: '请填写12345工单号' }),
      z.regex(HOTLINE_ORDER_PATTERN, { error: '12345工单号应为 4–40 位字母、数字或“-”' }),
    ),
)

/** A signature only goes with the signature method (A3). */
const signatureOnlyWhenSigned = (v: { method: string; signatureFile?: string }) => v.method === 'signature' || !v.signatureFile
const SIGNATURE_ONLY = { error: '只有签字确认才附签字图片' }

export const schemas = {
  submit: strict({
    ...matter,
    /** Issue 19: the resident's voice notes and short videos. */
    voiceNotes: clips(VOICE),
    videos: clips(VIDEO),
    /** C3: a withdrawn complaint of the resident's that this one takes up. */
    refersTo: z.optional(idOf('引用的投诉编号')),
    /** C5: the scene of the QR code the resident filed from. */
    placeCode: z.optional(z.string({ error: '地点二维码格式不正确' }).check(z.maxLength(40, { error: '地点二维码格式不正确' }))),
  }),
  register: strict({
    ...matter,
    channel: oneOf(CHANNELS, '投诉渠道').check(z.refine((c) => c !== 'miniprogram', { error: '业主在小程序自行提交，无需代为登记' })),
    complainant: strict({
      name: line('投诉人姓名', LIMITS.name),
      room: z.pipe(optionalText('房号', LIMITS.room, false), z.transform(normalizePlace)),
      phone: optionalPhone,
      openid: z.optional(idOf('投诉人账号')),
    }),
    receivedAt: z.optional(
      z
        .number({ error: '收到投诉的时间格式不正确' })
        .check(
          z.int({ error: '收到投诉的时间格式不正确' }),
          z.minimum(RECEIVED_MIN, { error: '收到投诉的时间格式不正确' }),
          z.maximum(Number.MAX_SAFE_INTEGER, { error: '收到投诉的时间格式不正确' }),
        ),
    ),
    subjectStaff: z.optional(person('被投诉员工')),
    /** A3 at registration time: a signature captured on the staff device, or a phone read-back. */
    confirmation: z.optional(
      strict({
        method: z.enum(['signature', 'phone_readback'], { error: '请选择确认方式' }),
        signatureFile: z.optional(fileId('签字图片')),
      }).check(z.refine(signatureOnlyWhenSigned, SIGNATURE_ONLY)),
    ),
    /** A2-3: answered or handled on the spot at first contact. */
    resolvedOnSpot: z.optional(strict({ summary: text('当场处理结果', LIMITS.note), mode: oneOf(HANDLING_MODES, '处理方式') })),
    /** W1, W2: a 12345 work order's number and the hotline's deadline (channel `hotline` only; the rules check both). */
    hotline: z.optional(strict({ orderNo: hotlineOrder, dueAt: instant('热线办理时限') })),
  }),
  confirm: strict({
    id,
    method: z.enum(['miniprogram', 'signature', 'phone_readback'], { error: '请选择确认方式' }),
    signatureFile: z.optional(fileId('签字图片')),
  }).check(z.refine(signatureOnlyWhenSigned, SIGNATURE_ONLY)),
  accept: strict({
    id,
    tier: z.optional(oneOf(TIERS, '投诉级别')),
    departmentCode: z.optional(departmentCode('承办部门')),
    note: optionalText('受理说明', LIMITS.text),
    /** H2-S: the staff member the complaint turns out to be about, identified by customer service. */
    subjectStaff: z.optional(person('被投诉员工')),
  }),
  refuse: strict({
    id,
    ground: oneOf(REFUSAL_GROUNDS, '不予受理理由'),
    explanation: text('向投诉人的说明', LIMITS.text),
    repeatOf: z.optional(idOf('重复投诉的编号')),
  }),
  dispatch: strict({ id, departmentCode: z.optional(departmentCode('承办部门')), note: optionalText('派单说明', LIMITS.text) }),
  transfer: strict({ id, departmentCode: departmentCode('承办部门'), reason: text('转派原因', LIMITS.text) }),
  take: strict({ id }),
  assign: strict({ id, assigneeOpenid: idOf('承办人', '请选择承办人') }),
  add_note: strict({
    id,
    kind: z._default(z.enum(['note', 'site_visit', 'evidence'], { error: '请选择记录类型' }), 'note'),
    text: text('调查记录', LIMITS.note),
    files: files('附件', LIMITS.photos),
    /** Issue 19: short videos taken on site. */
    videos: clips(VIDEO),
  }),
  record_statement: strict({ id, text: text('被投诉员工的陈述', LIMITS.note), files: files('附件', LIMITS.photos) }),
  set_mode: strict({ id, mode, coordinatingDepartments: departments('routing'), note: optionalText('处理说明', LIMITS.text) }),
  submit_plan: strict({
    id,
    owner: line('方案负责人', LIMITS.name),
    steps: z
      .array(line('方案步骤', 200), { error: '请填写方案步骤' })
      .check(
        z.minLength(1, { error: '请至少填写一个方案步骤' }),
        z.maxLength(LIMITS.planSteps, { error: `方案步骤最多 ${LIMITS.planSteps} 步` }),
      ),
    deadline: day('方案完成日期'),
  }),
  approve_plan: strict({ id, note: optionalText('审批意见', LIMITS.text) }),
  return_plan: strict({ id, note: text('退回原因', LIMITS.text) }),
  request_extension: strict({ id, newDeadline: day('延期后的完成日期'), reason: text('延期原因', LIMITS.text) }),
  approve_extension: strict({ id, note: optionalText('审批意见', LIMITS.text) }),
  reject_extension: strict({ id, note: text('不同意的原因', LIMITS.text) }),
  give_result: strict({
    id,
    summary: text('处理结果', LIMITS.note),
    mode: z.optional(mode),
    // Who took part is a record of what happened: a department deactivated meanwhile is still named.
    coordinatingDepartments: departments('existing'),
    files: files('附件', LIMITS.photos),
  }),
  rate: strict({ id, level, comment: optionalText('评价内容', LIMITS.text) }),
  record_return_visit: strict({
    id,
    channel: z.enum(['phone', 'in_person'], { error: '请选择回访方式' }),
    level,
    comment: optionalText('回访记录', LIMITS.text),
  }),
  final_reply: strict({ id, text: text('经理答复', LIMITS.note) }),
  // Timer transitions carry no user input.
  mark_return_visit_due: strict({ id }),
  close_no_response: strict({ id }),
  warn_deadline: strict({ id }),
  escalate: strict({ id }),
  // Issue 14: the emergency alert chain.
  acknowledge_emergency: strict({ id }),
  confirm_emergency: strict({ id, note: optionalText('确认说明', LIMITS.text) }),
  clear_emergency: strict({ id, reason: text('解除紧急的原因', LIMITS.text) }),
  escalate_emergency: strict({ id }),
  // The complainant's own part (C1–C3).
  add_info: strict({
    id,
    text: optionalText('补充内容', LIMITS.text),
    photos: files('照片', LIMITS.photos),
    /** Issue 19: voice notes and short videos with the addition. */
    voiceNotes: clips(VOICE),
    videos: clips(VIDEO),
    /** After the result (F3): ask for it to be handled again (true) or only add the information (false). */
    reopen: z.optional(z.boolean({ error: '请选择是否要求重新处理' })),
  }).check(
    z.refine((v) => v.text.length > 0 || v.photos.length > 0 || v.voiceNotes.length > 0 || v.videos.length > 0, {
      error: '请填写补充内容或添加照片',
      path: ['text'],
    }),
  ),
  urge: strict({ id }),
  withdraw: strict({ id, reason: oneOf(WITHDRAWAL_REASONS, '撤销原因'), text: optionalText('撤销说明', LIMITS.text) }).check(
    z.refine((v) => v.reason !== 'other' || v.text.length > 0, { error: '选择“其他”时请说明撤销原因', path: ['text'] }),
  ),
  /** H2-S, G3-P5: the allegation in staff's words — all the staff member it is about is told of the matter. */
  summarise_allegation: strict({ id, text: text('告知员工的投诉要点', LIMITS.note) }),
  /** W3: the reply returned to the 12345 hotline, and when it was sent (now when absent). */
  hotline_reply: strict({ id, text: text('回复热线的内容', LIMITS.note), repliedAt: z.optional(instant('回复热线的时间')) }),
  /** W4: the satisfaction result the hotline sent back. */
  hotline_satisfaction: strict({
    id,
    result: oneOf(HOTLINE_SATISFACTION, '热线满意度结果'),
    note: optionalText('热线回访备注', LIMITS.text),
  }),
  /** Issue 18: the system shares a matter's result with a linked complaint (no user input; actions/matter/sync.ts). */
  share_result: strict({ id }),
} as const

export type Schemas = typeof schemas
export type ActionName = keyof Schemas
export type InputOf<A extends ActionName> = z.output<Schemas[A]>

/** Issue 14: alerts.status — `live` asks the alert function now (the manager's settings page). */
export const alertStatusQuery = strict({ live: z.optional(z.boolean({ error: '“实时”应为是或否' })) })

/** Staff invites and resident profiles (issue: accounts and roles). */
export const profileSchema = strict({
  name: line('姓名', LIMITS.name),
  room: place('房号', LIMITS.room),
  phone,
})
export const inviteSchema = strict({
  role: oneOf({ agent: ROLES.agent, handler: ROLES.handler, supervisor: ROLES.supervisor, manager: ROLES.manager }, '角色'),
  departmentCode: departmentCode('部门'),
  name: line('员工姓名', LIMITS.name),
  phone: optionalPhone,
})
export type ProfileInput = z.output<typeof profileSchema>
export type InviteInput = z.output<typeof inviteSchema>

/** Issue 14: a staff member's WeCom user id (企业微信账号, as the corp's address book has it); '' unbinds. */
export const wecomBindingSchema = strict({
  wecomUserId: z.string({ error: '请填写企业微信账号' }).check(
    z.trim(),
    z.refine((v) => v === '' || /^[A-Za-z0-9_.@-]{1,64}$/.test(v), {
      error: '企业微信账号只能包含字母、数字和 _ . @ -（在企业微信管理后台“通讯录”中查看）',
    }),
  ),
})

/** C4: one message of a complaint's conversation — text, photos, or both. */
export const messageSchema = strict({ id, text: optionalText('留言', LIMITS.text), photos: files('照片', LIMITS.photos) }).check(
  z.refine((v) => v.text.length > 0 || v.photos.length > 0, { error: '请填写留言内容', path: ['text'] }),
)
export type MessageInput = z.output<typeof messageSchema>

/** C5: a scanned QR code's scene, as the filing page received it (URL-encoded or not). */
export const placeScene = strict({
  scene: z.string({ error: '二维码内容无效' }).check(z.maxLength(200, { error: '二维码内容无效' })),
})

/** C5: the manager's sheet of place codes — one section (a building's code or `areas`), with or without images. */
export const placeSheet = strict({
  group: z.optional(z.string({ error: '请选择楼栋或公共区域' }).check(z.maxLength(20, { error: '请选择楼栋或公共区域' }))),
  images: z.optional(z.boolean({ error: '“生成小程序码”应为是或否' })),
})

/**
 * Validates `input` against `schema`.
 * @returns the parsed, trimmed value. @throws AppError INVALID_INPUT with the first problem in Chinese.
 */
export function parseInput<S extends z.ZodMiniType>(schema: S, input: unknown): z.output<S> {
  const r = schema.safeParse(input ?? {})
  if (r.success) return r.data
  // A misspelt field is the likeliest cause of the other problems: name it first.
  const first = r.error.issues.find((i) => i.code === 'unrecognized_keys') ?? r.error.issues[0]
  throw invalidInput(messageOf(first), { path: first?.path.join('.'), issues: r.error.issues.length })
}

/** `parseInput`, and the department codes the parse named (each department field records its value). */
function parseNaming<S extends z.ZodMiniType>(schema: S, input: unknown): { value: z.output<S>; codes: NamedDepartment[] } {
  const outer = named
  const codes: NamedDepartment[] = []
  named = codes
  try {
    return { value: parseInput(schema, input), codes }
  } finally {
    named = outer
  }
}

/**
 * Validates `input` against `schema` as `parseInput` does, then checks the department codes it
 * names against the office's departments of the moment (`departments` is called only when it names one).
 * @returns the parsed value. @throws AppError INVALID_INPUT for the first problem, in Chinese.
 */
export async function parseChecked<S extends z.ZodMiniType>(
  schema: S,
  input: unknown,
  departments: () => Promise<readonly Department[]>,
): Promise<z.output<S>> {
  const { value, codes } = parseNaming(schema, input)
  if (codes.length) checkDepartmentCodes(codes, await departments())
  return value
}

/** `parseChecked` with the departments at hand (a caller that has the settings loaded already). */
export function parseFor<S extends z.ZodMiniType>(schema: S, input: unknown, departments: readonly Department[]): z.output<S> {
  const { value, codes } = parseNaming(schema, input)
  checkDepartmentCodes(codes, departments)
  return value
}

/** The Chinese message of a problem: an unknown field by its name, else the schema's own words. */
function messageOf(issue: z.core.$ZodIssue | undefined): string {
  if (issue?.code === 'unrecognized_keys') {
    const at = issue.path.length ? `${issue.path.join('.')}.` : ''
    return `不支持的字段：${issue.keys.map((k) => at + k).join('、')}`
  }
  if (issue?.message && /[\u4e00-\u9fa5]/.test(issue.message)) return issue.message
  return issue?.path.length ? `提交的内容格式不正确（${issue.path.join('.')}）` : '提交的内容格式不正确'
}
