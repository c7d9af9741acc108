/**
 * The `estates` collection (issue 16): one document per estate (小区), keyed by its code — the one
 * place estates are queried. A company has a handful to a few hundred.
 */
import { conflict } from '../../domain/errors'
import type { Estate } from '../../domain/estate'
import { C, command, find, getById, transaction } from '../store'

/** The estate with this code, or null. */
export function byCode(code: string): Promise<Estate | null> {
  return getById<Estate>(C.estates, code)
}

/** The estates with these codes (at most 500), by code. */
export async function byCodes(codes: string[]): Promise<Map<string, Estate>> {
  const wanted = [...new Set(codes)].slice(0, 500)
  if (!wanted.length) return new Map()
  const rows = await find<Estate>(C.estates, { _id: command().in(wanted) }, { limit: wanted.length })
  return new Map(rows.map((e) => [e.code, e]))
}

/** Every estate of the company, at most 1000, by code (sorted here: a company has a few hundred at most). */
export async function all(): Promise<Estate[]> {
  return (await find<Estate>(C.estates, {}, { limit: 1000 })).sort((a, b) => a.code.localeCompare(b.code))
}

/**
 * Adds `estate` under its code. @throws AppError CONFLICT (小区编号已存在) when the code is taken;
 * nothing is written then.
 */
export async function create(estate: Omit<Estate, '_id'>): Promise<Estate> {
  return transaction(async (t) => {
    const existing = (await t
      .collection(C.estates)
      .doc(estate.code)
      .get()
      .catch(() => ({ data: null }))) as { data: Estate | null }
    if (existing.data) throw conflict('小区编号已存在')
    await t.collection(C.estates).doc(estate.code).set({ data: estate })
    return { ...estate, _id: estate.code }
  })
}
