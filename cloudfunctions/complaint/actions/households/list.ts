/** households.list — one page of the estate's household roster, for customer service and the manager (issue 16). */
import * as households from '../../infra/repositories/households'
import type { CallContext } from '../context'
import { requireResidentDesk } from './access'

/** Rows a page holds. */
const PAGE_SIZE = 50

/**
 * @param input `{ building?, page? }` (householdList, parsed by the router).
 * @returns `{ items, total, page, pageSize, buildings }` of `ctx.estate` only. @throws UNAUTHENTICATED, FORBIDDEN.
 */
export async function listHouseholds(input: { building?: string; page?: number }, ctx: CallContext) {
  requireResidentDesk(ctx)
  const page = input.page ?? 1
  const [docs, total, settings] = await Promise.all([
    households.page(ctx.estate, { building: input.building, skip: (page - 1) * PAGE_SIZE, limit: PAGE_SIZE }),
    households.countOf(ctx.estate, input.building),
    ctx.settings(),
  ])
  const items = docs.map(({ building, unit, room, roomKey, area, ownerName, ownerPhone, updatedAt }) => ({
    building,
    unit,
    room,
    roomKey,
    area: area ?? null,
    ownerName,
    ownerPhone,
    updatedAt,
  }))
  return { items, total, page, pageSize: PAGE_SIZE, buildings: settings.estate.buildings.map((b) => ({ name: b.name, units: b.units })) }
}
