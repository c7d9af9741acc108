/**
 * staff.list — staff of a department, for assigning (H1) and naming the accused (H2-S): department
 * supervisors see their own department's handlers and supervisors; customer service and the
 * manager may look at any department; the manager may ask for `all: true`, every staff role.
 */
import { forbidden } from '../../domain/errors'
import { userView } from '../../domain/user-view'
import { CUSTOMER_SERVICE } from '@shared/departments'
import type { Role } from '@shared/vocabulary'
import * as users from '../../infra/repositories/users'
import { requireStaff, type CallContext } from '../context'

/** @param payload `{ departmentCode?, all? }`. @returns the staff, as UserView. @throws FORBIDDEN for handlers. */
export async function listStaff(payload: { departmentCode?: string; all?: boolean }, ctx: CallContext) {
  const u = requireStaff(ctx)
  const ownDepartmentOnly = u.role === 'supervisor' && u.departmentCode !== CUSTOMER_SERVICE
  const departmentCode = ownDepartmentOnly ? u.departmentCode : payload?.departmentCode
  if (u.role === 'handler') throw forbidden()
  const all = u.role === 'manager' && !!payload?.all
  const roles: Role[] = all ? ['agent', 'handler', 'supervisor', 'manager'] : ['handler', 'supervisor']
  // The manager's full list shows people who left too, so they can be re-enabled.
  const { departments } = await ctx.settings()
  return (await users.staff({ estate: ctx.estate, roles, departmentCode, includeInactive: all })).map((s) => userView(s, departments))
}
