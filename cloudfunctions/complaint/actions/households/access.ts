/**
 * Who may see and change an estate's household roster (issue 16, docs/PRIVACY.md): the owners'
 * names and phones are seen only by the estate's customer service (agents and the customer service
 * supervisor) and its manager; only the manager changes the roster.
 */
import { forbidden } from '../../domain/errors'
import type { User } from '../../domain/model'
import { CUSTOMER_SERVICE } from '@shared/departments'
import { requireUser, type CallContext } from '../context'

/** Whether `u` is the estate's customer service or its manager. */
export function servesResidents(u: User): boolean {
  return u.role === 'manager' || u.role === 'agent' || (u.role === 'supervisor' && u.departmentCode === CUSTOMER_SERVICE)
}

/** The caller as customer service or the manager. @throws UNAUTHENTICATED / FORBIDDEN. */
export function requireResidentDesk(ctx: CallContext): User {
  const u = requireUser(ctx)
  if (!servesResidents(u)) throw forbidden('房屋台账仅向客服中心和管理处经理开放')
  return u
}

/** The caller as the estate's manager. @throws UNAUTHENTICATED / FORBIDDEN. */
export function requireRosterManager(ctx: CallContext): User {
  const u = requireUser(ctx)
  if (u.role !== 'manager') throw forbidden('只有管理处经理可以修改房屋台账')
  return u
}
