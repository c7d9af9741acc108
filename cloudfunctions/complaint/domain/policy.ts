/**
 * Who somebody is to a complaint, and what they may see of it (G3-P4, G3-P5).
 * Pure functions over the stored complaint and the caller as the `users` collection knows them.
 */
import type { Complaint, PersonRef } from './model'
import { CUSTOMER_SERVICE } from '@shared/departments'
import type { DepartmentCode, Role } from '@shared/vocabulary'

/** The caller of an action: a user resolved from the WeChat OPENID, or the timer. */
export interface Actor {
  openid: string
  role: Role | 'system'
  name: string
  departmentCode?: DepartmentCode
}

export const SYSTEM_ACTOR: Actor = { openid: 'system', role: 'system', name: '系统' }

/** A relation between an actor and one complaint; transitions are granted to relations. */
export type Relation =
  | 'complainant'
  | 'customer_service'
  | 'manager'
  | 'department_member'
  | 'department_supervisor'
  | 'assignee'
  | 'first_contact'
  | 'subject'
  | 'system'

/** Staff of the customer service center coordinate acceptance, dispatch and return visits (H1, F2). */
export function isCustomerService(actor: Actor): boolean {
  return actor.role === 'agent' || (actor.role === 'supervisor' && actor.departmentCode === CUSTOMER_SERVICE)
}

/** Whether the actor works for the office (any role but resident; not the timer). */
export function isStaff(actor: Actor): boolean {
  return actor.role === 'agent' || actor.role === 'handler' || actor.role === 'supervisor' || actor.role === 'manager'
}

/** Relations a staff member has to a complaint through their department, the assignment and first contact. */
function staffRelations(c: Complaint, actor: Actor, r: Set<Relation>): Set<Relation> {
  const inDepartment = !!c.departmentCode && actor.departmentCode === c.departmentCode
  if (inDepartment && actor.role === 'handler') r.add('department_member')
  if (inDepartment && actor.role === 'supervisor') r.add('department_supervisor')
  if (c.assignee && c.assignee.openid === actor.openid) r.add('assignee')
  if (c.firstContact && c.firstContact.openid === actor.openid) r.add('first_contact')
  return r
}

/**
 * Every relation `actor` has to `c`. The staff member a complaint is about (G3-P5, H2-S) keeps only
 * `subject`: they may not handle, approve or see who complained about them.
 */
export function relationsOf(c: Complaint, actor: Actor): Set<Relation> {
  const r = new Set<Relation>()
  if (actor.role === 'system') return r.add('system')
  if (c.subjectStaff?.openid && c.subjectStaff.openid === actor.openid) return r.add('subject')
  if (actor.role === 'resident' && c.complainant.openid === actor.openid) r.add('complainant')
  if (actor.role === 'manager') r.add('manager')
  if (isCustomerService(actor)) r.add('customer_service')
  return staffRelations(c, actor, r)
}

/** Whether the actor may open the complaint at all (G3-P5: residents their own, handlers their department's). */
export function canView(c: Complaint, actor: Actor): boolean {
  return relationsOf(c, actor).size > 0
}

/** Relations that may see the complainant's full contact details on request (logged, G3-P5). */
const CONTACT_NEEDED: Relation[] = ['customer_service', 'manager', 'assignee', 'department_supervisor', 'first_contact']

/** G3-P5: whether the actor may see the complainant's full contact details of `c` (each view is logged). */
export function mayRevealContact(c: Complaint, actor: Actor): boolean {
  const r = relationsOf(c, actor)
  return CONTACT_NEEDED.some((x) => r.has(x))
}

/**
 * G3-P5: whether the actor's searches also match complainants' names and rooms — customer service
 * and the manager, who may reveal the contact of any complaint anyway.
 */
export function maySearchByPerson(actor: Actor): boolean {
  return isCustomerService(actor) || actor.role === 'manager'
}

/** `13800001111` → `138****1111`; anything shorter keeps only its last two digits. */
export function maskPhone(phone: string): string {
  if (!phone) return ''
  if (phone.length >= 7) return `${phone.slice(0, 3)}****${phone.slice(-4)}`
  return `${'*'.repeat(Math.max(phone.length - 2, 0))}${phone.slice(-2)}`
}

/** `王丽` → `王*`: enough to greet, not enough to identify. */
export function maskName(name: string): string {
  const chars = Array.from(name ?? '')
  if (chars.length <= 1) return chars.join('')
  return chars[0] + '*'.repeat(chars.length - 1)
}

/** The actor as a complaint or a log records them. */
export function personRef(actor: Actor): PersonRef {
  return { openid: actor.openid, name: actor.name, role: actor.role }
}
