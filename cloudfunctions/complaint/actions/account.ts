/**
 * Accounts and roles: who the caller is, a resident's profile, staff binding their WeChat identity
 * with a one-time invite code issued by the manager, and the lookups staff need.
 */
import { randomBytes } from 'node:crypto'
import { AppError, forbidden } from '../domain/errors'
import type { User } from '../domain/model'
import { normalizePlace, parseRoom, roomProblem } from '@shared/place'
import { isCustomerService, maskName, maskPhone, personRef } from '../domain/policy'
import { inviteCodeOf } from '@shared/limits'
import { inviteSchema, parseInput, profileSchema } from '../domain/validation'
import { DEPARTMENTS, ROLES, type DepartmentCode } from '@shared/vocabulary'
import { C, count, database, find, findUser } from '../infra/store'
import { actorOf, requireStaff, requireUser, type CallContext } from './context'

export interface UserView {
  openid: string
  role: User['role']
  roleLabel: string
  name: string
  phone: string
  room?: string
  departmentCode?: DepartmentCode
  departmentName?: string
  active: boolean
}

export function userView(u: User): UserView {
  return {
    openid: u.openid,
    role: u.role,
    roleLabel: ROLES[u.role],
    name: u.name,
    phone: u.phone,
    room: u.room,
    departmentCode: u.departmentCode,
    departmentName: u.departmentCode ? DEPARTMENTS[u.departmentCode] : undefined,
    active: u.active,
  }
}

/** me.get — the caller's account (null until a resident saves a profile or staff bind an invite). */
export async function me(_p: unknown, ctx: CallContext) {
  const unreadMessages = ctx.openid ? await count(C.inbox, { openid: ctx.openid, read: false }) : 0
  return { openid: ctx.openid, user: ctx.user ? userView(ctx.user) : null, unreadMessages }
}

/** me.saveProfile — a resident's name, room and phone; creates the resident account on first save. */
export async function saveProfile(payload: unknown, ctx: CallContext) {
  if (!ctx.openid) throw new AppError('UNAUTHENTICATED', '请在微信中打开小程序')
  const input = parseInput(profileSchema, payload)
  const existing = await findUser(ctx.openid)
  if (existing && existing.role !== 'resident') throw forbidden('员工账号的信息由管理处维护')
  const problem = roomProblem(input.room, (await ctx.settings()).estate.buildings)
  if (problem) throw new AppError('INVALID_INPUT', problem)
  if (existing) {
    await database()
      .collection(C.users)
      .doc(existing._id)
      .update({ data: { ...input } })
    return userView({ ...existing, ...input })
  }
  const user: Omit<User, '_id'> = { openid: ctx.openid, role: 'resident', ...input, active: true, createdAt: ctx.now }
  const r = (await database().collection(C.users).add({ data: user })) as unknown as { _id: string }
  return userView({ ...user, _id: r._id })
}

/** invite.create — the manager issues a one-time code for a staff member (department + role). */
export async function createInvite(payload: unknown, ctx: CallContext) {
  const manager = requireUser(ctx, ['manager'])
  const input = parseInput(inviteSchema, payload)
  const code = randomBytes(6).toString('hex').toUpperCase()
  await database()
    .collection(C.invites)
    .doc(code)
    .set({
      data: {
        code,
        ...input,
        createdBy: personRef(actorOf(manager, ctx.openid)),
        createdAt: ctx.now,
        expiresAt: ctx.now + 7 * 86_400_000,
        usedBy: null,
        usedAt: null,
      },
    })
  return { code, expiresAt: ctx.now + 7 * 86_400_000 }
}

/** me.bindInvite — binds the caller's WeChat identity to the staff account an invite describes. */
export async function bindInvite(payload: { code?: string }, ctx: CallContext) {
  if (!ctx.openid) throw new AppError('UNAUTHENTICATED', '请在微信中打开小程序')
  const code = inviteCodeOf(String(payload?.code ?? ''))
  if (!/^[0-9A-F]{12}$/.test(code)) throw new AppError('INVITE_INVALID', '邀请码格式不正确：应为 12 位，由数字 0–9 和字母 A–F 组成')
  // Read outside the transaction: cloud transactions allow only document operations by id.
  const existing = await findUser(ctx.openid)
  return database().runTransaction(async (t: any) => {
    const inv = ((await t.collection(C.invites).doc(code).get()) as { data: any }).data
    if (!inv || inv.usedBy || inv.revokedAt || inv.expiresAt < ctx.now)
      throw new AppError('INVITE_INVALID', '邀请码无效、已使用或已过期，请联系管理处经理')
    await t
      .collection(C.invites)
      .doc(code)
      .update({ data: { usedBy: ctx.openid, usedAt: ctx.now } })
    const user: Omit<User, '_id'> = {
      openid: ctx.openid,
      role: inv.role,
      name: inv.name,
      phone: inv.phone ?? '',
      departmentCode: inv.departmentCode,
      active: true,
      createdAt: existing?.createdAt ?? ctx.now,
    }
    if (existing) await t.collection(C.users).doc(existing._id).set({ data: user })
    else await t.collection(C.users).add({ data: user })
    return userView({ ...user, _id: existing?._id ?? '' })
  })
}

