/**
 * H4: counting provisional deadlines again once the State Council's schedule is entered. Only
 * clocks still running are recounted; a deadline the complainant was told of never moves earlier.
 */
import { formatInstant, type WorkCalendar } from './calendar'
import { RUNNING } from './deadlines'
import type { Complaint, CountedClock, Deadlines } from './model'
import type { Status } from '@shared/vocabulary'

/** Every state in which some counted clock runs: where provisional deadlines are looked for. */
export const RECOUNT_STATES: Status[] = [...new Set(Object.values(RUNNING).flat())]

/**
 * The deadlines the complainant was told of, which a recount never moves earlier: the handling
 * deadline (the acceptance message's 预计…处理完毕, their page's 办结期限) and the dispatch
 * deadline (their page's 派单期限 while it waits). The return-visit date is customer service's
 * own clock: the complainant is never told it, and may still rate after it.
 */
export const TOLD_TO_COMPLAINANT: readonly CountedClock[] = ['dispatchDueAt', 'handlingDueAt']

/** What a recount changed on one clock. */
export interface ClockChange {
  clock: CountedClock
  /** The deadline before and after (ms UTC); equal when only the 暂定 mark went. */
  before: number
  after: number
  /** What the calendar now counts; below `after` when the earlier count was kept (never shorter). */
  counted: number
  /** Still 暂定 (another year it runs through is still without a schedule). */
  provisional: boolean
}

const LABELS: Record<CountedClock, string> = { dispatchDueAt: '派单期限', handlingDueAt: '办结期限', returnVisitDueAt: '回访期限' }

/**
 * Counts `c`'s running provisional clocks again on `cal`.
 * @returns the new deadlines and what changed, or null when nothing did.
 */
export function recountDeadlines(c: Complaint, cal: WorkCalendar): { deadlines: Deadlines; changes: ClockChange[] } | null {
  const notes = c.deadlines.provisional ?? {}
  const provisional = { ...notes }
  const deadlines: Deadlines = { ...c.deadlines }
  const changes: ClockChange[] = []
  for (const clock of Object.keys(notes) as CountedClock[]) {
    const before = c.deadlines[clock]
    const basis = notes[clock]!
    if (before === undefined || !RUNNING[clock].includes(c.status)) {
      delete provisional[clock] // a stopped clock is history: its note goes with the next write
      continue
    }
    const count = cal.countAfter(basis.from, basis.workdays)
    const after = TOLD_TO_COMPLAINANT.includes(clock) ? Math.max(before, count.at) : count.at
    if (after === before && count.provisional) continue
    deadlines[clock] = after
    if (!count.provisional) delete provisional[clock]
    changes.push({ clock, before, after, counted: count.at, provisional: count.provisional })
  }
  if (!changes.length) return null
  if (Object.keys(provisional).length) deadlines.provisional = provisional
  else delete deadlines.provisional
  return { deadlines, changes }
}

/** The timeline's words for a recount, e.g. 办结期限 2027年1月4日 23:59（保持不变，正式日历为 1月2日）. */
export function describeRecount(changes: ClockChange[]): string {
  const day = (at: number) => formatInstant(at, 'YYYY年M月D日 HH:mm')
  return changes
    .map((x) => {
      const what =
        x.after === x.before
          ? `${day(x.after)}（保持不变${x.counted < x.after ? `，正式日历计为 ${day(x.counted)}` : ''}）`
          : `${day(x.before)} → ${day(x.after)}`
      return `${LABELS[x.clock]} ${what}${x.provisional ? '，仍为暂定' : ''}`
    })
    .join('；')
}
