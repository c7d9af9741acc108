/**
 * The `invites` collection: one-time codes the manager issues for staff to bind their WeChat
 * identity (accounts and roles). A code is used once, expires, and can be revoked while open.
 */
import type { DepartmentCode, StaffRole } from '@shared/vocabulary'
import type { PersonRef } from '../../domain/model'
import { C, collection, command, find, transaction, updateWhere } from '../store'
import * as users from './users'

/** An invite as stored (its `_id` is the code). */
export interface Invite {
  code: string
  /** Issue 16: the estate the staff member joins (absent on invites from before estates: the first one). */
  estate?: string
  role: StaffRole
  departmentCode: DepartmentCode
  name: string
  phone?: string
  createdBy: PersonRef
  createdAt: number
  expiresAt: number
  usedBy: string | null
  usedAt: number | null
  revokedAt?: number
}

/** Stores a new invite under its code. */
export async function create(invite: Invite): Promise<void> {
  await collection(C.invites).doc(invite.code).set({ data: invite })
}

/** `estate`'s latest invites, newest first, at most 100. */
export function latest(estate: string): Promise<Invite[]> {
  return find<Invite>(C.invites, { estate }, { orderBy: [['createdAt', 'desc']], limit: 100 })
}

/**
 * Uses invite `code` for `openid` in one transaction: `decide` sees the stored invite (or null)
 * and returns the user to write — or throws (then nothing is written); the invite is marked used
 * and the user written over `existingId`, or added.
 * @returns what `decide` returned.
 */
export async function redeem(
  code: string,
  use: { openid: string; at: number; existingId?: string },
  decide: (invite: Invite | null) => users.NewUser,
): Promise<users.NewUser> {
  return transaction(async (t) => {
    const invite = ((await t.collection(C.invites).doc(code).get()) as { data: Invite | null }).data
    const user = decide(invite)
    await t
      .collection(C.invites)
      .doc(code)
      .update({ data: { usedBy: use.openid, usedAt: use.at } })
    await users.putIn(t, use.existingId, user)
    return user
  })
}

/** Revokes `estate`'s invite `code` if it is still open (not used, not revoked). @returns whether it was. */
export async function revoke(code: string, at: number, estate: string): Promise<boolean> {
  return (await updateWhere(C.invites, { _id: code, estate, usedBy: null, revokedAt: command().exists(false) }, { revokedAt: at })) === 1
}
