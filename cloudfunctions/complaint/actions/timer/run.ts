/**
 * The timer trigger (config.json, every 5 minutes): supervision of deadlines (V1), return visits
 * due (F2), closing unrated complaints (F4), outbox retries, the calendar reminder and finishing a
 * recount of 暂定 deadlines that settings.save left unfinished (H4), and the content-check queue and
 * retention (issue 15).
 * Running it twice changes nothing the first run did not: every rule is guarded by what the
 * complaint already records.
 */
import { isAppError } from '../../domain/errors'
import { unavailableReason, type TransitionContext } from '../../domain/lifecycle'
import type { Complaint } from '../../domain/model'
import type { ActionName } from '../../domain/validation'
import { WATCHED_BY_TIMER } from '@shared/status-groups'
import { log } from '../../infra/cloud'
import { deliverPending } from '../../infra/notifier'
import * as complaints from '../../infra/repositories/complaints'
import { buildContext, type CallContext } from '../context'
import { recountProvisionalDeadlines } from '../deadlines/recount'
import { act } from '../complaint/act'
import { syncOpenMatters } from '../matter/sync'
import { remindCalendar } from './calendar-reminder'
import { runPrivacyChores, type PrivacyChoresReport } from './privacy-chores'

/** In this order: a complaint past F4 closes rather than becoming due for a return visit. */
const RULES: ActionName[] = ['close_no_response', 'mark_return_visit_due', 'escalate', 'warn_deadline']
const PAGE = 1000

/** What one run did. */
export interface TimerReport {
  scanned: number
  transitions: Record<string, number>
  delivered: number
  errors: number
  calendarReminders: number
  /** Complaints whose provisional deadlines a recount changed (one cut short by settings.save, finished here). */
  recounted: number
  /** Issue 18: linked complaints that got their matter's result (a change's own sync cut short, finished here). */
  matterResults?: number
  privacy?: PrivacyChoresReport
}

/** Takes the first rule that applies to `c` now; a failure is counted and logged, and the next rule tried. */
async function supervise(c: Complaint, ctx: CallContext, rules: TransitionContext, report: TimerReport): Promise<void> {
  for (const action of RULES) {
    if (unavailableReason(c, action, rules) !== null) continue
    try {
      await act({ id: c._id, action }, ctx)
      report.transitions[action] = (report.transitions[action] ?? 0) + 1
      return // the complaint changed; the next run looks at it again
    } catch (e) {
      report.errors += 1
      log('timer', `${action} failed`, { id: c._id, code: isAppError(e) ? e.code : 'INTERNAL', error: String((e as Error).message) })
    }
  }
}

/** One run of the timer at `now` (ms UTC). */
export async function runTimer(now = Date.now()): Promise<TimerReport> {
  const ctx = await buildContext('system', now)
  const rules = await ctx.rules()
  const report: TimerReport = { scanned: 0, transitions: {}, delivered: 0, errors: 0, calendarReminders: 0, recounted: 0 }
  report.recounted = (await recountProvisionalDeadlines(rules.calendar, now)).recounted
  for (let skip = 0; ; skip += PAGE) {
    const page = await complaints.withStatusIn(WATCHED_BY_TIMER, skip, PAGE)
    report.scanned += page.length
    for (const c of page) {
      await complaints.repairDueAt(c) // the lists' order, should a deploy have left it stale (list-order.ts)
      await supervise(c, ctx, rules, report)
    }
    if (page.length < PAGE) break
  }
  report.matterResults = await syncOpenMatters(now)
  report.delivered = await deliverPending(now)
  report.calendarReminders = await remindCalendar(rules.calendar, now)
  report.privacy = await runPrivacyChores(rules.settings, now)
  log('timer', 'run finished', { ...report })
  return report
}
