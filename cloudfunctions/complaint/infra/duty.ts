/**
 * The emergency chain's audiences as people (issue 14): who is on duty for a department now by the
 * roster — the whole department when it names nobody on duty then, so an alert always reaches
 * someone — and the duty supervisors. Only active staff are alerted.
 */
import { WorkCalendar } from '../domain/calendar'
import type { Complaint } from '../domain/model'
import { onDuty } from '../domain/roster'
import type { OfficeSettings } from '../domain/settings'
import { CUSTOMER_SERVICE } from '@shared/departments'
import type { Role } from '@shared/vocabulary'
import * as users from './repositories/users'
import { DEFAULT_ESTATE } from '@shared/matters'

const STAFF: Role[] = ['agent', 'handler', 'supervisor']

/** Active staff among `openids` (of `roles`), in the department. */
async function active(openids: string[], departmentCode: string, roles: Role[], estate: string): Promise<string[]> {
  if (!openids.length) return []
  const found = await users.byOpenidsIn(openids, 200, estate)
  return found.filter((u) => u.active && u.departmentCode === departmentCode && roles.includes(u.role)).map((u) => u.openid)
}

/** One department's people on duty at `now`, or all its staff when the roster names nobody active then. */
async function onDutyIn(departmentCode: string, settings: OfficeSettings, now: number, estate: string): Promise<string[]> {
  const rostered = await active(
    onDuty(settings.roster, departmentCode, now, new WorkCalendar(settings.calendar)),
    departmentCode,
    STAFF,
    estate,
  )
  return rostered.length ? rostered : users.activeOpenids({ estate, departmentCode, roles: STAFF })
}

/** One department's supervisors on duty at `now`, or all its supervisors. */
async function supervisorsIn(departmentCode: string, settings: OfficeSettings, now: number, estate: string): Promise<string[]> {
  const rostered = await active(
    onDuty(settings.roster, departmentCode, now, new WorkCalendar(settings.calendar)),
    departmentCode,
    ['supervisor'],
    estate,
  )
  return rostered.length ? rostered : users.activeOpenids({ estate, departmentCode, roles: ['supervisor'] })
}

/** The departments an emergency's chain covers: its own and the customer service centre. */
const departmentsOf = (c: Complaint, dept?: string) => [
  ...new Set([dept ?? c.departmentCode, CUSTOMER_SERVICE].filter(Boolean) as string[]),
]

/** Step 0 of the chain: the people on duty in the complaint's department and in customer service. */
export async function onDutyFor(c: Complaint, dept: string | undefined, settings: OfficeSettings, now: number): Promise<string[]> {
  return (await Promise.all(departmentsOf(c, dept).map((d) => onDutyIn(d, settings, now, c.estate ?? DEFAULT_ESTATE)))).flat()
}

/** Step 1 of the chain: the duty supervisors of the complaint's department and of customer service. */
export async function dutySupervisorsFor(c: Complaint, dept: string | undefined, settings: OfficeSettings, now: number): Promise<string[]> {
  return (await Promise.all(departmentsOf(c, dept).map((d) => supervisorsIn(d, settings, now, c.estate ?? DEFAULT_ESTATE)))).flat()
}
