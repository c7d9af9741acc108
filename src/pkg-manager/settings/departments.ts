/**
 * The department list of settings (部门与派单) as the manager edits it: a draft row per listed
 * department (and per one added, which has no code until it is saved: the server gives it one), and
 * what settings.save takes when the list changed. Removing is leaving a row out.
 */
import type { Department } from '@shared/departments'

/** One row as the manager edits it; `key` tells rows apart in the list (a new one has no code yet). */
export interface DepartmentDraft {
  key: string
  code?: string
  name: string
  active: boolean
}

/** The listed departments as draft rows. */
export function departmentsDraftOf(departments: readonly Department[]): DepartmentDraft[] {
  return departments.filter((d) => !d.removed).map((d) => ({ key: d.code, code: d.code, name: d.name, active: d.active }))
}

/** The list as settings.save takes it, or undefined when nothing changed (nothing to send). */
export function changedDepartments(draft: DepartmentDraft[], saved: readonly Department[]): Omit<DepartmentDraft, 'key'>[] | undefined {
  const rows = draft.map(({ code, name, active }) => ({ ...(code ? { code } : {}), name: name.trim(), active }))
  const before = departmentsDraftOf(saved).map(({ code, name, active }) => ({ code, name, active }))
  return JSON.stringify(rows) === JSON.stringify(before) ? undefined : rows
}

/** A new department named `name` at the end of the list, or a problem in Chinese. */
export function withNewDepartment(draft: DepartmentDraft[], name: string): DepartmentDraft[] | string {
  const n = name.trim()
  if (!n) return '请填写部门名称'
  if (draft.some((d) => d.name.trim() === n)) return '已有同名部门'
  return [...draft, { key: `new-${Date.now()}-${draft.length}`, name: n, active: true }]
}
