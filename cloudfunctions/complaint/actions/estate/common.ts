/**
 * What the estate actions share (issue 16): the caller's account as the mini-program shows it —
 * the UserView of their role in their current estate, with that estate, every estate they belong
 * to and their company role — and the checks of who may act on an estate.
 */
import { estatesOf, roleIn, type CompanyRole, type Estate } from '../../domain/estate'
import { AppError, forbidden } from '../../domain/errors'
import type { User } from '../../domain/model'
import { userView, type UserView } from '../../domain/user-view'
import type { Role } from '@shared/vocabulary'
import * as estates from '../../infra/repositories/estates'
import type { CallContext } from '../context'

/** The account view: UserView plus `estate` (current, or null), `estates` (each with the role there) and `companyRole`. */
export interface AccountView extends UserView {
  estate: { code: string; name: string } | null
  estates: { code: string; name: string; role: Role }[]
  companyRole?: CompanyRole
}

/** `account` (the stored user) as the mini-program shows it in `estate`, naming their estates. */
export async function accountView(account: User, estate: string, ctx: CallContext): Promise<AccountView> {
  const mine = estatesOf(account)
  const named = await estates.byCodes([estate, ...mine.map((m) => m.code)])
  const nameOf = (code: string) => named.get(code)?.name ?? code
  const here = roleIn(account, estate)
  const departments = here?.departmentCode ? (await ctx.settings()).departments : []
  const base = userView({ ...account, role: here?.role ?? account.role, departmentCode: here?.departmentCode }, departments)
  return {
    ...base,
    estate: here || account.companyRole || named.has(estate) ? { code: estate, name: nameOf(estate) } : null,
    estates: mine.map((m) => ({ code: m.code, name: nameOf(m.code), role: m.role })),
    ...(account.companyRole ? { companyRole: account.companyRole } : {}),
  }
}

/** The caller's active account with a company role. @throws UNAUTHENTICATED, FORBIDDEN. */
export function requireCompany(ctx: CallContext, roles: CompanyRole[]): User {
  const a = requireAccount(ctx)
  if (!a.companyRole || !roles.includes(a.companyRole)) throw forbidden()
  return a
}

/** The caller's stored, active account (any estate). @throws UNAUTHENTICATED. */
export function requireAccount(ctx: CallContext): User {
  if (!ctx.openid) throw new AppError('UNAUTHENTICATED', '请在微信中打开小程序')
  if (!ctx.account || !ctx.account.active) throw new AppError('UNAUTHENTICATED', '请先完善个人信息（姓名、房号、电话）')
  return ctx.account
}

/** The estate with `code`. @throws NOT_FOUND (没有这个小区). */
export async function estateNamed(code: string): Promise<Estate> {
  const e = code ? await estates.byCode(code) : null
  if (!e) throw new AppError('NOT_FOUND', '没有这个小区')
  return e
}

/** Whether `a` manages `estate`: the company administrator, or that estate's manager. */
export const managesEstate = (a: User, estate: string) => a.companyRole === 'admin' || roleIn(a, estate)?.role === 'manager'
