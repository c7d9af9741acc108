/**
 * Who is asking for figures (G3-P6, G3-P5): the office manager sees the whole office (or one
 * department on request); a department supervisor sees only their own department; nobody else
 * gets reports. The caller comes from the WeChat OPENID alone.
 */
import { WorkCalendar } from '../../complaint/domain/calendar'
import { AppError, forbidden } from '../../complaint/domain/errors'
import { currentEstateOf, userIn } from '../../complaint/domain/estate'
import type { User } from '../../complaint/domain/model'
import type { Actor } from '../../complaint/domain/policy'
import type { OfficeSettings } from '../../complaint/domain/settings'
import type { DepartmentCode } from '@shared/vocabulary'
import { findUser, getSettings } from '../infra/store'

export interface ReportContext {
  /** Issue 16: the estate every figure is of — the caller's current one (the quality department switches to any). */
  estate: string
  /** The caller with their role and department in `estate`. */
  user: User
  actor: Actor
  /** The manager may see complainant details in exports; supervisors see them masked (G3-P5). */
  isManager: boolean
  /** Issue 16: the quality department (品质部) reads every estate's figures, masked, and acts on nothing. */
  quality: boolean
  /** When the call started, ms since epoch UTC. */
  now: number
  settings(): Promise<OfficeSettings>
  calendar(): Promise<WorkCalendar>
}

/**
 * Issue 16: the caller in their current estate — their role there, or, for the quality department
 * without one, a reader of the whole estate (masked, acting on nothing: `isManager` stays false).
 */
function readerOf(account: User | null): { estate: string; user: User | null; quality: boolean } {
  if (!account?.active) return { estate: '', user: null, quality: false }
  const estate = currentEstateOf(account)
  const here = userIn(account, estate)
  if (here) return { estate, user: here, quality: false }
  const quality = account.companyRole === 'quality'
  return { estate, user: quality ? { ...account, role: 'supervisor', departmentCode: undefined } : null, quality }
}

/**
 * Loads the caller from the OPENID (from cloud.getWXContext()).
 * @throws AppError UNAUTHENTICATED without an OPENID; FORBIDDEN unless an active manager or supervisor.
 */
export async function reportContext(openid: string, now = Date.now()): Promise<ReportContext> {
  if (!openid) throw new AppError('UNAUTHENTICATED', '请在微信中打开小程序')
  const { estate, user, quality } = readerOf(await findUser(openid))
  if (!user || (user.role !== 'manager' && user.role !== 'supervisor')) {
    throw forbidden('统计报表仅向管理处经理和部门主管开放')
  }
  let settings: Promise<OfficeSettings> | undefined
  const ctx: ReportContext = {
    estate,
    quality,
    user,
    actor: { openid: user.openid, role: user.role, name: user.name, departmentCode: user.departmentCode },
    isManager: user.role === 'manager',
    now,
    settings: () => (settings ??= getSettings(estate)),
    calendar: async () => new WorkCalendar((await ctx.settings()).calendar),
  }
  return ctx
}

/**
 * The department a request may look at: a supervisor's own (asking for another is FORBIDDEN);
 * for the manager, the one asked for or null (the whole office). The router has checked an asked
 * code against the office's departments (domain/departments.ts), as action.create its weak point.
 * @throws AppError FORBIDDEN.
 */
export function scopeOf(ctx: ReportContext, asked: unknown): DepartmentCode | null {
  const wanted = asked === undefined || asked === null || asked === '' ? null : String(asked)
  if (ctx.isManager || ctx.quality) return wanted
  const own = ctx.user.departmentCode ?? null
  if (!own) throw forbidden('您的账号未设置部门，无法查看统计')
  if (wanted !== null && wanted !== own) throw forbidden('部门主管只能查看本部门的统计')
  return own
}
