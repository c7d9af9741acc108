/**
 * The emergency alert chain (issue 14, H1-E, H4-3), as pure rules: how a complaint is flagged at
 * filing (the 紧急 switch, the text rules, staff), who is on the chain and may acknowledge it (接警),
 * who each escalation step reaches, and what the message of a lost race says.
 *
 * The chain: step 0 the people on duty (the department's and customer service's, by the roster;
 * the whole department or centre when the roster names nobody then), step 1 the duty supervisors,
 * step 2 the manager, then everyone again every `escalateMinutes` until someone acknowledges.
 */
import { formatInstant, type WorkCalendar } from './calendar'
import { responseDue } from './deadlines'
import type { NotificationIntent } from './lifecycle'
import type { Complaint, Deadlines, EmergencyAlert, PersonRef } from './model'
import type { Actor } from './policy'
import { onDuty, type DutyRoster } from './roster'
import type { OfficeSettings } from './settings'
import { detectEmergency, effectiveRules, type EmergencyResult } from './triage'
import { CUSTOMER_SERVICE } from '@shared/departments'

const MINUTE = 60_000
/** Rules that fire for an emergency the complainant flagged with no words the rules know: call for help. */
const DEFAULT_HINTS = ['call_help']

/** Labels of the chain's steps, as the timeline and the staff view say them. */
export const STEP_LABELS = ['值班人员', '值班主管', '管理处经理', '全部接警人员'] as const

/** Label of step `n` (3 and on: everyone again). */
export const stepLabel = (n: number) => STEP_LABELS[Math.min(n, 3)]

/** What filing learnt about an emergency: the switch, and what the office's rules read in the text. */
export interface IntakeTriage {
  emergency: boolean
  alert?: EmergencyAlert
  detection: EmergencyResult
}

/**
 * H1-E at filing: reads the complaint's text, place and category with the office's rules. It is an
 * emergency when the complainant (or staff) flagged it or the rules fired; then its alert is
 * prepared — open, step 0, the clock from `receivedAt` — with the words that fired. Staff of
 * customer service (or the manager) who flag it themselves have already judged it: confirmed.
 * @param c the draft complaint (description, category, location, createdAt = received).
 */
export function triageAtIntake(
  c: Pick<Complaint, 'description' | 'category' | 'location' | 'createdAt'>,
  flagged: boolean,
  flaggedBy: { staff: boolean; judged: boolean },
  settings: OfficeSettings,
): IntakeTriage {
  const detection = detectEmergency(c.description, { category: c.category, location: c.location }, effectiveRules(settings.emergency))
  if (!flagged && !detection.emergency) return { emergency: false, detection }
  const hints = detection.hints.map((h) => h.key as string)
  const alert: EmergencyAlert = {
    source: flagged ? (flaggedBy.staff ? 'staff' : 'complainant') : 'detected',
    rules: detection.matched.map((m) => ({ id: m.rule.id, name: m.rule.name, words: m.words })),
    setAside: detection.negatedOrPast.map((d) => d.reason),
    hints: hints.length ? hints : DEFAULT_HINTS,
    state: 'open',
    review: flagged && flaggedBy.judged ? 'confirmed' : 'pending',
    raisedAt: c.createdAt,
    step: 0,
    nextAt: null,
  }
  return { emergency: true, alert, detection }
}

/**
 * The alert an emergency starts with when it is dispatched (H1-E): the one prepared at filing, or —
 * for one staff flag at acceptance — a confirmed one. Its first step is due `escalateMinutes` from now.
 */
export function raisedAlert(c: Complaint, now: number, settings: OfficeSettings, by?: PersonRef): EmergencyAlert {
  const base: EmergencyAlert = c.alert ?? {
    source: 'staff',
    rules: [],
    setAside: [],
    hints: DEFAULT_HINTS,
    state: 'open',
    review: 'confirmed',
    raisedAt: c.createdAt,
    step: 0,
    nextAt: null,
  }
  const reviewed = base.review === 'confirmed' && by && !base.reviewed ? { by, at: now } : base.reviewed
  return { ...base, state: 'open', step: 0, nextAt: now + settings.alerts.escalateMinutes * MINUTE, reviewed }
}

