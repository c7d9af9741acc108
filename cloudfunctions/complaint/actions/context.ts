/**
 * Per-call context: who is calling (from the WeChat OPENID only), when, and the office settings
 * and calendar the rules need. Built once per invocation by the router.
 */
import { WorkCalendar } from '../domain/calendar'
import { AppError, forbidden } from '../domain/errors'
import { currentEstateOf, userIn } from '../domain/estate'
import type { TransitionContext } from '../domain/lifecycle'
import type { User } from '../domain/model'
import { type Actor, SYSTEM_ACTOR, isStaff } from '../domain/policy'
import type { OfficeSettings } from '../domain/settings'
import { DEFAULT_ESTATE } from '@shared/matters'
import type { Role } from '@shared/vocabulary'
import * as settingsRepo from '../infra/repositories/settings'
import * as users from '../infra/repositories/users'

/** One invocation: the caller, the instant, and the settings and rules it needs (loaded once). */
export interface CallContext {
  openid: string
  /** The caller as the rules see them in `estate`: role and department of their membership there (null: none there, or inactive). */
  user: User | null
  /** The caller's stored account, whatever estate (issue 16: estate.*, me.get); null for a WeChat user without one. */
  account: User | null
  now: number
  /**
   * The estate (小区) the call is about: every record written carries it and every query is scoped
   * by it (issue 16) — the caller's current estate, never the payload's; the timer's is each
   * complaint's own.
   */
  estate: string
  settings(): Promise<OfficeSettings>
  /** The transition context for the rules; requires a registered, active user (or the timer). */
  rules(): Promise<TransitionContext>
  /** What the content check said of the payload's text (the router sets it; issue 15). */
  contentReview?: 'passed' | 'pending'
}

/** The caller as the rules see them: the timer, a registered user, or an unregistered WeChat user (a resident-to-be). */
export function actorOf(user: User | null, openid: string): Actor {
  if (openid === 'system') return SYSTEM_ACTOR
  if (!user) return { openid, role: 'resident', name: '' }
  return { openid: user.openid, role: user.role, name: user.name, departmentCode: user.departmentCode }
}

/**
 * Loads the caller. `openid` comes from cloud.getWXContext(); 'system' is the timer, acting in
 * `systemEstate`. A caller's estate is their current one (issue 16), their role their membership's there.
 */
export async function buildContext(openid: string, now = Date.now(), systemEstate = DEFAULT_ESTATE): Promise<CallContext> {
  const account = openid && openid !== 'system' ? await users.byOpenid(openid) : null
  const estate = account ? currentEstateOf(account) : systemEstate
  const user = account && account.active ? userIn(account, estate) : null
  let settings: Promise<OfficeSettings> | undefined
  const ctx: CallContext = {
    openid,
    user,
    account,
    now,
    estate,
    settings: () => (settings ??= settingsRepo.get(estate)),
    async rules() {
      const s = await ctx.settings()
      // Deadlines never wait for a holiday schedule: beyond it they are counted provisionally (暂定).
      return { now, actor: actorOf(ctx.user, openid), settings: s, calendar: new WorkCalendar(s.calendar, { provisional: true }) }
    },
  }
  return ctx
}

/** The caller as a registered user, optionally of certain roles. @throws UNAUTHENTICATED / FORBIDDEN. */
export function requireUser(ctx: CallContext, roles?: Role[]): User {
  if (!ctx.openid) throw new AppError('UNAUTHENTICATED', '请在微信中打开小程序')
  if (!ctx.user) throw new AppError('UNAUTHENTICATED', '请先完善个人信息（姓名、房号、电话）')
  if (roles && !roles.includes(ctx.user.role)) throw forbidden()
  return ctx.user
}

/** The caller as an active staff member. @throws UNAUTHENTICATED / FORBIDDEN. */
export function requireStaff(ctx: CallContext): User {
  const u = requireUser(ctx)
  if (!isStaff(actorOf(u, ctx.openid))) throw forbidden()
  return u
}

/** The caller's OPENID, registered or not. @throws UNAUTHENTICATED outside WeChat. */
export function requireOpenid(ctx: CallContext): string {
  if (!ctx.openid) throw new AppError('UNAUTHENTICATED', '请在微信中打开小程序')
  return ctx.openid
}
