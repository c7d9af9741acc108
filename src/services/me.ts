/** The caller's own account (docs/API.md: me.*). */
import { call } from './api'
import type { MeData, UserView } from './types'

/** Who the caller is; `user` is null for a first-time WeChat user. */
export function getMe(): Promise<MeData> {
  return call('me.get')
}

/** Saves a resident's profile, creating the resident account on first save. */
export function saveProfile(input: { name: string; room: string; phone: string }): Promise<UserView> {
  return call('me.saveProfile', input)
}

/** Binds the caller to a staff account with an invite code. */
export function bindInvite(code: string): Promise<UserView> {
  return call('me.bindInvite', { code })
}
