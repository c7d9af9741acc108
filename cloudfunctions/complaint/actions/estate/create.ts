/** estate.create — the company administrator adds an estate (小区); its settings start from the procedure's defaults. */
import type { EstateCreateInput } from '../../domain/estate-payloads'
import { personRef } from '../../domain/policy'
import * as estates from '../../infra/repositories/estates'
import type { CallContext } from '../context'
import type { EstateRow } from './list'
import { requireCompany } from './common'

/**
 * @param input `{ code, name, address }` (estateCreateSchema: code 3–12 lowercase letters or digits).
 * @returns the new estate's row. @throws FORBIDDEN for anyone but the company administrator; CONFLICT (小区编号已存在) for a taken code.
 */
export async function createEstate(input: EstateCreateInput, ctx: CallContext): Promise<EstateRow> {
  const admin = requireCompany(ctx, ['admin'])
  const by = personRef({ openid: admin.openid, role: admin.role, name: admin.name })
  const e = await estates.create({ ...input, households: 0, createdAt: ctx.now, createdBy: by })
  return { code: e.code, name: e.name, address: e.address, households: 0 }
}
