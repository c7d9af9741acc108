/**
 * alerts.status — the red banner and the settings page's alert section (issue 14, "never silent"):
 * emergencies nobody has acknowledged yet, and whether any channel without per-message consent
 * can reach a person, with what is missing. For the manager and customer service.
 */
import { alertHealth } from '../../domain/alert-health'
import { stepLabel } from '../../domain/emergency'
import { forbidden } from '../../domain/errors'
import type { Complaint } from '../../domain/model'
import { isCustomerService } from '../../domain/policy'
import { departmentName, type Department } from '@shared/departments'
import { CATEGORIES } from '@shared/vocabulary'
import { askChannelStatus } from '../../infra/alert-queue'
import * as alerts from '../../infra/repositories/alert-outbox'
import * as complaints from '../../infra/repositories/complaints'
import * as users from '../../infra/repositories/users'
import { actorOf, requireStaff, type CallContext } from '../context'

/** One emergency waiting for someone to acknowledge it, its department named by `departments` (settings). */
const openItem = (c: Complaint, departments: readonly Department[]) => ({
  id: c._id,
  no: c.no,
  categoryLabel: CATEGORIES[c.category],
  location: c.location,
  departmentName: departmentName(departments, c.departmentCode) || undefined,
  raisedAt: c.alert!.raisedAt,
  step: c.alert!.step,
  stepLabel: stepLabel(c.alert!.step),
})

/** Staff on the roster who have not bound a WeCom account (they get no WeCom application message). */
async function unboundOnRoster(openids: string[]): Promise<string[]> {
  if (!openids.length) return []
  const people = await users.byOpenids([...new Set(openids)], 300)
  return people.filter((u) => u.active && !u.wecomUserId).map((u) => u.name)
}

/**
 * @param payload `{ live?: boolean }` — the manager's settings page asks the alert function now.
 * @returns `{ open, silent, channels, problems }`. @throws FORBIDDEN for other staff and residents.
 */
export async function alertStatus(payload: { live?: boolean }, ctx: CallContext) {
  const user = requireStaff(ctx)
  const manager = user.role === 'manager'
  if (!manager && !isCustomerService(actorOf(user, ctx.openid))) throw forbidden()
  const settings = await ctx.settings()
  const reported = (payload?.live && manager ? await askChannelStatus() : null) ?? (await alerts.status())
  const health = alertHealth(settings, reported, ctx.now)
  const unbound = settings.alerts.wecomApp ? await unboundOnRoster(settings.roster.shifts.map((s) => s.openid)) : []
  const problems = [...health.problems, ...(unbound.length ? [`值班表中未绑定企业微信的人员：${unbound.join('、')}`] : [])]
  return {
    open: (await complaints.withAlertOpen(ctx.estate)).map((c) => openItem(c, settings.departments)),
    silent: health.silent,
    channels: health.channels,
    problems,
  }
}
