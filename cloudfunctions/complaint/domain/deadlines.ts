/**
 * The two clocks (H1 dispatch, H4 handling) and the feedback clocks (F2, F4), computed on the
 * working-day calendar in Asia/Shanghai from UTC instants. A clock counted through a year without
 * an official holiday schedule is provisional (暂定): the functions that set deadlines note it in
 * `Deadlines.provisional` with how it was counted, for recount.ts to count again.
 */
import type { WorkCalendar } from './calendar'
import type { Complaint, CountedClock, Deadlines } from './model'
import type { DeadlineSettings } from './settings'
import { SUPERVISED } from '@shared/status-groups'
import type { Status, Tier } from '@shared/vocabulary'

const HOUR = 3_600_000
const DAY = 24 * HOUR

/** H4-1 / H4-2: working days of a non-emergency tier's handling clock. */
const handlingWorkdays = (tier: Tier, s: DeadlineSettings) => (tier === 'complex' ? s.complexWorkdays : s.generalWorkdays)

/**
 * Handling deadline for a tier, counted from `from` (ms UTC).
 * H4-1 general: n working days; H4-2 complex: n working days; H4-3 emergency: hours, around the clock.
 * @throws AppError CALENDAR_UNKNOWN_YEAR beyond the official years on a calendar that is not provisional.
 */
export function handlingDue(tier: Tier, from: number, s: DeadlineSettings, cal: WorkCalendar): number {
  if (tier === 'emergency') return from + s.emergencyHandlingHours * HOUR
  return cal.deadlineAfter(from, handlingWorkdays(tier, s))
}

/** `d` with the provisional note of `clock` set or removed; the note disappears when empty. */
function noted(d: Deadlines, clock: CountedClock, basis: { from: number; workdays: number } | null): Deadlines {
  const { provisional: before, ...rest } = d
  const provisional = { ...before }
  if (basis) provisional[clock] = basis
  else delete provisional[clock]
  return Object.keys(provisional).length ? { ...rest, provisional } : rest
}

/** Sets the counted `clock` to `workdays` working days after `from`, noting it when provisional. */
export function setCounted(d: Deadlines, clock: CountedClock, from: number, workdays: number, cal: WorkCalendar): Deadlines {
  const count = cal.countAfter(from, workdays)
  return noted({ ...d, [clock]: count.at }, clock, count.provisional ? { from, workdays } : null)
}

/** Sets `clock` to an instant not counted on the calendar (a date someone chose, a span of hours): never provisional. */
export function setFixed(d: Deadlines, clock: CountedClock, at: number): Deadlines {
  return noted({ ...d, [clock]: at }, clock, null)
}

/** The clocks a handling round starts (H4): acceptance, reopening (F3), a manager sending it back. */
export function handlingRound(d: Deadlines, tier: Tier, from: number, s: DeadlineSettings, cal: WorkCalendar): Deadlines {
  if (tier === 'emergency') return setFixed(d, 'handlingDueAt', handlingDue(tier, from, s, cal))
  return setCounted(d, 'handlingDueAt', from, handlingWorkdays(tier, s), cal)
}

/** H1, H4: the clocks acceptance starts; an emergency's run in hours and it is dispatched at once (H1-E). */
export function acceptanceDeadlines(d: Deadlines, tier: Tier, now: number, s: DeadlineSettings, cal: WorkCalendar): Deadlines {
  if (tier === 'emergency')
    return handlingRound({ ...setFixed(d, 'dispatchDueAt', now), responseDueAt: responseDue(now, s) }, tier, now, s, cal)
  return handlingRound(setCounted(d, 'dispatchDueAt', now, s.dispatchWorkdays, cal), tier, now, s, cal)
}

/** H4-3: first response due for an emergency, counted from when it was raised. */
export function responseDue(from: number, s: DeadlineSettings): number {
  return from + s.emergencyResponseHours * HOUR
}

/** H1: dispatch due one working day (by default) after acceptance. */
export function dispatchDue(acceptedAt: number, s: DeadlineSettings, cal: WorkCalendar): number {
  return cal.deadlineAfter(acceptedAt, s.dispatchWorkdays)
}

/** H4-2: the latest handling deadline an extension or plan may reach, counted from acceptance. */
export function extensionCap(acceptedAt: number, s: DeadlineSettings, cal: WorkCalendar): number {
  return cal.deadlineAfter(acceptedAt, s.extensionCapWorkdays)
}

/** `d` with the F2 and F4 clocks the result starts: a return visit in working days, closing in calendar days. */
export function feedbackDeadlines(d: Deadlines, resolvedAt: number, s: DeadlineSettings, cal: WorkCalendar): Deadlines {
  return { ...setCounted(d, 'returnVisitDueAt', resolvedAt, s.returnVisitWorkdays, cal), autoCloseAt: resolvedAt + s.noResponseDays * DAY }
}

/**
 * The states in which each counted clock is still running; afterwards its date is history and
 * cannot change: dispatch until dispatched (H1), handling while supervised (H4, V1), the return
 * visit until it falls due (F2).
 */
export const RUNNING: Record<CountedClock, readonly Status[]> = {
  dispatchDueAt: ['accepted'],
  handlingDueAt: SUPERVISED,
  returnVisitDueAt: ['resolved'],
}

/**
 * Whether `clock` is provisional (暂定): set, counted through a year without an official schedule,
 * and — given the complaint's status — still running (a stopped clock's date no longer changes).
 */
export function isProvisional(d: Deadlines, clock: CountedClock, status?: Status): boolean {
  return d[clock] !== undefined && !!d.provisional?.[clock] && (status === undefined || RUNNING[clock].includes(status))
}

/** A complaint's deadlines as callers are shown them (H4): no counting bases, only which running ones are 暂定. */
export type ShownDeadlines = Omit<Deadlines, 'provisional'> & { provisional?: Partial<Record<CountedClock, true>> }

/** `d` as shown for a complaint in `status` (ShownDeadlines). */
export function shownDeadlines(d: Deadlines, status: Status): ShownDeadlines {
  const { provisional: _basis, ...rest } = d
  const marked = (Object.keys(RUNNING) as CountedClock[]).filter((k) => isProvisional(d, k, status))
  return marked.length ? { ...rest, provisional: Object.fromEntries(marked.map((k) => [k, true as const])) } : rest
}

export type ClockKind = 'dispatch' | 'response' | 'handling'

/** The deadline supervision watches in the complaint's current state, if any (V1), and whether it is 暂定; takes the complaint or a viewer's projection of it. */
export function activeDeadline(
  c: Pick<Complaint, 'status' | 'deadlines' | 'emergency' | 'respondedAt'>,
): { kind: ClockKind; at: number; provisional: boolean } | null {
  const d = c.deadlines
  switch (c.status) {
    case 'accepted':
      return d.dispatchDueAt ? { kind: 'dispatch', at: d.dispatchDueAt, provisional: isProvisional(d, 'dispatchDueAt') } : null
    case 'dispatched':
    case 'investigating':
    case 'plan_pending':
    case 'handling':
    case 'reopened':
      if (c.emergency && !c.respondedAt && d.responseDueAt) return { kind: 'response', at: d.responseDueAt, provisional: false }
      return d.handlingDueAt ? { kind: 'handling', at: d.handlingDueAt, provisional: isProvisional(d, 'handlingDueAt') } : null
    default:
      return null
  }
}

/** Whether a deadline has passed at `now`. */
export function isOverdue(deadline: number | undefined, now: number): boolean {
  return deadline !== undefined && now > deadline
}
