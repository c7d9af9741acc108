/**
 * The rules of the office's departments (settings 部门与派单; the shape is shared/departments.ts):
 * checking the department codes a payload names against the settings of the moment, changing the
 * list (add, rename, deactivate, remove), and keeping routing (H1) and the WeCom robots in step
 * with it. Pure: the use case brings what the records say (open complaints, staff, invites).
 */
import { invalidInput } from './errors'
import { CUSTOMER_SERVICE, MAX_DEPARTMENTS, type Department } from '@shared/departments'
import { CATEGORIES, type Category, type DepartmentCode } from '@shared/vocabulary'

/**
 * What a department field of a payload is for: `routing` sends new work there (accept, dispatch,
 * transfer, coordination, a new staff member) and needs an active department; `existing` names one
 * for a filter or a record, and any department settings know will do (a deactivated one has history).
 */
export type DepartmentUse = 'routing' | 'existing'

/** A department code a payload named, with its field's label and use (validation.ts collects them while parsing). */
export interface NamedDepartment {
  code: string
  label: string
  use: DepartmentUse
}

/**
 * Checks the department codes a payload named against the office's departments at call time.
 * @throws INVALID_INPUT `请选择有效的<label>` for a code settings do not have; for new work sent to a
 * deactivated or removed department, one that names it.
 */
export function checkDepartmentCodes(named: readonly NamedDepartment[], departments: readonly Department[]): void {
  for (const n of named) {
    const d = departments.find((x) => x.code === n.code)
    if (!d) throw invalidInput(`请选择有效的${n.label}`)
    if (n.use === 'routing' && (!d.active || d.removed))
      throw invalidInput(`${d.name}已${d.removed ? '删除' : '停用'}，不再接收新的工作，请选择其他${n.label}`)
  }
}

/** One row of the department list as the manager saves it: a department by its code, or a new one (no code). */
export interface DepartmentEdit {
  code?: DepartmentCode
  name: string
  active: boolean
}

/** What the records say about a department, for removing it. */
export interface DepartmentUsage {
  /** Complaints with it that are not closed or refused. */
  openComplaints: number
  activeStaff: number
  /** Invites to it not yet used, revoked or expired. */
  openInvites: number
}

/** The listed departments the edit leaves out: those it removes (customer service included, which it may not). */
export function leftOut(current: readonly Department[], edit: readonly DepartmentEdit[]): DepartmentCode[] {
  const kept = new Set(edit.map((e) => e.code).filter(Boolean))
  return current.filter((d) => !d.removed && !kept.has(d.code)).map((d) => d.code)
}

/** The first `dept_<n>` no department has had (removed ones keep their codes, so none is ever reused by accident). */
function nextCode(taken: Set<string>): DepartmentCode {
  let n = 1
  while (taken.has(`dept_${n}`)) n++
  return `dept_${n}`
}

/** A removed department may only be one with nothing live in it. @throws INVALID_INPUT naming what is left. */
function checkRemovable(d: Department, u: DepartmentUsage | undefined): void {
  if (d.code === CUSTOMER_SERVICE) throw invalidInput(`${d.name}负责受理、派单和回访，不能删除`)
  const left = [
    u?.openComplaints ? `${u.openComplaints} 件未办结的投诉` : '',
    u?.activeStaff ? `${u.activeStaff} 名在岗员工` : '',
    u?.openInvites ? `${u.openInvites} 个未使用的邀请码` : '',
  ].filter(Boolean)
  if (left.length) throw invalidInput(`${d.name}还有 ${left.join('、')}，不能删除，可以停用（不再派单，历史记录保留）`)
}

/** A row of the edit as a department: an existing one changed, a removed one brought back by its name, or a new one. */
function rowOf(e: DepartmentEdit, byCode: Map<string, Department>, current: readonly Department[], taken: Set<string>): Department {
  if (e.code) {
    const d = byCode.get(e.code)
    if (!d || d.removed) throw invalidInput('部门列表已变化，请刷新后重试')
    return { code: d.code, name: e.name, active: e.active }
  }
  // The same name again brings the removed department back, with its code and so its history.
  const back = current.find((d) => d.removed && d.name === e.name)
  const code = back?.code ?? nextCode(taken)
  taken.add(code)
  return { code, name: e.name, active: e.active }
}

