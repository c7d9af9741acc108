/**
 * S4 (issue 19): the public monthly report (公示). The manager publishes a finished month — its
 * office-wide figures frozen into one document — and every WeChat user reads the latest one.
 */
import { forbidden, invalidInput } from '../../complaint/domain/errors'
import { periodOf } from '../domain/period'
import { publicReportOf, publicView, type PublicReport } from '../domain/public-report'
import * as published from '../infra/public-reports'
import type { ReportContext } from './context'
import { computePeriod } from './period'

/**
 * publicReport.publish `{ month: 'YYYY-MM' }` (manager): freezes the month's figures into its
 * publication (a second publication of a month replaces it, `revision` + 1).
 * @returns what residents will read. @throws FORBIDDEN for a supervisor, INVALID_INPUT for a month not yet over.
 */
export async function publishPublicReport(input: { month: string }, ctx: ReportContext): Promise<PublicReport> {
  if (!ctx.isManager) throw forbidden('只有管理处经理可以发布公示')
  const period = periodOf('month', `${input.month}-01`)
  if (period.end > ctx.now) throw invalidInput(`${period.label}尚未结束，只能公示已结束的月份`)
  const report = await computePeriod({ period: 'month', date: period.firstDay }, ctx)
  const [corrective, preventive, before, settings] = await Promise.all([
    published.completedActions('corrective', period.start, period.end),
    published.completedActions('preventive', period.start, period.end),
    published.byMonth(input.month),
    ctx.settings(),
  ])
  const doc = publicReportOf(report.figures, {
    period,
    officeName: settings.officeName,
    now: ctx.now,
    revision: (before?.revision ?? 0) + 1,
    actions: { corrective, preventive },
  })
  await published.save(doc)
  return publicView(doc)
}

/** publicReport.latest (any WeChat user): the latest month published, or null before the first. */
export async function latestPublicReport(): Promise<PublicReport | null> {
  const doc = await published.latest()
  return doc && publicView(doc)
}
