/**
 * settings.get — current settings with their defaults, the calendar's known years, the built-in
 * emergency rules, and the listed departments with their supervisors and what is live in them; robot keys masked.
 */
import { PACKAGE_YEARS, WorkCalendar } from '../../domain/calendar'
import * as settings from '../../infra/repositories/settings'
import { requireUser, type CallContext } from '../context'
import { departmentsOf } from './departments'
import { maskedRobots } from './robots'
import { DEFAULT_EMERGENCY_RULES, EMERGENCY_HINTS } from '../../domain/triage'

/**
 * @returns `{ settings, calendar: { packageYears, lastKnownYear }, emergencyRules: { builtIn, hints }, departments: DepartmentView[] }`
 * (the built-in emergency rules and what each hint tells the resident, for the rules page). @throws FORBIDDEN for residents and handlers.
 */
export async function getOfficeSettings(_p: unknown, ctx: CallContext) {
  requireUser(ctx, ['manager', 'supervisor', 'agent'])
  const s = await settings.get(ctx.estate)
  return {
    settings: { ...s, wecomRobots: maskedRobots(s.wecomRobots) },
    calendar: { packageYears: PACKAGE_YEARS, lastKnownYear: new WorkCalendar(s.calendar).lastKnownYear() },
    emergencyRules: {
      builtIn: DEFAULT_EMERGENCY_RULES.map(({ id, name, terms, hint }) => ({ id, name, terms, hint })),
      hints: EMERGENCY_HINTS,
    },
    departments: await departmentsOf(s, ctx.estate),
  }
}
