/**
 * The `users` collection: residents and staff, keyed by their WeChat OPENID — the one place
 * users are queried. An inactive user is kept (the manager may restore them) but is unknown to
 * every action and gets no notifications.
 */
import { parseRoom } from '@shared/place'
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

/** The active resident with this OPENID, or null. */
export async function activeResident(openid: string): Promise<User | null> {
  const [u] = await find<User>(C.users, { openid, role: 'resident', active: true }, { limit: 1 })
  return u ?? null
}

/** Users by OPENID, at most `limit`. */
export function byOpenids(openids: string[], limit: number): Promise<User[]> {
  return find<User>(C.users, { openid: command().in(openids) }, { limit })
}

/** Active staff members (anyone but residents) of this exact name, at most 5 (a name should name one). */
export function activeStaffNamed(name: string): Promise<User[]> {
  return find<User>(C.users, { name, active: true, role: command().neq('resident') }, { limit: 5 })
}

/**
 * Staff of `roles`, of one department or all, at most 200; only active ones unless
 * `includeInactive` (the manager's full list, to re-enable people who left).
 */
export function staff(q: { roles: Role[]; departmentCode?: DepartmentCode; includeInactive?: boolean }): Promise<User[]> {
  const where: Record<string, unknown> = q.includeInactive ? { role: command().in(q.roles) } : { active: true, role: command().in(q.roles) }
  if (q.departmentCode) where.departmentCode = q.departmentCode
  return find<User>(C.users, where, { limit: 200 })
}

/**
 * OPENIDs of the active users of `roles` (one department's, or everyone's), at most 200 — the
 * people a notification audience stands for.
 */
export async function activeOpenids(q: { roles: Role[]; departmentCode?: string }): Promise<string[]> {
  const where: Record<string, unknown> = { role: q.roles.length === 1 ? q.roles[0] : command().in(q.roles), active: true }
  if (q.departmentCode) where.departmentCode = q.departmentCode
  return (await find<User>(C.users, where, { limit: 200 })).map((u) => u.openid)
}

/** The active office managers (at most 20). */
export function activeManagers(): Promise<User[]> {
  return find<User>(C.users, { role: 'manager', active: true }, { limit: 20 })
}

/** The active residents of a room (in the stored spelling), at most 20. */
export function activeResidentsOfRoom(room: string): Promise<User[]> {
  return find<User>(C.users, { room, role: 'resident', active: true }, { limit: 20 })
}

/**
 * The active residents whose room is in `building` (`3栋`; issue 18: a matter's notice to a
 * building), at most 5,000: the residents are read by role a page at a time and their rooms
 * parsed, as rooms are written in one spelling (shared/place.ts).
 */
export async function activeResidentsOfBuilding(building: string): Promise<User[]> {
  const out: User[] = []
  for (let skip = 0; skip < 5000; skip += 1000) {
    const page = await find<User>(C.users, { role: 'resident', active: true }, { skip, limit: 1000 })
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
