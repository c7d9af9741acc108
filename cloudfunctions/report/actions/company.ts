/**
 * report.company (issue 16, from rollups as issue 17 asks): the company administrator's and the
 * quality department's comparison of estates for a period, or with `estate` the period report of
 * that estate (the figures its manager sees, for the whole estate). Figures only: no complaint,
 * name, room or phone leaves through it.
 */
import { WorkCalendar } from '../../complaint/domain/calendar'
import { AppError, forbidden, notFound } from '../../complaint/domain/errors'
import type { User } from '../../complaint/domain/model'
import type { OfficeSettings } from '../../complaint/domain/settings'
import { DEFAULT_ESTATE } from '@shared/matters'
import {
  COMPANY_READERS,
  companyComparison,
  estatesOf,
  type CompanyComparison,
  type CompanyReader,
  type CompanyRequest,
  type EstateInfo,
} from '../domain/company'
import { periodOf } from '../domain/period'
import { companyRollups, estateOnRecord, estateSeen, estatesOnRecord, openOverdueOf } from '../infra/company'
import { findUser, getSettings } from '../infra/store'
import type { ReportContext } from './context'
import { computePeriod, type PeriodWithMatters } from './period'

/** The caller of a company action: a company administrator or the quality department. */
export interface CompanyContext {
  user: User
  companyRole: CompanyReader
  /** When the call started, ms since epoch UTC. */
  now: number
  /** The settings of `estate` (the company-wide calendar with that estate's own; DEFAULT_ESTATE's when none is named). */
  settings(estate?: string): Promise<OfficeSettings>
}

/**
 * Loads the caller from the OPENID (from cloud.getWXContext()); their company role is the user
 * document's `companyRole` (issue 16).
 * @throws AppError UNAUTHENTICATED without an OPENID; FORBIDDEN unless an active company administrator or quality department member.
 */
export async function companyContext(openid: string, now = Date.now()): Promise<CompanyContext> {
  if (!openid) throw new AppError('UNAUTHENTICATED', '请在微信中打开小程序')
  const user = (await findUser(openid)) as (User & { companyRole?: string }) | null
  const role = COMPANY_READERS.find((r) => r === user?.companyRole)
  if (!user || !user.active || !role) throw forbidden('各小区对比仅向公司管理员和品质部开放')
  const settings = new Map<string, Promise<OfficeSettings>>()
  const settingsOf = (estate = DEFAULT_ESTATE) => {
    if (!settings.has(estate)) settings.set(estate, getSettings(estate))
    return settings.get(estate) as Promise<OfficeSettings>
  }
  return { user, companyRole: role, now, settings: settingsOf }
}

/** The estate a drill-down names: on record, or seen in the rollups. @throws NOT_FOUND. */
async function estateNamed(code: string): Promise<EstateInfo> {
  const known = await estateOnRecord(code)
  if (known) return known
  if (await estateSeen(code)) return estatesOf([], [code])[0]
  throw notFound('没有这个小区')
}

/**
 * A report context reading one estate as its manager does — the whole estate, figures only (the
 * drift notice stays the estate manager's: the caller's role is not `manager`).
 */
function readerOf(ctx: CompanyContext, estate: string): ReportContext {
  const { user } = ctx
  const settings = () => ctx.settings(estate)
  return {
    estate,
    quality: true,
    user,
    actor: { openid: user.openid, role: user.role, name: user.name, departmentCode: user.departmentCode },
    isManager: true,
    now: ctx.now,
    settings,
    calendar: async () => new WorkCalendar((await settings()).calendar),
  }
}

/** One estate's period report, with the estate it is of. */
export type EstateReport = PeriodWithMatters & { estate: EstateInfo }

/**
 * report.company `{ period, date, estate? }` → the comparison (a row per estate and the company's
 * total), or with `estate` that estate's period report. @throws NOT_FOUND for an estate neither
 * on record nor in the rollups.
 */
export async function companyReport(input: CompanyRequest, ctx: CompanyContext): Promise<CompanyComparison | EstateReport> {
  if (input.estate) {
    const estate = await estateNamed(input.estate)
    const report = await computePeriod({ period: input.period, date: input.date }, readerOf(ctx, estate.code), estate.code)
    return { ...report, estate }
  }
  const period = periodOf(input.period, input.date)
  const [known, docs] = await Promise.all([estatesOnRecord(), companyRollups(period.firstDay, period.lastDay)])
  const estates = estatesOf(known, new Set(docs.map((d) => d.estate)))
  const overdue = await Promise.all(estates.map(async (e) => [e.code, await openOverdueOf(e.code, ctx.now)] as const))
  return companyComparison(period, ctx.now, known, docs, new Map(overdue))
}
