/** estate.list — the estates the caller works in or joined (the company's roles: all), or every estate to choose one to join. */
import { estatesOf } from '../../domain/estate'
import * as estates from '../../infra/repositories/estates'
import type { CallContext } from '../context'

/** One row of the list. */
export interface EstateRow {
  code: string
  name: string
  address: string
  households: number
  /** The caller's role there, when they have one. */
  role?: string
}

/**
 * @param input `{ all? }`: with `all`, every estate (name and address only matter: a resident chooses one to join, C5's scan being the other way).
 * @returns the company administrator's and the quality department's: every estate; anyone else's: their own, each with their role.
 */
export async function listEstates(input: { all?: boolean }, ctx: CallContext): Promise<EstateRow[]> {
  const account = ctx.account?.active || ctx.account?.joinedOnly ? ctx.account : null
  const mine = account ? estatesOf(account) : []
  const roleOf = new Map(mine.map((m) => [m.code, m.role as string]))
  const everything = input.all || !!account?.companyRole
  const found = everything ? await estates.all() : [...(await estates.byCodes(mine.map((m) => m.code))).values()]
  return found
    .map((e) => ({
      code: e.code,
      name: e.name,
      address: e.address,
      households: e.households ?? 0,
      ...(roleOf.has(e.code) ? { role: roleOf.get(e.code) } : {}),
    }))
    .sort((a, b) => a.code.localeCompare(b.code))
}
