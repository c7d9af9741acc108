/**
 * The department list of settings (部门与派单) as the use cases need it: what the records say about
 * the departments an edit removes (open complaints, active staff, open invites — domain/departments.ts
 * decides), and the listed departments with their supervisors for the settings page.
 */
import { departmentViews, type DepartmentUsage, type DepartmentView } from '../../domain/departments'
import type { OfficeSettings } from '../../domain/settings'
import type { DepartmentCode, StaffRole } from '@shared/vocabulary'
import * as complaints from '../../infra/repositories/complaints'
import * as invites from '../../infra/repositories/invites'
import * as users from '../../infra/repositories/users'

const STAFF_ROLES: StaffRole[] = ['agent', 'handler', 'supervisor', 'manager']

/** Open complaints of each department, by code. */
async function openComplaints(codes: DepartmentCode[], estate: string): Promise<Record<DepartmentCode, number>> {
  const counts = await Promise.all(codes.map((c) => complaints.openInDepartment(c, estate)))
  return Object.fromEntries(codes.map((c, i) => [c, counts[i]]))
}

/** What is live in each of `codes` at `now`: open complaints, active staff, invites still open. */
export async function usageOf(codes: DepartmentCode[], now: number, estate: string): Promise<Record<DepartmentCode, DepartmentUsage>> {
  if (!codes.length) return {}
  const [open, staff, latest] = await Promise.all([
    openComplaints(codes, estate),
    users.staff({ estate, roles: STAFF_ROLES }),
    invites.latest(estate),
  ])
  const pending = latest.filter((i) => !i.usedBy && !i.revokedAt && i.expiresAt >= now)
  return Object.fromEntries(
    codes.map((code) => [
      code,
      {
        openComplaints: open[code],
        activeStaff: staff.filter((u) => u.departmentCode === code).length,
        openInvites: pending.filter((i) => i.departmentCode === code).length,
      },
    ]),
  )
}

/** The listed departments of `s` with their supervisors, active staff and open complaints (settings.get). */
export async function departmentsOf(s: OfficeSettings, estate: string): Promise<DepartmentView[]> {
  const listed = s.departments.filter((d) => !d.removed).map((d) => d.code)
  const [staff, open] = await Promise.all([users.staff({ estate, roles: STAFF_ROLES }), openComplaints(listed, estate)])
  return departmentViews(s.departments, staff, open)
}
