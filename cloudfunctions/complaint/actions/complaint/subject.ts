/**
 * People an input names, looked up so the rules see who they really are: the staff member a
 * complaint is about (H2-S, G3-P5), and the assignee a supervisor picks (H1).
 */
import { AppError, invalidInput } from '../../domain/errors'
import type { PersonRef } from '../../domain/model'
import * as users from '../../infra/repositories/users'

/**
 * The staff member a complaint is about (H2-S, G3-P5), as a reference the rules can protect: an
 * openid must be an active staff member; a name alone links the one active staff member of that
 * name, so the protection holds even when typed. Someone who is not staff keeps only the name.
 * @throws AppError INVALID_INPUT for a non-staff openid or an ambiguous name.
 */
export async function resolveSubject(
  subject: { name: string; openid?: string } | undefined,
  estate: string,
): Promise<{ name: string; openid?: string } | undefined> {
  if (!subject) return undefined
  if (subject.openid) {
    const u = await users.inEstate(subject.openid, estate)
    if (!u || u.role === 'resident' || !u.active) throw new AppError('INVALID_INPUT', '被投诉员工不是本管理处在职员工')
    return { name: u.name, openid: u.openid }
  }
  const same = await users.activeStaffNamed(subject.name, estate)
  if (same.length > 1) throw new AppError('INVALID_INPUT', `有多名员工叫“${subject.name}”，请从员工列表中选择`)
  return same.length === 1 ? { name: same[0].name, openid: same[0].openid } : { name: subject.name }
}

/** H1: the active user a supervisor assigns, with their department. @throws INVALID_INPUT when there is none. */
export async function resolveAssignee(openid: string, estate: string): Promise<PersonRef & { departmentCode?: string }> {
  // Issue 16: only someone with a role in the complaint's estate can be assigned it.
  const u = await users.inEstate(openid, estate)
  if (!u || !u.active) throw invalidInput('找不到该承办人')
  return { openid: u.openid, name: u.name, role: u.role, departmentCode: u.departmentCode }
}
