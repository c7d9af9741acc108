/**
 * A user as the mini-program shows them (accounts, staff lists): role and department with their
 * Chinese labels (the department's from settings).
 */
import type { User } from './model'
import { departmentName, type Department } from '@shared/departments'
import { ROLES, type DepartmentCode } from '@shared/vocabulary'

/** A user with the labels the screens show. */
export interface UserView {
  openid: string
  role: User['role']
  roleLabel: string
  name: string
  phone: string
  room?: string
  departmentCode?: DepartmentCode
  departmentName?: string
  active: boolean
  /** Staff: the WeCom account emergency alerts go to (issue 14). */
  wecomUserId?: string
}

/** The view of `u`; `departments` (settings) name their department. */
export function userView(u: User, departments: readonly Department[]): UserView {
  return {
    openid: u.openid,
    role: u.role,
    roleLabel: ROLES[u.role],
    name: u.name,
    phone: u.phone,
    room: u.room,
    departmentCode: u.departmentCode,
    departmentName: departmentName(departments, u.departmentCode) || undefined,
    active: u.active,
    wecomUserId: u.role === 'resident' ? undefined : u.wecomUserId || undefined,
  }
}
