/**
 * The office's departments (部门): data in the office settings (`OfficeSettings.departments`), not
 * code — a manager adds, renames and deactivates them in 设置 › 部门与派单. This file holds what both
 * sides need to read them: the shape, the code's spelling, the customer service centre every office
 * has, the six an office starts with, and name lookups. Pure data, safe to import from the mini-program.
 */
import type { DepartmentCode } from './vocabulary'

/**
 * One department as settings hold it. `active: false` (停用) keeps it listed but takes no new work
 * (H1); `removed` (删除) hides it from settings and pickers too — it stays stored, inactive, so
 * complaints, events and reports of the past still read its name.
 */
export interface Department {
  /** Stable identifier stored on complaints, staff and events; never changes once given. */
  code: DepartmentCode
  /** What every screen, message, form and report calls it. */
  name: string
  active: boolean
  removed?: boolean
}

/**
 * The customer service centre (客户服务中心): its agents and supervisors accept and dispatch (A4, H1)
 * and make return visits (F2). Every office has it; it can be renamed, never removed or deactivated.
 */
export const CUSTOMER_SERVICE: DepartmentCode = 'customer_service'

/** How a department code is spelt: a lower-case letter, then lower-case letters, digits or `_` (2–32 in all). */
export const DEPARTMENT_CODE = /^[a-z][a-z0-9_]{1,31}$/

/** Longest department name, in characters. */
export const DEPARTMENT_NAME_MAX = 16

/** Most departments an office may list (active or not). */
export const MAX_DEPARTMENTS = 30

/** The departments an office starts with (and has until its manager changes them). */
export const DEFAULT_DEPARTMENTS: readonly Department[] = [
  { code: CUSTOMER_SERVICE, name: '客户服务中心', active: true },
  { code: 'cleaning', name: '保洁部', active: true },
  { code: 'landscaping', name: '绿化部', active: true },
  { code: 'security', name: '秩序维护部', active: true },
  { code: 'engineering', name: '工程部', active: true },
  { code: 'parking', name: '车辆管理组', active: true },
]

/** The departments' names by code: a label table for `label()` (an unknown code reads as itself). */
export function departmentNames(departments: readonly Department[]): Record<DepartmentCode, string> {
  return Object.fromEntries(departments.map((d) => [d.code, d.name]))
}

/** The name of department `code`, the code itself when settings do not know it, '' for none. */
export function departmentName(departments: readonly Department[], code: DepartmentCode | null | undefined): string {
  if (!code) return ''
  return departments.find((d) => d.code === code)?.name ?? code
}

/** The departments that take new work (dispatch, transfer, coordination, new staff), in settings order. */
export function activeDepartments(departments: readonly Department[]): Department[] {
  return departments.filter((d) => d.active && !d.removed)
}

/** The departments settings list (active or not; the removed ones are only kept for their names), in settings order. */
export function listedDepartments(departments: readonly Department[]): Department[] {
  return departments.filter((d) => !d.removed)
}
