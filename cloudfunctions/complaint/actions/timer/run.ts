/**
 * The timer trigger (config.json, every minute). Every run: the emergency alert chain's next steps
 * (issue 14, H1-E — one indexed query for open alerts that are due, so a quiet minute costs one
 * read), outbox retries and the content-check queue (issue 15). Every fifth minute also the full
 * scan: supervision of deadlines (V1), return visits due (F2), closing unrated complaints (F4), the
 * calendar reminder, finishing a recount of 暂定 deadlines that settings.save left unfinished (H4),
 * and retention (issue 15).
 * Running it twice changes nothing the first run did not: every rule is guarded by what the
 * complaint already records.
 */
import { isAppError } from '../../domain/errors'
import { unavailableReason, type TransitionContext } from '../../domain/lifecycle'
import type { Complaint } from '../../domain/model'
import type { ActionName } from '../../domain/validation'
import { DEFAULT_ESTATE } from '@shared/matters'
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
/** The full supervision scan runs on minutes divisible by this (the trigger fires every minute). */
export const FULL_SCAN_EVERY_MINUTES = 5

/** What one run did. */
export interface TimerReport {
  scanned: number
  transitions: Record<string, number>
  delivered: number
  errors: number
  calendarReminders: number
  /** Emergency alert steps taken (issue 14). */
  alertSteps: number
  /** Whether this run did the full supervision scan. */
  fullScan: boolean
  /** Complaints whose provisional deadlines a recount changed (one cut short by settings.save, finished here). */
  recounted: number
  /** Issue 18: linked complaints that got their matter's result (a change's own sync cut short, finished here). */
  matterResults?: number
  privacy?: PrivacyChoresReport
}

/** The timer's context and rules in one estate (its settings and calendar). */
type EstateRun = (estate: string | undefined) => Promise<{ ctx: CallContext; rules: TransitionContext }>

/** Issue 16: the timer acts in each complaint's own estate, with that estate's settings — each estate's context made once per run. */
function estateRuns(now: number): EstateRun {
  const made = new Map<string, Promise<{ ctx: CallContext; rules: TransitionContext }>>()
  return (estate = DEFAULT_ESTATE) => {
    let run = made.get(estate)
    if (!run) made.set(estate, (run = buildContext('system', now, estate).then(async (ctx) => ({ ctx, rules: await ctx.rules() }))))
    return run
  }
}

/** Takes the first rule that applies to `c` now; a failure is counted and logged, and the next rule tried. */
async function supervise(c: Complaint, runIn: EstateRun, report: TimerReport): Promise<void> {
  const { ctx, rules } = await runIn(c.estate)
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

/** H1-E, issue 14: the next step of every emergency chain nobody acknowledged in time. */
async function escalateAlerts(runIn: EstateRun, now: number, report: TimerReport): Promise<void> {
  for (const c of await complaints.withAlertDue(now)) {
    try {
      await act({ id: c._id, action: 'escalate_emergency' }, (await runIn(c.estate)).ctx)
      report.alertSteps += 1
    } catch (e) {
      report.errors += 1
      log('timer', 'escalate_emergency failed', { id: c._id, code: isAppError(e) ? e.code : 'INTERNAL' })
    }
  }
}

/** The full scan (V1, F2, F4) over every complaint the timer watches. */
async function scanAll(runIn: EstateRun, report: TimerReport): Promise<void> {
  for (let skip = 0; ; skip += PAGE) {
    const page = await complaints.withStatusIn(WATCHED_BY_TIMER, skip, PAGE)
    report.scanned += page.length
    for (const c of page) {
      await complaints.repairDueAt(c) // the lists' order, should a deploy have left it stale (list-order.ts)
      await supervise(c, runIn, report)
    }
    if (page.length < PAGE) break
  }
}

/**
 * One run of the timer at `now` (ms UTC); `full` forces the full scan (by default on every fifth minute).
 * @returns what it did.
 */
export async function runTimer(now = Date.now(), full = Math.floor(now / 60_000) % FULL_SCAN_EVERY_MINUTES === 0): Promise<TimerReport> {
  const runIn = estateRuns(now)
  // Company-wide chores (the calendar's official years) read the first estate's settings; retention each estate's own.
  const { rules } = await runIn(DEFAULT_ESTATE)
  const report: TimerReport = {
    scanned: 0,
    transitions: {},
    delivered: 0,
    errors: 0,
    calendarReminders: 0,
    recounted: 0,
    alertSteps: 0,
    fullScan: full,
  }
  await escalateAlerts(runIn, now, report)
  if (full) report.recounted = (await recountProvisionalDeadlines(async (e) => (await runIn(e)).rules.calendar, now)).recounted
  if (full) await scanAll(runIn, report)
  if (full) report.matterResults = await syncOpenMatters(now)
  report.delivered = await deliverPending(now)
  if (full) report.calendarReminders = await remindCalendar(rules.calendar, now)
  report.privacy = await runPrivacyChores(async (e) => (await runIn(e)).rules.settings, now, full)
  log('timer', 'run finished', { ...report })
  return report
}
