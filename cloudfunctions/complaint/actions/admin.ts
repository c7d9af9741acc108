/**
 * The office manager's settings (deadlines, routing, calendar overrides) and staff invites.
 * Clauses marked (inferred) in PROCEDURE.md are defaults the office changes here.
 */
import { z } from 'zod'
import { PACKAGE_YEARS, WorkCalendar } from '../domain/calendar'
import { invalidInput } from '../domain/errors'
import { normalizePlace } from '@shared/place'
import { withDefaults, type OfficeSettings } from '../domain/settings'
import { parseInput, text } from '../domain/validation'
import { CATEGORIES, DEPARTMENTS } from '@shared/vocabulary'
import type { User } from '../domain/model'
import { deliverPending } from '../infra/notifier'
import { C, database, find, getSettings, saveSettings } from '../infra/store'
import { requireUser, type CallContext } from './context'
import { recountProvisionalDeadlines } from './recount'

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

const settingsSchema = z.object({
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

const MASK = '••••'
/** A robot key as settings show it: enough to recognise, not enough to use (it is a secret). */
const maskKey = (k: string) => MASK + k.slice(-4)

/** settings.get — current settings with their defaults, and the calendar's known years; robot keys masked. */
export async function getOfficeSettings(_p: unknown, ctx: CallContext) {
  requireUser(ctx, ['manager', 'supervisor', 'agent'])
  const s = await getSettings()
  const wecomRobots = Object.fromEntries(
    Object.entries(s.wecomRobots)
      .filter(([, k]) => !!k)
      .map(([g, k]) => [g, maskKey(k!)]),
  )
  return {
    settings: { ...s, wecomRobots },
    calendar: { packageYears: PACKAGE_YEARS, lastKnownYear: new WorkCalendar(s.calendar).lastKnownYear() },
  }
}

/** Robot keys after an edit: a masked value keeps the stored key, '' removes it, anything else must look like a key. */
function mergeRobots(cur: OfficeSettings['wecomRobots'], edit: Record<string, string | undefined> = {}): OfficeSettings['wecomRobots'] {
  const next: Record<string, string> = { ...(cur as Record<string, string>) }
  for (const [group, value] of Object.entries(edit)) {
    const v = String(value ?? '').trim()
    if (v.startsWith(MASK)) continue
    if (!v) delete next[group]
    else if (!/^[A-Za-z0-9-]{8,80}$/.test(v))
      throw invalidInput('企业微信群机器人的 Webhook key 格式不正确（在群机器人的 Webhook 地址中 key= 之后）')
    else next[group] = v
  }
  return next
}

/**
 * settings.save — the manager changes the estate, deadlines, routing or the calendar (merged over the
 * current). Every running provisional deadline is then recounted on the saved calendar (H4,
 * actions/recount.ts): entering a year's schedule settles the 暂定 ones.
 */
export async function saveOfficeSettings(payload: unknown, ctx: CallContext) {
  requireUser(ctx, ['manager'])
  const input = parseInput(settingsSchema, payload)
  const cur = await getSettings()
  const next = withDefaults({
    officeName: input.officeName ?? cur.officeName,
    estate: { ...cur.estate, ...(input.estate ?? {}) },
    deadlines: { ...cur.deadlines, ...(input.deadlines ?? {}) },
    routing: { ...cur.routing, ...(input.routing ?? {}) } as typeof cur.routing,
    calendar: {
      years: { ...cur.calendar.years, ...(input.calendar?.years ?? {}) },
      closures: input.calendar?.closures ?? cur.calendar.closures,
    },
    wecomRobots: mergeRobots(cur.wecomRobots, input.wecomRobots),
  })
  for (const [year, y] of Object.entries(next.calendar.years ?? {})) {
    if ([...y.holidays, ...y.workdays].some((d) => !d.startsWith(year))) throw invalidInput(`${year} 年的日期必须都在 ${year} 年内`)
  }
  if (next.deadlines.extensionCapWorkdays < next.deadlines.complexWorkdays) throw invalidInput('延期上限不能短于复杂投诉的处理时限')
  await saveSettings(next)
  return { ...(await getOfficeSettings({}, ctx)), recounted: await recountOn(next, ctx.now) }
}

/** H4: recounts 暂定 deadlines on the saved calendar (nothing to write unless it changed) and sends what that tells complainants. */
async function recountOn(s: OfficeSettings, now: number): Promise<number> {
  const { recounted } = await recountProvisionalDeadlines(new WorkCalendar(s.calendar, { provisional: true }), now)
  if (recounted) await deliverPending(now)
  return recounted
}

interface Invite {
  code: string
  role: string
  departmentCode: string
  name: string
  usedBy: string | null
  usedAt: number | null
  expiresAt: number
  revokedAt?: number
  createdAt: number
}

/** invite.list — invites, newest first, each with its status and who bound it (manager). */
export async function listInvites(_p: unknown, ctx: CallContext) {
  requireUser(ctx, ['manager'])
  const invites = await find<Invite>(C.invites, {}, { orderBy: [['createdAt', 'desc']], limit: 100 })
  const used = invites.map((i) => i.usedBy).filter((x): x is string => !!x)
  const users = used.length ? await find<User>(C.users, { openid: database().command.in(used) }, { limit: 100 }) : []
  return invites.map((i) => ({
    ...i,
    status: i.revokedAt ? 'revoked' : i.usedBy ? 'used' : i.expiresAt < ctx.now ? 'expired' : 'open',
    usedByName: users.find((u) => u.openid === i.usedBy)?.name ?? null,
  }))
}

/** invite.revoke — withdraws an open invite so its code can no longer be bound (manager). */
export async function revokeInvite(payload: { code?: string }, ctx: CallContext) {
  requireUser(ctx, ['manager'])
  const code = String(payload?.code ?? '')
    .trim()
    .toUpperCase()
  const r = (await database()
    .collection(C.invites)
    .where({ _id: code, usedBy: null, revokedAt: database().command.exists(false) })
    .update({ data: { revokedAt: ctx.now } })) as unknown as { stats: { updated: number } }
  if (r.stats.updated !== 1) throw invalidInput('该邀请码不存在、已使用或已撤销')
  return { code, status: 'revoked' }
}
