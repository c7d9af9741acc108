/** estate.switch — the caller changes their current estate: one they work in or joined (the company's roles: any). */
import { roleIn } from '../../domain/estate'
import { forbidden } from '../../domain/errors'
import * as users from '../../infra/repositories/users'
import type { CallContext } from '../context'
import { accountView, estateNamed, requireAccount, type AccountView } from './common'

/**
 * @param input `{ code }`. @returns the account view in that estate.
 * @throws UNAUTHENTICATED; NOT_FOUND (没有这个小区); FORBIDDEN for an estate the caller does not belong to (nothing changed).
 */
export async function switchEstate(input: { code: string }, ctx: CallContext): Promise<AccountView> {
  const account = requireAccount(ctx)
  await estateNamed(input.code)
  const here = roleIn(account, input.code)
  if (!here && !account.companyRole) throw forbidden('您不是该小区的员工或住户')
  // The stored role and department mirror the current estate's, for screens that read the record.
  const mirror = here && here.role !== 'resident' ? { role: here.role, departmentCode: here.departmentCode } : {}
  await users.update(account._id, { estate: input.code, ...mirror })
  return accountView({ ...account, estate: input.code, ...mirror }, input.code, ctx)
}
