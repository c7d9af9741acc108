/**
 * The rollups the reports read (issue 17; the complaint function writes them, see
 * complaint/domain/rollup.ts): one document per day of the periods for the scope — `*` for the
 * whole office, the department's own otherwise — through the `estate_dept_day` index.
 */
import { ALL_DEPARTMENTS, DEFAULT_ESTATE, type RollupDoc } from '../../complaint/domain/rollup'
import type { Day } from '../../complaint/domain/calendar'
import { database } from './cloud'
import { find } from './store'

/** Rollups read per request at most: a quarter and the one before, with room to spare. */
const MAX_DAYS = 400

/** The rollups of `estate` for the days `firstDay` … `lastDay` (Shanghai, inclusive) for a department, or the whole office. */
export function rollupsOf(firstDay: Day, lastDay: Day, departmentCode: string | null, estate = DEFAULT_ESTATE): Promise<RollupDoc[]> {
  const _ = database().command
  return find<RollupDoc>(
    'rollups',
    { estate, dept: departmentCode ?? ALL_DEPARTMENTS, day: _.gte(firstDay).and(_.lte(lastDay)) },
    { limit: MAX_DAYS },
  )
}

/** The rollup repairs the nightly recount made since `since` (ms UTC): the manager's notice of drift. */
export async function repairsSince(since: number, estate: string): Promise<{ day: string; at: number }[]> {
  const _ = database().command
  const found = await find<{ day: string; at: number; rollupId?: string }>(
    'rollup_repairs',
    { kind: 'repair', at: _.gte(since) },
    { orderBy: [['at', 'desc']], limit: 100 },
  )
  // Issue 16: a manager is told of their own estate's repairs only (rollup ids are `<day>|<estate>|<department>`).
  return found.filter((r) => r.rollupId?.split('|')[1] === estate)
}
