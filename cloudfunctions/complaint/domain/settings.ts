/**
 * Office settings with the procedure's defaults. Clauses marked (inferred) in PROCEDURE.md ship
 * here as defaults an office can change, never as constants in the rules.
 */
import type { CalendarSettings } from './calendar'
import type { DutyRoster } from './roster'
import type { EmergencySettings } from './triage/rules'
import { CUSTOMER_SERVICE, DEFAULT_DEPARTMENTS, type Department } from '@shared/departments'
import type { Category, DepartmentCode } from '@shared/vocabulary'

/** Retention settings (the manager's, issue 15; rules in domain/privacy.ts), with the defaults. */
export interface RetentionSettings {
  /** Closed complaints' personal fields are anonymised this many months after closing. */
  anonymiseAfterMonths: number
  /** Closed complaints' photos and other files are deleted this many months after closing. */
  deleteFilesAfterMonths: number
}

export const DEFAULT_RETENTION: RetentionSettings = { anonymiseAfterMonths: 36, deleteFilesAfterMonths: 12 }

export interface DeadlineSettings {
  /** H1: dispatch within this many working days of acceptance. */
  dispatchWorkdays: number
  /** H4-1: general complaints handled within this many working days. */
  generalWorkdays: number
  /** H4-2 (inferred): complex or major complaints. */
  complexWorkdays: number
  /** H4-2 (inferred): an extension may reach at most this many working days from acceptance. */
  extensionCapWorkdays: number
  /** H4-3 (inferred): someone acting on an emergency within this many hours, around the clock. */
  emergencyResponseHours: number
  /** H4-3 (inferred): an emergency handled within this many hours. */
  emergencyHandlingHours: number
  /** F2 (inferred): return visit within this many working days of the result. */
  returnVisitWorkdays: number
  /** F4 (inferred): closed as "no response" this many calendar days after the result. */
  noResponseDays: number
  /** V1 (inferred): warn the handler this many hours before a working-day deadline. */
  warnHoursBefore: number
  /** V1 (inferred): warn this many minutes before an emergency deadline. */
  emergencyWarnMinutesBefore: number
  /** C2 (inferred): the complainant may urge after this many hours without a step they can see. */
  urgeQuietHours: number
}

/**
 * The estate (小区) the office manages: its buildings and public areas. They feed the filing
 * form's place picker, and a room is checked against the buildings (A2: the registration form
 * records where the complainant lives, written so staff find it by room). No buildings: no check.
 */
export interface EstateSettings {
  /**
   * Buildings by the name written before "栋" ("3", "A"); `units` 0 when it has no units; `code`
   * the building's place code (C5), kept when it is renamed.
   */
  buildings: { name: string; units: number; code?: string }[]
  /** Public areas residents complain about, as they are called on site (小区大门, 中心花园…). */
  areas: string[]
  /** C5: the place code of each public area (code → its current name), kept when it is renamed. */
  areaCodes?: Record<string, string>
  /** C5: the last place code number given out; codes are never given twice. */
  codeSeq?: number
}

export interface OfficeSettings {
  officeName: string
  estate: EstateSettings
  deadlines: DeadlineSettings
  /**
   * The office's departments in the order screens list them (domain/departments.ts has the rules
   * of changing them): every code stored on a complaint, a staff member or an invite is here.
   */
  departments: Department[]
  /** H1: which department handles each category — always an active one; configurable by the office. */
  routing: Record<Category, DepartmentCode>
  calendar: CalendarSettings
  /**
   * WeCom (企业微信) group robots, the staff channel beside subscription messages (MESSAGES.md):
   * webhook key per department's group (by code), and `office` for the management group. Secrets.
   */
  wecomRobots: Partial<Record<DepartmentCode | 'office', string>>
  /** PIPL art. 19: how long closed complaints keep their personal fields and files (issue 15). */
  retention: RetentionSettings
  /** Emergency alerts (issue 14): the channels without per-message consent, the escalation step, what residents are told. */
  alerts: AlertSettings
  /** The duty roster (值班表) the alert chain reaches first (issue 14). */
  roster: DutyRoster
  /** The manager's changes to the built-in emergency rules (triage/rules.ts, H1-E). */
  emergency: EmergencySettings
}

/**
 * Emergency alerts (issue 14, H1-E). The secrets of the channels (WeCom corp secret, SMS keys) are
 * never here: they live in the `alert` function's environment; these are the office's choices.
 */
