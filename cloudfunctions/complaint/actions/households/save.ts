/**
 * households.save and households.delete — the manager adds, edits or deletes one household of the
 * estate's roster in settings (issue 16); the estate's households count follows.
 */
import { conflict, invalidInput, notFound } from '../../domain/errors'
import { checkHousehold } from '../../domain/households'
import type { HouseholdSave } from '../../domain/household-payloads'
import { log } from '../../infra/cloud'
import * as households from '../../infra/repositories/households'
import type { CallContext } from '../context'
import { requireRosterManager } from './access'

/**
 * Adds a household, or edits the one of room `previous` (its room may change).
 * @returns `{ roomKey, households }` (the estate's count now).
 * @throws INVALID_INPUT with every problem of the household (as an import row would be refused);
 *   NOT_FOUND when `previous` is not in the roster; CONFLICT when its room is another household's.
 */
export async function saveHousehold(input: HouseholdSave, ctx: CallContext) {
  requireRosterManager(ctx)
  const { estate } = await ctx.settings()
  if (!estate.buildings.length) throw invalidInput('请先在“小区与地点”中填写楼栋，再录入房屋')
  const r = checkHousehold(input, estate.buildings)
  if ('problems' in r) throw invalidInput(r.problems.join('；'))
  const h = r.household
  if (input.previous && !(await households.byRoom(ctx.estate, input.previous))) throw notFound('这个房号不在房屋台账中')
  if (h.roomKey !== input.previous && (await households.byRoom(ctx.estate, h.roomKey)))
    throw conflict(`重复的房号：${h.roomKey} 已在房屋台账中`)
  await households.put(ctx.estate, h, ctx.now)
  if (input.previous && input.previous !== h.roomKey) await households.remove(ctx.estate, input.previous)
  const count = await households.refreshCount(ctx.estate, ctx.now)
  log('households', input.previous ? 'household edited' : 'household added', { estate: ctx.estate })
  return { roomKey: h.roomKey, households: count }
}

/** @param input `{ roomKey }`. @returns `{ households }` (the count now). @throws NOT_FOUND when the room is not in the roster. */
export async function deleteHousehold(input: { roomKey: string }, ctx: CallContext) {
  requireRosterManager(ctx)
  if (!(await households.remove(ctx.estate, input.roomKey))) throw notFound('这个房号不在房屋台账中')
  const count = await households.refreshCount(ctx.estate, ctx.now)
  log('households', 'household deleted', { estate: ctx.estate })
  return { households: count }
}
