/**
 * estate.join — a resident joins an estate by scanning its code (`scene` `e=<code>`) or by choosing
 * it, and is then in it. A WeChat user without an account yet is remembered as having joined
 * (inactive until they save their profile, which is then checked against that estate's buildings).
 */
import { currentEstateOf, estateOfScene, roleIn } from '../../domain/estate'
import type { EstateJoinInput } from '../../domain/estate-payloads'
import { forbidden } from '../../domain/errors'
import type { User } from '../../domain/model'
import * as users from '../../infra/repositories/users'
import { requireOpenid, type CallContext } from '../context'
import { accountView, estateNamed, type AccountView } from './common'

/** A staff member's own estates are switched to, never joined as a resident. @throws FORBIDDEN. */
function checkResident(account: User, code: string): void {
  if (account.role === 'resident' && !account.memberships?.length) return
  if (!roleIn(account, code)) throw forbidden('员工账号请使用管理处发放的邀请码加入小区')
}

/**
 * @param input `{ code }` or `{ scene }`. @returns the account view in the joined estate.
 * @throws NOT_FOUND (没有这个小区) for an unknown code or a scene naming none; FORBIDDEN for staff of other estates.
 */
export async function joinEstate(input: EstateJoinInput, ctx: CallContext): Promise<AccountView> {
  const openid = requireOpenid(ctx)
  const code = input.code ?? estateOfScene(input.scene ?? '')
  const estate = await estateNamed(code)
  const account = ctx.account
  if (!account) {
    const joined: Omit<User, '_id'> = {
      ...{ openid, role: 'resident', name: '', phone: '', active: false, joinedOnly: true },
      ...{ estates: [estate.code], estate: estate.code, createdAt: ctx.now },
    }
    return accountView({ ...joined, _id: await users.add(joined) }, estate.code, ctx)
  }
  checkResident(account, estate.code)
  const mine = account.estates ?? [currentEstateOf(account)]
  const patch = { estate: estate.code, ...(account.memberships?.length ? {} : { estates: [...new Set([...mine, estate.code])] }) }
  await users.update(account._id, patch)
  return accountView({ ...account, ...patch }, estate.code, ctx)
}