/** The reason the acceptance event gives: the words that fired, when the rules flagged it. */
export function intakeReason(alert: EmergencyAlert | undefined): string {
  if (alert?.source !== 'detected') return '紧急投诉自动受理'
  return `系统识别为紧急投诉：${alert.rules.map((r) => `${r.name}（提到${r.words.map((w) => `“${w}”`).join('、')}）`).join('；')}`
}

/** Who step `step` of the chain alerts (kind `emergency` at step 0, then escalations, then everyone of steps 0–2 again, once each). */
export function stepAudience(step: number, departmentCode: string | undefined): NotificationIntent[] {
  const kind = step === 0 ? 'emergency' : 'emergency_escalation'
  const to = (audience: NotificationIntent['audience']): NotificationIntent => ({ kind, audience, departmentCode })
  if (step === 0) return [to('on_duty')]
  if (step === 1) return [to('duty_supervisors')]
  if (step === 2) return [to('managers')]
  return [to('alert_chain')]
}

/** People on duty for a department at any of the instants (the chain reaches those on duty when it starts and now). */
function dutyAt(roster: DutyRoster, departmentCode: string, instants: number[], calendar: WorkCalendar): string[] {
  return instants.flatMap((t) => onDuty(roster, departmentCode, t, calendar))
}

/**
 * Whether `actor` is on the alert chain of `c` now: the manager always; staff of the complaint's
 * department or of customer service who are on duty (when it was raised or now) — or all of them
 * when the roster named nobody of theirs on duty, as then all were alerted; their supervisors once
 * the chain reached step 1.
 */
export function onChain(c: Complaint, actor: Actor, settings: OfficeSettings, calendar: WorkCalendar, now: number): boolean {
  if (actor.role === 'manager') return true
  const a = c.alert
  const dept = actor.departmentCode
  if (!a || !dept || (dept !== c.departmentCode && dept !== CUSTOMER_SERVICE)) return false
  if (a.step >= 1 && actor.role === 'supervisor') return true
  const onDutyNow = dutyAt(settings.roster, dept, [a.raisedAt, now], calendar)
  return onDutyNow.length === 0 || onDutyNow.includes(actor.openid)
}

/** The acknowledgement as a sentence for whoever comes second: `已由张洁于 10:03 接警`. */
export function acknowledgedBy(a: EmergencyAlert | undefined): string | null {
  if (!a?.acknowledged) return null
  return `已由${a.acknowledged.by.name}于 ${formatInstant(a.acknowledged.at, 'HH:mm')} 接警`
}

/** An acknowledgement by `by` at `at` (接警, or by taking or assigning the complaint); the chain stops. */
export function acknowledged(a: EmergencyAlert, by: PersonRef, at: number, via: NonNullable<EmergencyAlert['acknowledged']>['via']) {
  return { ...a, state: 'acknowledged' as const, nextAt: null, acknowledged: { by, at, via } }
}

/**
 * C3, issue 14: a complaint withdrawn while nobody has acknowledged its emergency — the chain stops
 * (nothing is left to act on, and neither the red banner nor the timer may keep it). @returns the patch, or none.
 */
export function chainStopped(c: Pick<Complaint, 'alert'>): Partial<Pick<Complaint, 'alert'>> {
  return c.alert?.state === 'open' ? { alert: { ...c.alert, state: 'cleared', nextAt: null } } : {}
}

/** H4-3: the deadlines with an emergency's first-response clock counted from receipt (`createdAt`), when it runs. */
export function responseFromReceipt<D extends Deadlines>(d: D, c: Pick<Complaint, 'createdAt'>, settings: OfficeSettings): D {
  return d.responseDueAt === undefined ? d : { ...d, responseDueAt: responseDue(c.createdAt, settings.deadlines) }
}
