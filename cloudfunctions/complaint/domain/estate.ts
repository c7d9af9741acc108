/**
 * Estates (小区/项目, issue 16): one company runs many, from one mini-program and one cloud
 * environment. An estate is a record of its own (code, name, address); people belong to estates —
 * staff by a membership with their role and department there, residents by joining — and every
 * complaint, and everything written about it, carries its estate. Pure: no I/O.
 */
import { DEFAULT_ESTATE } from '@shared/matters'
import type { DepartmentCode, Role, StaffRole } from '@shared/vocabulary'
import type { PersonRef, User } from './model'

/** An estate as stored in `estates` (its `_id` is its code). */
export interface Estate {
  _id: string
  /** Short and stable: 3–12 lowercase letters or digits; QR scenes carry it (`e=<code>`). */
  code: string
  name: string
  address: string
  /** How many households the roster counts (the roster's owner keeps it; issue 16's 房屋台账). */
  households?: number
  createdAt: number
  createdBy: PersonRef
}

/** A staff member's place in one estate: their role and department there. */
export interface Membership {
  estate: string
  role: StaffRole
  departmentCode: DepartmentCode
}

/** Company-wide roles: the administrator creates estates and their first managers; quality reads every estate and acts on nothing. */
export type CompanyRole = 'admin' | 'quality'

/** Company roles with their Chinese labels. */
export const COMPANY_ROLES: Record<CompanyRole, string> = { admin: '公司管理员', quality: '品质部' }

/** What an estate code looks like: 3–12 lowercase letters or digits. */
export const ESTATE_CODE = /^[a-z0-9]{3,12}$/

/** The QR scene of an estate's join code (`e=<code>`; WeChat allows 32 characters). */
export const estateScene = (code: string) => `e=${code}`

/** The estate code a scanned scene names, or '' when it names none. */
export function estateOfScene(scene: string): string {
  const m = /^e=([a-z0-9]{3,12})$/.exec(scene.trim().toLowerCase())
  return m ? m[1] : ''
}

/** The estate a user is in now: their chosen current one, else the first they belong to, else the company's first estate. */
export function currentEstateOf(u: Pick<User, 'estate' | 'memberships' | 'estates'>): string {
  return u.estate ?? u.memberships?.[0]?.estate ?? u.estates?.[0] ?? DEFAULT_ESTATE
}

/**
 * The role and department `u` has in `estate`: their membership's, a joined resident's, or null
 * when they have none there. A record written before estates (no memberships, no estates) belongs
 * to its current estate with its stored role (migration 005 writes the memberships down).
 */
export function roleIn(u: User, estate: string): { role: Role; departmentCode?: DepartmentCode } | null {
  const m = u.memberships?.find((x) => x.estate === estate)
  if (m) return { role: m.role, departmentCode: m.departmentCode }
  if (!u.memberships && !u.estates) return currentEstateOf(u) === estate ? { role: u.role, departmentCode: u.departmentCode } : null
  if (u.role === 'resident' && (u.estates ?? []).includes(estate)) return { role: 'resident' }
  return null
}

/** `u` as the rules see them in `estate`: its role and department there, or null when they have none. */
export function userIn(u: User, estate: string): User | null {
  const r = roleIn(u, estate)
  if (!r) return null
  return { ...u, role: r.role, departmentCode: r.departmentCode }
}

/** Every estate `u` belongs to, with their role there (staff memberships first, then joined estates). */
export function estatesOf(u: User): { code: string; role: Role }[] {
  const staff = (u.memberships ?? []).map((m) => ({ code: m.estate, role: m.role as Role }))
  const joined = (u.estates ?? []).filter((c) => !staff.some((s) => s.code === c)).map((c) => ({ code: c, role: 'resident' as Role }))
  if (!u.memberships && !u.estates) return [{ code: currentEstateOf(u), role: u.role }]
  return [...staff, ...joined]
}

/** `memberships` with `m` added, or replacing the one of its estate. */
export function withMembership(memberships: readonly Membership[] | undefined, m: Membership): Membership[] {
  return [...(memberships ?? []).filter((x) => x.estate !== m.estate), m]
}

/** A record is in `estate` — records written before estates are in DEFAULT_ESTATE. */
export const inEstate = (record: { estate?: string } | null | undefined, estate: string): boolean =>
  !!record && (record.estate ?? DEFAULT_ESTATE) === estate
