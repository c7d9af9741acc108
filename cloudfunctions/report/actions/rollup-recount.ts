/**
 * The nightly rollup recount (issue 17): once a day after 02:00 Shanghai, the report function's
 * timer (hourly; the first run after 02:00 does the work, later ones find the day recorded) recomputes
 * yesterday's rollups from the complaints created then and the dispatch events of that day
 * (domain/rollup.ts recountRollups), repairs any rollup that drifted, records each repair in
 * `rollup_repairs`, and tells the managers in their messages. A repair is made only if the rollup
 * still holds what the recount compared it with (repositories/rollups.ts repairIfUnchanged), so a
 * change committed meanwhile, or a second recount running at the same time, never repairs twice.
 */
import { dayOf, startOfDay } from '../../complaint/domain/calendar'
import { recountRollups, type RollupDoc } from '../../complaint/domain/rollup'
import * as inbox from '../../complaint/infra/repositories/inbox'
import * as users from '../../complaint/infra/repositories/users'
import { log } from '../infra/cloud'
import * as rollups from '../infra/rollup-recount'

/** The Shanghai hour after which the recount of yesterday runs. */
export const RECOUNT_HOUR = 2
const DAY_MS = 86_400_000

/** What one recount did: the day, how many rollups it compared, and the repairs it made. */
export interface RecountReport {
  day: string
  compared: number
  repairs: rollups.Repair[]
}

/** An empty rollup in place of one the recount finds nothing for. */
const emptyLike = (d: RollupDoc): RollupDoc => ({ _id: d._id, day: d.day, estate: d.estate, dept: d.dept, c: {}, names: {} })

/** Recounts the rollups of Shanghai day `day` and repairs those that drifted. */
export async function recountDay(day: string, now: number): Promise<RecountReport> {
  const start = startOfDay(day)
  const end = start + DAY_MS
  // The rollups first: a change committed after this read moves them, and the repair then gives up.
  const seen = new Map((await rollups.ofDay(day)).map((d) => [d._id, d]))
  const [created, dispatches] = await Promise.all([rollups.complaintsCreatedIn(start, end), rollups.dispatchesIn(start, end)])
  const recounted = recountRollups(created, dispatches, now)
  for (const d of seen.values()) if (!recounted.has(d._id)) recounted.set(d._id, emptyLike(d))
  const repairs: rollups.Repair[] = []
  for (const doc of recounted.values()) {
    const before = seen.get(doc._id) ?? null
    if (!Object.keys(rollups.driftOf(before, doc)).length) continue
    const repair = await rollups.repairIfUnchanged(before, doc, day, now)
    if (repair) repairs.push(repair)
  }
  return { day, compared: recounted.size, repairs }
}

/** The estate of a rollup id `<day>|<estate>|<department or *>`. */
const estateOfRollup = (id: string) => id.split('|')[1] ?? ''

/** Tells each estate's managers how many of its rollups of `day` were repaired (one message per day and manager; issue 16: only their own estate's). */
async function tellManagers(day: string, repairs: rollups.Repair[], now: number): Promise<void> {
  const byEstate = new Map<string, number>()
  for (const r of repairs) byEstate.set(estateOfRollup(r.id), (byEstate.get(estateOfRollup(r.id)) ?? 0) + 1)
  for (const [estate, n] of byEstate) await tellManagersOf(estate, day, n, now)
}

/** Tells `estate`'s active managers that `n` rollups of `day` were repaired. */
async function tellManagersOf(estate: string, day: string, n: number, now: number): Promise<void> {
  for (const m of await users.activeManagers(estate)) {
    await inbox.put(`rollup-drift-${day}-${estate}-${m.openid}`.slice(0, 120), {
      openid: m.openid,
      complaintId: null,
      complaintNo: '',
      kind: 'rollup_drift',
      title: '统计数据已校正',
      fields: [`${day} 的统计有 ${n} 处与投诉记录不一致，已按投诉记录重新计算`],
      at: now,
      read: false,
    })
  }
}

/**
 * Once a day after RECOUNT_HOUR (Shanghai): recounts yesterday unless that is recorded as done.
 * @returns the report, or null when it was not time or already done.
 */
export async function nightlyRecount(now: number): Promise<RecountReport | null> {
  const hour = Number(new Date(now + 8 * 3_600_000).getUTCHours())
  const day = dayOf(now - DAY_MS)
  if (hour < RECOUNT_HOUR || (await rollups.recountDone(day))) return null
  const report = await recountDay(day, now)
  try {
    await rollups.markRecountDone(day, now, report.repairs.length)
  } catch {
    // Another run recorded the day a moment ago; its repairs and this one's exclude each other.
  }
  if (report.repairs.length) {
    log('rollups', 'recount repaired drift', { day, repairs: report.repairs.length })
    await tellManagers(day, report.repairs, now)
  }
  return report
}