/**
 * The departments after the manager's edit of the list (in its order): rows with a code rename or
 * (de)activate that department, rows without one add a department with a generated code (or bring
 * back a removed one of that name); a listed department left out is removed — kept, hidden and
 * inactive, so the past keeps its name — if `usage` shows nothing live in it. Customer service may be
 * renamed, never deactivated or removed.
 * @throws INVALID_INPUT for a duplicate name or code, too many departments, customer service
 * deactivated or left out, or a department left out that still has open complaints, active staff or open invites.
 */
export function editDepartments(
  current: readonly Department[],
  edit: readonly DepartmentEdit[],
  usage: Readonly<Record<DepartmentCode, DepartmentUsage>>,
): Department[] {
  if (edit.length > MAX_DEPARTMENTS) throw invalidInput(`部门最多 ${MAX_DEPARTMENTS} 个`)
  const codes = edit.map((e) => e.code).filter(Boolean)
  if (new Set(codes).size !== codes.length) throw invalidInput('部门列表中有重复的部门')
  if (new Set(edit.map((e) => e.name)).size !== edit.length) throw invalidInput('部门名称有重复')
  const byCode = new Map(current.map((d) => [d.code, d]))
  const removed = leftOut(current, edit).map((code) => byCode.get(code)!)
  for (const d of removed) checkRemovable(d, usage[d.code])
  const taken = new Set(current.map((d) => d.code))
  const listed = edit.map((e) => rowOf(e, byCode, current, taken))
  const service = listed.find((d) => d.code === CUSTOMER_SERVICE)
  if (service && !service.active) throw invalidInput(`${service.name}负责受理、派单和回访，不能停用`)
  const revived = new Set(listed.map((d) => d.code))
  const hidden = current
    .filter((d) => (d.removed || removed.includes(d)) && !revived.has(d.code))
    .map((d) => ({ code: d.code, name: d.name, active: false, removed: true }))
  return [...listed, ...hidden]
}

/**
 * H1: every category routes to a department settings list as active.
 * @throws INVALID_INPUT naming the category and the department that cannot take it.
 */
export function checkRouting(routing: Readonly<Record<Category, DepartmentCode>>, departments: readonly Department[]): void {
  for (const category of Object.keys(CATEGORIES) as Category[]) {
    const d = departments.find((x) => x.code === routing[category])
    if (!d || d.removed) throw invalidInput(`请为“${CATEGORIES[category]}”选择有效的承办部门`)
    if (!d.active) throw invalidInput(`“${CATEGORIES[category]}”仍派往${d.name}：请先在派单规则中改派其他部门，再停用${d.name}`)
  }
}

/**
 * The WeCom robots' groups checked against the departments: a robot for a department settings do not
 * list is refused, and the robots of removed departments are dropped (`office` is the managers').
 * @throws INVALID_INPUT for a group that is neither `office` nor a listed department.
 */
export function robotsFor(
  robots: Readonly<Partial<Record<string, string>>>,
  departments: readonly Department[],
  edited: readonly string[],
): Partial<Record<string, string>> {
  const listed = new Set(departments.filter((d) => !d.removed).map((d) => d.code))
  for (const g of edited) if (g !== 'office' && !listed.has(g)) throw invalidInput('请选择有效的群机器人')
  return Object.fromEntries(Object.entries(robots).filter(([g]) => g === 'office' || listed.has(g)))
}

/** A listed department as the settings page shows it: who supervises it and what is live in it (so the manager knows what removing means). */
export interface DepartmentView extends Department {
  /**
   * Its supervisors: the active staff of the department with the supervisor role. The supervisor is
   * a role a staff member is invited with (员工), not a setting: approvals, escalations and the
   * department's reports go to every supervisor of the department.
   */
  supervisors: string[]
  activeStaff: number
  openComplaints: number
}

/** The listed departments (settings order) with their supervisors and what is live in them; `staff` are the active staff. */
export function departmentViews(
  departments: readonly Department[],
  staff: readonly { name: string; role: string; departmentCode?: string }[],
  openComplaints: Readonly<Record<DepartmentCode, number>>,
): DepartmentView[] {
  return departments
    .filter((d) => !d.removed)
    .map((d) => {
      const members = staff.filter((u) => u.departmentCode === d.code)
      return {
        ...d,
        supervisors: members.filter((u) => u.role === 'supervisor').map((u) => u.name),
        activeStaff: members.length,
        openComplaints: openComplaints[d.code] ?? 0,
      }
    })
}
