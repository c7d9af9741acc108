/**
 * The `users` collection: residents and staff, keyed by their WeChat OPENID — the one place
 * users are queried. Issue 16: staff are found by their membership of an estate, residents by the
 * estates they joined; a staff member is returned with their role and department in that estate. An inactive user is kept (the manager may restore them) but is unknown to
 * every action and gets no notifications.
 */
import { parseRoom } from '@shared/place'
import { userIn } from '../../domain/estate'
import type { User } from '../../domain/model'
import type { DepartmentCode, Role } from '@shared/vocabulary'
import { C, collection, command, find, type Tx } from '../store'

/** A user as written (the database gives the `_id`). */
export type NewUser = Omit<User, '_id'>

/** The user with this OPENID (active or not), or null. */
export async function byOpenid(openid: string): Promise<User | null> {
  if (!openid) return null
  const [u] = await find<User>(C.users, { openid }, { limit: 1 })
  return u ?? null
}

/** The user with this OPENID as `estate` sees them (their role and department there), or null when they have none there. */
export async function inEstate(openid: string, estate: string): Promise<User | null> {
  const u = await byOpenid(openid)
  return u ? userIn(u, estate) : null
}

/** Users by OPENID as `estate` sees them (those with no role there left out), at most `limit`. */
export async function byOpenidsIn(openids: string[], limit: number, estate: string): Promise<User[]> {
  return hereIn(await byOpenids(openids, limit), estate)
}

/** The active resident of `estate` with this OPENID, or null. */
export async function activeResident(openid: string, estate: string): Promise<User | null> {
  const [u] = await find<User>(C.users, { openid, role: 'resident', active: true, estates: estate }, { limit: 1 })
  return u ?? null
}

/** Users by OPENID, at most `limit`. */
export function byOpenids(openids: string[], limit: number): Promise<User[]> {
  return find<User>(C.users, { openid: command().in(openids) }, { limit })
}

/** Issue 16: the filter of `estate`'s staff of `roles` (one department's, or all), by their membership there. */
function staffOf(estate: string, roles: readonly Role[], departmentCode?: DepartmentCode): Record<string, unknown> {
  const _ = command()
  const m: Record<string, unknown> = { estate, role: roles.length === 1 ? roles[0] : _.in([...roles]) }
  if (departmentCode) m.departmentCode = departmentCode
  // The dotted equality reaches the index; the $elemMatch keeps role and department to that estate's membership.
  return { 'memberships.estate': estate, memberships: _.elemMatch(m) }
}

/** Each of `found` as `estate` sees them (role and department of their membership there). */
const hereIn = (found: User[], estate: string): User[] => found.map((u) => userIn(u, estate)).filter((u): u is User => !!u)

/** `estate`'s active staff members (anyone but residents) of this exact name, at most 5 (a name should name one). */
export async function activeStaffNamed(name: string, estate: string): Promise<User[]> {
  const roles: Role[] = ['agent', 'handler', 'supervisor', 'manager']
  return hereIn(await find<User>(C.users, { name, active: true, ...staffOf(estate, roles) }, { limit: 5 }), estate)
}

/**
 * `estate`'s staff of `roles`, of one department or all, at most 200, with their role there; only
 * active ones unless `includeInactive` (the manager's full list, to re-enable people who left).
 */
export async function staff(q: {
  estate: string
  roles: Role[]
  departmentCode?: DepartmentCode
  includeInactive?: boolean
}): Promise<User[]> {
  const where = { ...(q.includeInactive ? {} : { active: true }), ...staffOf(q.estate, q.roles, q.departmentCode) }
  return hereIn(await find<User>(C.users, where, { limit: 200 }), q.estate)
}

/**
 * OPENIDs of `estate`'s active users of `roles` (one department's, or everyone's), at most 200 —
 * the people a notification audience stands for (issue 16: never another estate's).
 */
export async function activeOpenids(q: { estate: string; roles: Role[]; departmentCode?: string }): Promise<string[]> {
  return (await find<User>(C.users, { active: true, ...staffOf(q.estate, q.roles, q.departmentCode) }, { limit: 200 })).map((u) => u.openid)
}

/** `estate`'s active managers (at most 20). */
export async function activeManagers(estate: string): Promise<User[]> {
  return hereIn(await find<User>(C.users, { active: true, ...staffOf(estate, ['manager']) }, { limit: 20 }), estate)
}

/** The active managers of every estate (at most 200; the timer's company-wide reminders). */
export function activeManagersAnywhere(): Promise<User[]> {
  return find<User>(C.users, { 'memberships.role': 'manager', active: true }, { limit: 200 })
}

/** `estate`'s active residents of a room (in the stored spelling), at most 20. */
export function activeResidentsOfRoom(room: string, estate: string): Promise<User[]> {
  return find<User>(C.users, { room, role: 'resident', active: true, estates: estate }, { limit: 20 })
}

/**
 * `estate`'s active residents whose room is in `building` (`3栋`; issue 18: a matter's notice to a
 * building), at most 5,000: the residents are read by role a page at a time and their rooms
 * parsed, as rooms are written in one spelling (shared/place.ts).
 */
export async function activeResidentsOfBuilding(estate: string, building: string): Promise<User[]> {
  const out: User[] = []
  for (let skip = 0; skip < 5000; skip += 1000) {
    const page = await find<User>(C.users, { role: 'resident', active: true, estates: estate }, { skip, limit: 1000 })
    out.push(...page.filter((u) => u.room && `${parseRoom(u.room)?.building ?? ''}栋` === building))
    if (page.length < 1000) break
  }
  return out
}

/** Adds a user. @returns their `_id`. */
export async function add(user: NewUser): Promise<string> {
  const r = (await collection(C.users).add({ data: user })) as unknown as { _id: string }
  return r._id
}

/** Changes some fields of the user with `_id` `id`. */
export async function update(id: string, patch: Partial<NewUser>): Promise<void> {
  await collection(C.users).doc(id).update({ data: patch })
}

/** Inside transaction `t`: writes `user` over the user with `_id` `existingId`, or adds them when there is none. */
export async function putIn(t: Tx, existingId: string | undefined, user: NewUser): Promise<void> {
  if (existingId) await t.collection(C.users).doc(existingId).set({ data: user })
  else await t.collection(C.users).add({ data: user })
}

/** Removes the user with `_id` `id` (account deletion: nothing of the account is kept). */
export async function remove(id: string): Promise<void> {
  await collection(C.users).doc(id).remove()
}
