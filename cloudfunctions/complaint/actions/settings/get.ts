/**
 * settings.get — current settings with their defaults, the calendar's known years, and the listed
 * departments with their supervisors and what is live in them; robot keys masked.
 */
import { PACKAGE_YEARS, WorkCalendar } from '../../domain/calendar'
import * as settings from '../../infra/repositories/settings'
import { requireUser, type CallContext } from '../context'
import { departmentsOf } from './departments'
import { maskedRobots } from './robots'

/** @returns `{ settings, calendar: { packageYears, lastKnownYear }, departments: DepartmentView[] }`. @throws FORBIDDEN for residents and handlers. */
export async function getOfficeSettings(_p: unknown, ctx: CallContext) {
  requireUser(ctx, ['manager', 'supervisor', 'agent'])
  const s = await settings.get()
  return {
    settings: { ...s, wecomRobots: maskedRobots(s.wecomRobots) },
    calendar: { packageYears: PACKAGE_YEARS, lastKnownYear: new WorkCalendar(s.calendar).lastKnownYear() },
    departments: await departmentsOf(s),
  }
}