/**
 * The staff member a complaint is about (H2-S, G3-P5), as a reference the rules can protect: an
 * openid must be an active staff member; a name alone links the one active staff member of that
 * name, so the protection holds even when typed. Someone who is not staff keeps only the name.
 * @throws AppError INVALID_INPUT for a non-staff openid or an ambiguous name.
 */
export async function resolveSubject(
  subject: { name: string; openid?: string } | undefined,
): Promise<{ name: string; openid?: string } | undefined> {
  if (!subject) return undefined
  if (subject.openid) {
    const u = await findUser(subject.openid)
    if (!u || u.role === 'resident' || !u.active) throw new AppError('INVALID_INPUT', '被投诉员工不是本管理处在职员工')
    return { name: u.name, openid: u.openid }
  }
  const same = await find<User>(C.users, { name: subject.name, active: true, role: database().command.neq('resident') }, { limit: 5 })
  if (same.length > 1) throw new AppError('INVALID_INPUT', `有多名员工叫“${subject.name}”，请从员工列表中选择`)
  return same.length === 1 ? { name: same[0].name, openid: same[0].openid } : { name: subject.name }
}

/**
 * staff.list — staff of a department, for assigning (supervisors see their own department's
 * handlers and supervisors); the manager may ask for `all: true`, every staff role.
 */
export async function listStaff(payload: { departmentCode?: string; all?: boolean }, ctx: CallContext) {
  const u = requireStaff(ctx)
  // Department supervisors see their own department; customer service (who accept and name the
  // accused) and the manager may look at any.
  const dept =
    u.role === 'supervisor' && u.departmentCode !== 'customer_service'
      ? u.departmentCode
      : (payload?.departmentCode as DepartmentCode | undefined)
  if (u.role === 'handler') throw forbidden()
  const all = u.role === 'manager' && !!payload?.all
  const roles = all ? ['agent', 'handler', 'supervisor', 'manager'] : ['handler', 'supervisor']
  // The manager's full list shows people who left too, so they can be re-enabled.
  const where: Record<string, unknown> = all ? { role: database().command.in(roles) } : { active: true, role: database().command.in(roles) }
  if (dept) where.departmentCode = dept
  return (await find<User>(C.users, where, { limit: 200 })).map(userView)
}

/** residents.find — residents of a room, for registering on their behalf; masked and logged (G3-P5). */
export async function findResidents(payload: { room?: string }, ctx: CallContext) {
  const u = requireStaff(ctx)
  const room = normalizePlace(String(payload?.room ?? ''))
  if (!room) throw new AppError('INVALID_INPUT', '请输入房号')
  // A building the estate does not have is named now, not only when the registration is sent.
  const building = parseRoom(room)?.building
  const { buildings } = (await ctx.settings()).estate
  if (building && buildings.length && !buildings.some((b) => b.name === building))
    throw new AppError('INVALID_INPUT', `本小区没有${building}栋，请核对楼栋`)
  if (!isCustomerService(actorOf(u, ctx.openid)) && u.role !== 'manager') throw forbidden()
  const found = await find<User>(C.users, { room, role: 'resident', active: true }, { limit: 20 })
  await database()
    .collection(C.accessLog)
    .add({
      data: {
        complaintId: null,
        viewer: personRef(actorOf(u, ctx.openid)),
        at: ctx.now,
        fields: ['room'],
        purpose: 'resident_lookup',
        room,
      },
    })
  return found.map((r) => ({ openid: r.openid, name: r.name, maskedName: maskName(r.name), room: r.room, phone: maskPhone(r.phone) }))
}

/**
 * staff.deactivate / staff.reactivate — the manager stops (or restores) a staff member's access:
 * an inactive user is treated as unknown by every action and gets no notifications.
 */
export function setStaffActive(active: boolean) {
  return async (payload: { openid?: string }, ctx: CallContext) => {
    const manager = requireUser(ctx, ['manager'])
    const u = await findUser(String(payload?.openid ?? ''))
    if (!u || u.role === 'resident') throw new AppError('NOT_FOUND', '找不到该员工')
    if (u.openid === manager.openid) throw new AppError('INVALID_INPUT', '不能停用自己的账号')
    await database().collection(C.users).doc(u._id).update({ data: { active } })
    return userView({ ...u, active })
  }
}