export interface AlertSettings {
  /** Minutes without an acknowledgement before the next step of the chain (duty supervisor, manager, everyone again). */
  escalateMinutes: number
  /** Send WeCom application messages (企业微信应用消息) to staff who bound their WeCom account. */
  wecomApp: boolean
  /** Send SMS to the people alerted and to the duty phone. */
  sms: boolean
  /** The office's 24-hour duty phone (值班电话), told to residents. */
  dutyPhone: string
  /** The duty mobile (值班手机) texted at every step of every emergency chain when SMS is on. */
  dutyMobile: string
  /** Numbers residents are told to call, as the office's city has them. */
  numbers: { fire: string; police: string; medical: string; liftRescue: string }
}

export const DEFAULT_ALERTS: AlertSettings = {
  escalateMinutes: 5,
  wecomApp: false,
  sms: false,
  dutyPhone: '',
  dutyMobile: '',
  numbers: { fire: '119', police: '110', medical: '120', liftRescue: '96333' },
}

export const DEFAULT_DEADLINES: DeadlineSettings = {
  dispatchWorkdays: 1,
  generalWorkdays: 3,
  complexWorkdays: 7,
  extensionCapWorkdays: 15,
  emergencyResponseHours: 2,
  emergencyHandlingHours: 24,
  returnVisitWorkdays: 3,
  noResponseDays: 7,
  warnHoursBefore: 8,
  emergencyWarnMinutesBefore: 30,
  urgeQuietHours: 24,
}

/** H1: default routing of categories to departments (sample-complaints.json departments). */
export const DEFAULT_ROUTING: Record<Category, DepartmentCode> = {
  cleaning: 'cleaning',
  landscaping: 'landscaping',
  security: 'security',
  engineering: 'engineering',
  parking: 'parking',
  customer_service: CUSTOMER_SERVICE,
  other: CUSTOMER_SERVICE,
}

/** Public areas almost every estate has, until the office lists its own. */
export const DEFAULT_AREAS = ['小区大门', '地下车库', '中心花园', '儿童游乐区', '垃圾收集点', '物业服务中心']

export const DEFAULT_SETTINGS: OfficeSettings = {
  officeName: '物业管理处',
  estate: { buildings: [], areas: DEFAULT_AREAS },
  deadlines: DEFAULT_DEADLINES,
  departments: DEFAULT_DEPARTMENTS.map((d) => ({ ...d })),
  routing: DEFAULT_ROUTING,
  calendar: { years: {}, closures: [] },
  wecomRobots: {},
  retention: DEFAULT_RETENTION,
  alerts: DEFAULT_ALERTS,
  roster: { shifts: [], swaps: [] },
  emergency: { custom: [], disabled: [], addedTerms: {} },
}

/** Stored settings over the defaults; missing keys keep their default. */
export function withDefaults(stored: Partial<OfficeSettings> | null | undefined): OfficeSettings {
  const s = stored ?? {}
  return {
    officeName: s.officeName ?? DEFAULT_SETTINGS.officeName,
    estate: estateWithDefaults(s.estate),
    deadlines: { ...DEFAULT_DEADLINES, ...s.deadlines },
    // An office that never edited its departments has the six it started with (migration 002 writes them down).
    departments: (s.departments?.length ? s.departments : DEFAULT_DEPARTMENTS).map((d) => ({ ...d })),
    routing: { ...DEFAULT_ROUTING, ...s.routing },
    calendar: { years: { ...s.calendar?.years }, closures: [...(s.calendar?.closures ?? [])] },
    wecomRobots: { ...s.wecomRobots },
    retention: { ...DEFAULT_RETENTION, ...s.retention },
    ...emergencyWithDefaults(s),
  }
}

/** Issue 14's parts of the settings: alerts, roster and emergency rules over their defaults. */
function emergencyWithDefaults(s: Partial<OfficeSettings>): Pick<OfficeSettings, 'alerts' | 'roster' | 'emergency'> {
  const alerts = s.alerts ?? DEFAULT_ALERTS
  const roster = s.roster ?? { shifts: [], swaps: [] }
  const rules = s.emergency ?? DEFAULT_SETTINGS.emergency
  return {
    alerts: { ...DEFAULT_ALERTS, ...alerts, numbers: { ...DEFAULT_ALERTS.numbers, ...alerts.numbers } },
    roster: { shifts: [...(roster.shifts ?? [])], swaps: [...(roster.swaps ?? [])] },
    emergency: { custom: [...(rules.custom ?? [])], disabled: [...(rules.disabled ?? [])], addedTerms: { ...rules.addedTerms } },
  }
}

/** The stored estate, or none listed yet: no buildings, the usual public areas. */
function estateWithDefaults(estate: Partial<EstateSettings> | undefined): EstateSettings {
  return {
    buildings: [...(estate?.buildings ?? [])],
    areas: [...(estate?.areas ?? DEFAULT_AREAS)],
    areaCodes: { ...estate?.areaCodes },
    codeSeq: estate?.codeSeq ?? 0,
  }
}
