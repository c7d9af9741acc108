/**
 * What the company comparison reads (issue 16, from rollups as issue 17 asks): the estates on
 * record, the whole-estate (`*`) rollups of every estate for the period's days — index
 * `dept_day_estate`, pages of 1,000 (the server's most per `get`), only the counters the comparison
 * uses — and one `count` per estate of the complaints open past their handling deadline now (index
 * `estate_status_handling_due`), so nothing reads complaints one by one.
 */
import { DEFAULT_ESTATE } from '@shared/matters'
import { SUPERVISED } from '@shared/status-groups'
import type { Day } from '../../complaint/domain/calendar'
import { ALL_DEPARTMENTS, type RollupDoc } from '../../complaint/domain/rollup'
import type { EstateInfo } from '../domain/company'
import { database } from './cloud'
import { count, find } from './store'

/** Rollups per `get` (WeChat cloud's server-side limit). */
const PAGE = 1000
/** Pages read at most: a quarter of 1,000 estates. */
const MAX_PAGES = 100

/** The rollup counters the comparison reads (the rest — places, handlers, deadlines — stay on the server). */
const FIELDS = Object.fromEntries(
  ['estate', 'day', 'c.n', 'c.dsp', 'c.standing', 'c.late', 'c.lv', 'c.reopened', 'c.resulted'].map((f) => [f, true]),
)

/** Every estate on record (collection `estates`), at most 1,000. */
export async function estatesOnRecord(): Promise<EstateInfo[]> {
  // Sorted by code in the domain (estatesOf): a company has at most a few hundred.
  const docs = await find<{ _id: string; name?: string; address?: string; households?: number }>('estates', {}, { limit: 1000 })
  return docs.map((e) => ({
    code: e._id,
    name: e.name || e._id,
    address: e.address ?? '',
    households: typeof e.households === 'number' ? e.households : null,
  }))
}

/** The estate with this code on record, or null. */
export async function estateOnRecord(code: string): Promise<EstateInfo | null> {
  const [e] = (await estatesOnRecord()).filter((x) => x.code === code)
  return e ?? null
}

/** Whether any rollup of `estate` exists (an estate not on record yet, issue 16's data still to come). */
export async function estateSeen(estate: string): Promise<boolean> {
  return (await find('rollups', { estate, dept: ALL_DEPARTMENTS }, { limit: 1, fields: { _id: true } })).length > 0
}

/** The whole-estate rollups of every estate for the days `firstDay` … `lastDay` (Shanghai, inclusive). */
export async function companyRollups(firstDay: Day, lastDay: Day): Promise<RollupDoc[]> {
  const _ = database().command
  const where = { dept: ALL_DEPARTMENTS, day: _.gte(firstDay).and(_.lte(lastDay)) }
  const out: RollupDoc[] = []
  for (let page = 0; page < MAX_PAGES; page++) {
    const docs = await find<RollupDoc>('rollups', where, {
      orderBy: [
        ['day', 'asc'],
        ['estate', 'asc'],
      ],
      skip: page * PAGE,
      limit: PAGE,
      fields: FIELDS,
    })
    out.push(...docs)
    if (docs.length < PAGE) break
  }
  return out
}

/**
 * How many complaints of `estate` are open now past their handling deadline (V1, H4), whenever
 * created: one `count`. Complaints stored before estates (no `estate` field) are the default estate's.
 */
export function openOverdueOf(estate: string, now: number): Promise<number> {
  const _ = database().command
  const open = { status: _.in([...SUPERVISED]), 'deadlines.handlingDueAt': _.gt(0).and(_.lt(now)) }
  if (estate !== DEFAULT_ESTATE) return count('complaints', { estate, ...open })
  return count('complaints', _.and([open, _.or([{ estate }, { estate: _.exists(false) }])]))
}
