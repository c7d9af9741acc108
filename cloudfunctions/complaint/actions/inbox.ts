/**
 * The in-app message list (the fallback channel for every notification) and the subscription
 * quota ledger the mini-program feeds after each requestSubscribeMessage (MESSAGES.md).
 */
import { AppError } from '../domain/errors'
import type { TemplateName } from '../domain/notifications'
import { environment } from '../infra/environment'
import { LIMITS } from '@shared/limits'
import { WorkCalendar } from '../domain/calendar'
import { watchCalendar, type CalendarWatch } from '../domain/calendar-watch'
import { C, count, database, find } from '../infra/store'
import type { CallContext } from './context'

function requireOpenid(ctx: CallContext) {
  if (!ctx.openid) throw new AppError('UNAUTHENTICATED', '请在微信中打开小程序')
  return ctx.openid
}

/** messages.list — newest first, with the unread count. */
export async function listMessages(payload: { page?: number }, ctx: CallContext) {
  const openid = requireOpenid(ctx)
  const page = Math.max(Number(payload?.page) || 1, 1)
  const items = await find<Record<string, unknown>>(C.inbox, { openid }, { orderBy: [['at', 'desc']], skip: (page - 1) * 20, limit: 20 })
  return {
    items: items.map(({ openid: _o, ...rest }) => ({ id: rest._id, ...rest })),
    unread: await count(C.inbox, { openid, read: false }),
    page,
  }
}

/** messages.markRead — marks the given messages (or all) read. */
export async function markRead(payload: { ids?: string[] }, ctx: CallContext) {
  const openid = requireOpenid(ctx)
  const _ = database().command
  const where: Record<string, unknown> = { openid, read: false }
  if (Array.isArray(payload?.ids) && payload.ids.length) where._id = _.in(payload.ids.map(String).slice(0, 100))
  await database()
    .collection(C.inbox)
    .where(where)
    .update({ data: { read: true } })
  return { unread: await count(C.inbox, { openid, read: false }) }
}

const NAME_BY_ID = new Map(Object.entries(environment.templates).map(([name, id]) => [id, name as TemplateName]))

/**
 * subscription.report — the result of requestSubscribeMessage: each `accept` adds one message
 * to the caller's ledger for that template (one acceptance = one message).
 * @returns the caller's remaining quota per template name.
 */
export async function reportSubscription(payload: { results?: Record<string, string> }, ctx: CallContext) {
  const openid = requireOpenid(ctx)
  const accepted = Object.entries(payload?.results ?? {})
    .filter(([id, r]) => r === 'accept' && NAME_BY_ID.has(id))
    .map(([id]) => NAME_BY_ID.get(id)!)
  for (const name of accepted) {
    await database().runTransaction(async (t: any) => {
      const id = `${openid}:${name}`
      const cur = ((await t.collection(C.quota).doc(id).get()) as { data: { count: number } | null }).data
      await t
        .collection(C.quota)
        .doc(id)
        .set({ data: { openid, template: name, count: (cur?.count ?? 0) + 1, updatedAt: ctx.now } })
    })
  }
  return { quota: await quotaOf(openid) }
}

export async function quotaOf(openid: string): Promise<Record<string, number>> {
  const rows = await find<{ template: string; count: number }>(C.quota, { openid }, { limit: 50 })
  return Object.fromEntries(Object.keys(environment.templates).map((n) => [n, rows.find((r) => r.template === n)?.count ?? 0]))
}

/**
 * H4: who sees the calendar warning. The manager, who enters the year, from 1 November; other staff
 * only once the current year is missing and every deadline they see is 暂定; residents never.
 */
function calendarWarningFor(role: string | undefined, w: CalendarWatch): CalendarWatch | null {
  if (role === 'manager') return w
  return role && role !== 'resident' && w.urgent ? w : null
}

/** meta.get — what the mini-program needs to ask for consent and fill its forms. */
export async function meta(_p: unknown, ctx: CallContext) {
  const s = await ctx.settings()
  const t = environment.templates
  return {
    env: environment.name,
    officeName: s.officeName,
    // The filing form's place picker and room check (public: residents file with it).
    estate: s.estate,
    routing: s.routing,
    limits: LIMITS,
    templates: t,
    // At most 3 ids per requestSubscribeMessage call (MESSAGES.md).
    subscribe: {
      submit: [t.complaint_accepted, t.complaint_progress, t.complaint_result],
      rate: [t.complaint_result, t.complaint_progress, t.rating_reminder],
      staff: [t.staff_task],
    },
    quota: ctx.openid ? await quotaOf(ctx.openid) : {},
    calendar: calendarWarningFor(ctx.user?.role, watchCalendar(new WorkCalendar(s.calendar), ctx.now)),
  }
}
