/**
 * me.saveProfile — a resident's name, room and phone; creates the resident account on first save.
 * A correction also reaches their complaints still being handled (PIPL art. 46).
 */
import { AppError, forbidden } from '../../domain/errors'
import type { User } from '../../domain/model'
import { userView } from '../../domain/user-view'
import type { ProfileInput } from '../../domain/validation'
import { roomProblem } from '@shared/place'
import * as users from '../../infra/repositories/users'
import { requireOpenid, type CallContext } from '../context'
import { correctOpenComplaints } from '../privacy/correct-contact'

/**
 * @param input `{ name, room, phone }` (profileSchema, parsed by the router; the room is checked here against the estate's buildings).
 * @returns the resident's account. @throws INVALID_INPUT, FORBIDDEN for staff (the office keeps their details).
 */
export async function saveProfile(input: ProfileInput, ctx: CallContext) {
  const openid = requireOpenid(ctx)
  const existing = await users.byOpenid(openid)
  if (existing && existing.role !== 'resident') throw forbidden('员工账号的信息由管理处维护')
  const { estate, departments } = await ctx.settings()
  const problem = roomProblem(input.room, estate.buildings)
  if (problem) throw new AppError('INVALID_INPUT', problem)
  // Issue 16: one who joined an estate before saving a profile becomes its resident now.
  if (existing?.joinedOnly) {
    await users.update(existing._id, { ...input, active: true, joinedOnly: false })
    return userView({ ...existing, ...input, active: true, joinedOnly: false }, departments)
  }
  if (existing) {
    await users.update(existing._id, { ...input })
    await correctOpenComplaints(openid, input, ctx.now)
    return userView({ ...existing, ...input }, departments)
  }
  const user: Omit<User, '_id'> = {
    openid,
    role: 'resident',
    ...input,
    active: true,
    createdAt: ctx.now,
    estates: [ctx.estate],
    estate: ctx.estate,
  }
  return userView({ ...user, _id: await users.add(user) }, departments)
}
