/**
 * H4: when the State Council's schedule is entered (settings.save), every running provisional
 * deadline is counted again on the official calendar — each complaint in its own transaction with
 * an event on its timeline, never earlier than what the complainant was told (domain/recount.ts).
 * The timer runs it too, so a recount cut short (a crash, a conflict) is finished on the next run.
 */
import type { WorkCalendar } from '../../domain/calendar'
import { isAppError } from '../../domain/errors'
import type { Complaint } from '../../domain/model'
import { personRef, SYSTEM_ACTOR } from '../../domain/policy'
import { describeRecount, recountDeadlines, RECOUNT_STATES } from '../../domain/recount'
import { log } from '../../infra/cloud'
import { outboxEntries } from '../../infra/notifier'
import * as complaints from '../../infra/repositories/complaints'
import { DEFAULT_ESTATE } from '@shared/matters'

const ATTEMPTS = 3
const PAGE = 1000

/** Writes one complaint's recount; someone else's change in between means reading it again. @returns whether it changed. */
async function recountOne(c: Complaint, cal: WorkCalendar, now: number): Promise<boolean> {
  let current: Complaint | null = c
  for (let attempt = 1; current; attempt++) {
    const r = recountDeadlines(current, cal)
    if (!r) return false
    const movedLater = r.changes.some((x) => x.clock === 'handlingDueAt' && x.after > x.before)
    const after: Complaint = { ...current, deadlines: r.deadlines, version: current.version + 1, updatedAt: now }
    const event = {
      action: 'recount_deadlines',
      actor: personRef(SYSTEM_ACTOR),
      at: now,
      from: current.status,
      to: current.status,
      reason: `按正式放假安排重新计算：${describeRecount(r.changes)}`,
      data: { changes: r.changes },
    }
    try {
      await complaints.commit(current, after, {
        events: [event],
        // H3-EXT in spirit: a handling deadline that moved later is news to the complainant; an unchanged one is not.
        outbox: outboxEntries(movedLater ? [{ kind: 'deadline_recounted', audience: 'complainant' }] : [], now),
      })
      return true
    } catch (e) {
      if (!isAppError(e) || e.code !== 'CONFLICT' || attempt >= ATTEMPTS) throw e
      current = await complaints.byId(current._id, null)
    }
  }
  return false
}

/**
 * Recounts the running provisional deadlines of every complaint (of `estate`, or of every estate)
 * at `now`, each on its estate's calendar (`calendarOf`; issue 16: closures are per estate).
 * @returns how many complaints changed, and how many failed (left for the timer's next run).
 */
export async function recountProvisionalDeadlines(
  calendarOf: (estate: string) => Promise<WorkCalendar>,
  now: number,
  estate?: string,
): Promise<{ recounted: number; failed: number }> {
  // Read them all before writing: a recounted complaint drops out of the query and would shift pages.
  const found: Complaint[] = []
  for (let skip = 0; ; skip += PAGE) {
    const page = await complaints.withProvisionalDeadlines(RECOUNT_STATES, skip, PAGE, estate)
    found.push(...page)
    if (page.length < PAGE) break
  }
  let recounted = 0
  let failed = 0
  for (const c of found) {
    try {
      if (await recountOne(c, await calendarOf(c.estate ?? DEFAULT_ESTATE), now)) recounted += 1
    } catch (e) {
      failed += 1
      log('recount', 'recount failed', { id: c._id, code: isAppError(e) ? e.code : 'INTERNAL', error: String((e as Error).message) })
    }
  }
  return { recounted, failed }
}
