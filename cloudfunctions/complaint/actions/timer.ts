/**
 * The timer trigger (config.json, every 5 minutes): supervision of deadlines (V1), return visits
 * due (F2), closing unrated complaints (F4), and outbox retries. Running it twice changes nothing
 * the first run did not: every rule is guarded by what the complaint already records.
 */
import { isAppError } from '../domain/errors'
import { unavailableReason } from '../domain/lifecycle'
import type { Complaint, User } from '../domain/model'
import { dayOf, type WorkCalendar } from '../domain/calendar'
import { watchCalendar } from '../domain/calendar-watch'
import type { ActionName } from '../domain/validation'
import { log } from '../infra/cloud'
import { deliverPending } from '../infra/notifier'
import { C, database, find, getById } from '../infra/store'
import { buildContext } from './context'
import { recountProvisionalDeadlines } from './recount'
import { act } from './transition'

/** In this order: a complaint past F4 closes rather than becoming due for a return visit. */
const RULES: ActionName[] = ['close_no_response', 'mark_return_visit_due', 'escalate', 'warn_deadline']
const WATCHED = ['accepted', 'dispatched', 'investigating', 'plan_pending', 'handling', 'reopened', 'resolved', 'return_visit']

export interface TimerReport {
  scanned: number
  transitions: Record<string, number>
  delivered: number
  errors: number
  calendarReminders: number
  /** Complaints whose provisional deadlines a recount changed (one cut short by settings.save, finished here). */
  recounted: number
}

/**
 * H4: while next year's schedule is missing, each manager finds one reminder a day in their
 * message list (the id makes a second run that day a no-op).
 */
async function remindCalendar(cal: WorkCalendar, now: number): Promise<number> {
  const w = watchCalendar(cal, now)
  if (!w.message) return 0
  const managers = await find<User>(C.users, { role: 'manager', active: true }, { limit: 20 })
  const day = dayOf(now)
  let sent = 0
  for (const m of managers) {
    const id = `calendar-${w.missingYear}-${day}-${m.openid}`.slice(0, 120)
    if (await getById(C.inbox, id)) continue // once a day; a read reminder stays read
    try {
      await database()
        .collection(C.inbox)
        .add({
          data: {
            _id: id,
            openid: m.openid,
            complaintId: null,
            complaintNo: '',
            kind: 'calendar',
            title: `请录入 ${w.missingYear} 年节假日安排`,
            fields: [w.message],
            at: now,
            read: false,
          },
        })
      sent += 1
    } catch (e) {
      // Another run added it a moment ago (duplicate id): that is the once-a-day we want.
      if (!/duplicate/i.test(String((e as Error).message))) throw e
    }
  }
  return sent
}

/** One run of the timer at `now` (ms UTC). */
export async function runTimer(now = Date.now()): Promise<TimerReport> {
  const ctx = await buildContext('system', now)
  const rules = await ctx.rules()
  const _ = database().command
  const report: TimerReport = { scanned: 0, transitions: {}, delivered: 0, errors: 0, calendarReminders: 0, recounted: 0 }
  report.recounted = (await recountProvisionalDeadlines(rules.calendar, now)).recounted
  for (let skip = 0; ; skip += 1000) {
    const page = await find<Complaint>(C.complaints, { status: _.in(WATCHED) }, { orderBy: [['createdAt', 'asc']], skip, limit: 1000 })
    report.scanned += page.length
    for (const c of page) {
      for (const action of RULES) {
        if (unavailableReason(c, action, rules) !== null) continue
        try {
          await act({ id: c._id, action }, ctx)
          report.transitions[action] = (report.transitions[action] ?? 0) + 1
          break // the complaint changed; the next run looks at it again
        } catch (e) {
          report.errors += 1
          log('timer', `${action} failed`, { id: c._id, code: isAppError(e) ? e.code : 'INTERNAL', error: String((e as Error).message) })
        }
      }
    }
    if (page.length < 1000) break
  }
  report.delivered = await deliverPending(now)
  report.calendarReminders = await remindCalendar(rules.calendar, now)
  log('timer', 'run finished', { ...report })
  return report
}
