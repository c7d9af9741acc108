/**
 * The two clocks (H1 dispatch, H4 handling) and the feedback clocks (F2, F4), computed on the
 * working-day calendar in Asia/Shanghai from UTC instants.
 */
import type { WorkCalendar } from './calendar'
import type { Complaint, Deadlines } from './model'
import type { DeadlineSettings } from './settings'
import type { Tier } from '@shared/vocabulary'

const HOUR = 3_600_000
const DAY = 24 * HOUR

/**
 * Handling deadline for a tier, counted from `from` (ms UTC).
 * H4-1 general: n working days; H4-2 complex: n working days; H4-3 emergency: hours, around the clock.
 * @throws AppError CALENDAR_UNKNOWN_YEAR beyond the calendar's last known year.
 */
export function handlingDue(tier: Tier, from: number, s: DeadlineSettings, cal: WorkCalendar): number {
  if (tier === 'emergency') return from + s.emergencyHandlingHours * HOUR
  return cal.deadlineAfter(from, tier === 'complex' ? s.complexWorkdays : s.generalWorkdays)
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

/** F2 and F4 clocks, started by the result. */
export function feedbackDeadlines(
  resolvedAt: number,
  s: DeadlineSettings,
  cal: WorkCalendar,
): Pick<Deadlines, 'returnVisitDueAt' | 'autoCloseAt'> {
  return {
    returnVisitDueAt: cal.deadlineAfter(resolvedAt, s.returnVisitWorkdays),
    autoCloseAt: resolvedAt + s.noResponseDays * DAY,
  }
}

export type ClockKind = 'dispatch' | 'response' | 'handling'

/** The deadline supervision watches in the complaint's current state, if any (V1); takes the complaint or a viewer's projection of it. */
export function activeDeadline(
  c: Pick<Complaint, 'status' | 'deadlines' | 'emergency' | 'respondedAt'>,
): { kind: ClockKind; at: number } | null {
  const d = c.deadlines
  switch (c.status) {
    case 'accepted':
      return d.dispatchDueAt ? { kind: 'dispatch', at: d.dispatchDueAt } : null
    case 'dispatched':
    case 'investigating':
    case 'plan_pending':
    case 'handling':
    case 'reopened':
      if (c.emergency && !c.respondedAt && d.responseDueAt) return { kind: 'response', at: d.responseDueAt }
      return d.handlingDueAt ? { kind: 'handling', at: d.handlingDueAt } : null
    default:
      return null
  }
}

/** Whether a deadline has passed at `now`. */
export function isOverdue(deadline: number | undefined, now: number): boolean {
  return deadline !== undefined && now > deadline
}
