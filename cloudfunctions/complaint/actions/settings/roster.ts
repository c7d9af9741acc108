/**
 * The duty roster as saved (issue 14): everyone on it must be an active staff member of the
 * department they are on duty for (the manager may stand in anywhere), each department one the
 * office lists (settings, as this save leaves them), and their names are taken from their
 * accounts, not from the form.
 */
import { invalidInput } from '../../domain/errors'
import type { DutyRoster } from '../../domain/roster'
import { departmentName, type Department } from '@shared/departments'
import * as users from '../../infra/repositories/users'

/**
 * @param departments the office's departments after this save; `estate` the estate whose roster it is (issue 16: its staff, with their role there).
 * @returns the roster with names from the accounts.
 * @throws INVALID_INPUT for a department settings do not list, or naming the first person who may not be on it.
 */
export async function checkedRoster(roster: DutyRoster, departments: readonly Department[], estate: string): Promise<DutyRoster> {
  const listed = new Set(departments.filter((d) => !d.removed).map((d) => d.code))
  const codes = [...roster.shifts, ...roster.swaps].map((s) => s.departmentCode)
  if (codes.some((c) => !listed.has(c))) throw invalidInput('请选择有效的值班部门')
  const ids = [...new Set([...roster.shifts.map((s) => s.openid), ...roster.swaps.map((s) => s.to)])]
  const people = new Map((ids.length ? await users.byOpenidsIn(ids, 1000, estate) : []).map((u) => [u.openid, u]))
  const nameIn = (openid: string, departmentCode: string) => {
    const u = people.get(openid)
    if (!u || !u.active || u.role === 'resident') throw invalidInput('值班表中有人员不是在职员工，请重新选择')
    if (u.role !== 'manager' && u.departmentCode !== departmentCode)
      throw invalidInput(`${u.name}不属于${departmentName(departments, departmentCode)}，不能排入该部门的值班`)
    return u.name
  }
  return {
    shifts: roster.shifts.map((s) => ({ ...s, name: nameIn(s.openid, s.departmentCode) })),
    swaps: roster.swaps.map((s) => ({ ...s, toName: nameIn(s.to, s.departmentCode) })),
  }
}
