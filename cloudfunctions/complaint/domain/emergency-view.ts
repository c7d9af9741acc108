/**
 * What a caller sees of an emergency and of what comes next (issue 14): staff see the alert chain —
 * how it was flagged and on which words, the step it reached, who acknowledged (接警) or cleared it;
 * the complainant sees at once that it is treated as urgent and what to do now (the office's duty
 * phone, 119/110/120 or the lift rescue number as the manager set them) and, for every complaint,
 * by when it will be accepted and dispatched (H1) and, for an emergency, responded to (H4-3).
 */
import { dispatchDue } from './deadlines'
import { stepLabel } from './emergency'
import type { TransitionContext } from './lifecycle'
import type { Complaint, EmergencyAlert } from './model'
import type { Disclosure } from './disclosure'
import type { AlertSettings } from './settings'
import { EMERGENCY_HINTS, type HintKey } from './triage'
import { BEFORE_DISPATCH } from '@shared/status-groups'

export const ALERT_SOURCES = { complainant: '投诉人标记紧急', detected: '系统识别', staff: '工作人员标记紧急' } as const
export const ALERT_STATES = { open: '待接警', acknowledged: '已接警', cleared: '已解除' } as const
export const ALERT_REVIEWS = { pending: '待客服确认', confirmed: '客服已确认', cleared: '客服已解除' } as const

/** The alert chain as staff see it. */
export interface AlertView {
  source: EmergencyAlert['source']
  sourceLabel: string
  rules: { name: string; words: string[] }[]
  setAside: string[]
  state: EmergencyAlert['state']
  stateLabel: string
  review: EmergencyAlert['review']
  reviewLabel: string
  step: number
  stepLabel: string
  raisedAt: number
  nextAt: number | null
  acknowledged?: { name: string; at: number; minutes: number }
  reviewed?: { name: string; at: number; reason?: string }
}

/** What the complainant is told to do now. */
export interface EmergencyNotice {
  title: string
  hints: string[]
  /** Numbers to call, the office's duty phone first. */
  calls: { label: string; number: string }[]
  /** H4-3: someone responds by then (from receipt). */
  respondBy?: number
}

/** By when what happens next (Shanghai time on the client). */
export interface Expectation {
  /** H1: accepted and dispatched by then (before dispatch). */
  acceptBy?: number
  /** H4-3: an emergency responded to by then. */
  respondBy?: number
  /** H4: handled by then, once the handling clock runs. */
  handleBy?: number
}

export interface EmergencyViews {
  alert?: AlertView
  emergencyNotice?: EmergencyNotice
  expectation?: Expectation
}

function alertView(a: EmergencyAlert): AlertView {
  return {
    source: a.source,
    sourceLabel: ALERT_SOURCES[a.source],
    rules: a.rules.map((r) => ({ name: r.name, words: r.words })),
    setAside: a.setAside,
    state: a.state,
    stateLabel: ALERT_STATES[a.state],
    review: a.review,
    reviewLabel: ALERT_REVIEWS[a.review],
    step: a.step,
    stepLabel: stepLabel(a.step),
    raisedAt: a.raisedAt,
    nextAt: a.nextAt,
    acknowledged: a.acknowledged && {
      name: a.acknowledged.by.name,
      at: a.acknowledged.at,
      minutes: Math.floor((a.acknowledged.at - a.raisedAt) / 60_000),
    },
    reviewed: a.reviewed && { name: a.reviewed.by.name, at: a.reviewed.at, reason: a.reviewed.reason },
  }
}

/** Which numbers each hint points to (the lift rescue line, 119, 120, 110). */
const CALLS_OF: Record<HintKey, (keyof AlertSettings['numbers'])[]> = {
  elevator_rescue: ['liftRescue'],
  gas: ['fire'],
  power_off: ['fire', 'medical'],
  fire: ['fire'],
  water_valve: [],
  clear_exit: ['fire'],
  medical: ['medical'],
  keep_away: ['medical', 'police'],
  police: ['police'],
  call_help: ['police', 'fire', 'medical'],
}
const CALL_LABELS: Record<keyof AlertSettings['numbers'], string> = {
  fire: '火警',
  police: '报警',
  medical: '急救',
  liftRescue: '电梯救援',
}

/** A hint's words, with the lift rescue number as the office set it. */
function hintText(key: HintKey, numbers: AlertSettings['numbers']): string {
  const text = EMERGENCY_HINTS[key] ?? ''
  return numbers.liftRescue && numbers.liftRescue !== '96333' ? text.replace('多数城市为 96333', `本地为 ${numbers.liftRescue}`) : text
}

/** The complainant's notice for an emergency that is not cleared, nor withdrawn (C3). */
export function emergencyNotice(c: Complaint, alerts: AlertSettings): EmergencyNotice | undefined {
  if (!c.emergency || !c.alert || c.alert.state === 'cleared' || c.status === 'withdrawn') return undefined
  const keys = c.alert.hints.filter((h): h is HintKey => h in EMERGENCY_HINTS)
  const numbers = [...new Set(keys.flatMap((k) => CALLS_OF[k]))].filter((k) => alerts.numbers[k])
  return {
    title: '已按紧急投诉处理，值班人员正在赶来',
    hints: keys.map((k) => hintText(k, alerts.numbers)),
    calls: [
      ...(alerts.dutyPhone ? [{ label: '物业值班电话', number: alerts.dutyPhone }] : []),
      ...numbers.map((k) => ({ label: CALL_LABELS[k], number: alerts.numbers[k] })),
    ],
    respondBy: c.respondedAt ? undefined : c.deadlines.responseDueAt,
  }
}

/** H1: accepted and dispatched within the dispatch time of receipt, if the calendar knows that far. */
function acceptBy(c: Complaint, ctx: TransitionContext): number | undefined {
  if (!BEFORE_DISPATCH.includes(c.status) || c.status === 'awaiting_confirmation') return undefined
  try {
    return c.deadlines.dispatchDueAt ?? dispatchDue(c.createdAt, ctx.settings.deadlines, ctx.calendar)
  } catch {
    return undefined // CALENDAR_UNKNOWN_YEAR: staff are told; the resident simply sees no date
  }
}

/** By when what happens next, for the complainant. */
function expectationOf(c: Complaint, ctx: TransitionContext): Expectation {
  return {
    acceptBy: acceptBy(c, ctx),
    respondBy: c.emergency && !c.respondedAt ? c.deadlines.responseDueAt : undefined,
    handleBy: c.deadlines.handlingDueAt,
  }
}

/**
 * The parts of the view about the emergency and what comes next, for a viewer at `level`
 * (disclosure.ts): staff who open the record see the chain; the complainant their notice and dates.
 */
export function emergencyViews(c: Complaint, ctx: TransitionContext, level: Disclosure): EmergencyViews {
  const staff = level === 'contact' || level === 'masked'
  const own = level === 'complainant'
  return {
    alert: staff && c.alert ? alertView(c.alert) : undefined,
    emergencyNotice: own ? emergencyNotice(c, ctx.settings.alerts) : undefined,
    expectation: own ? expectationOf(c, ctx) : undefined,
  }
}
