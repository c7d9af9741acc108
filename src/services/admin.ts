/**
 * The office manager's administration (docs/API.md): settings, staff invites and undeliverable
 * notifications. The server validates everything and answers in Chinese; pages show that as it is.
 */
import { call } from './api'
import type { UserView } from './types'
import type { OfficeSettings, DeadlineSettings } from '@domain/settings'
import type { CalendarSettings, YearSchedule } from '@domain/calendar'
import type { DepartmentEdit, DepartmentView } from '@domain/departments'
import type { DepartmentCode, StaffRole } from '@shared/vocabulary'

export type { OfficeSettings, DeadlineSettings, CalendarSettings, YearSchedule, DepartmentView }

export interface SettingsData {
  settings: OfficeSettings
  /** The years the holiday package ships, and the last year with an official schedule (later deadlines are 暂定). */
  calendar: { packageYears: { first: number; last: number }; lastKnownYear: number }
  /** Issue 14: the built-in emergency rules (for the rules page) and what each hint tells the resident. */
  emergencyRules: { builtIn: { id: string; name: string; terms: string[]; hint: string }[]; hints: Record<string, string> }
  /** The listed departments with their supervisors, active staff and open complaints. */
  departments: DepartmentView[]
}

export interface SettingsPatch {
  officeName?: string
  estate?: Partial<OfficeSettings['estate']>
  deadlines?: Partial<DeadlineSettings>
  /** The whole department list in its order: rows without a code are new; a listed department left out is removed. */
  departments?: DepartmentEdit[]
  routing?: Partial<OfficeSettings['routing']>
  calendar?: { years?: Record<string, YearSchedule>; closures?: string[] }
  /** WeCom group robot webhook keys by group; '' removes one (saved keys come back masked). */
  wecomRobots?: Record<string, string>
  /** Issue 14: the emergency alerts' channels, step and numbers. */
  alerts?: Partial<Omit<OfficeSettings['alerts'], 'numbers'>> & { numbers?: Partial<OfficeSettings['alerts']['numbers']> }
  /** Issue 14: the duty roster, replaced whole. */
  roster?: OfficeSettings['roster']
  /** Issue 14: the manager's changes to the built-in emergency rules, replaced whole. */
  emergency?: OfficeSettings['emergency']
  /** Months after closing before files are deleted and personal fields anonymised (issue 15). */
  retention?: Partial<OfficeSettings['retention']>
}

/** Current settings with their defaults, and the years the working calendar knows. */
export function getSettings(): Promise<SettingsData> {
  return call('settings.get')
}

/** Saves a part of the settings (merged over the current ones by the server). */
export function saveSettings(patch: SettingsPatch): Promise<SettingsData> {
  return call('settings.save', patch)
}

export interface InviteInput {
  role: StaffRole
  departmentCode: DepartmentCode
  name: string
  phone?: string
  /** Issue 16: the estate the invitee joins (the company administrator inviting an estate's first manager); the caller's current one if left out. */
  estate?: string
}

/** A staff invite as stored: open until used or past `expiresAt`. */
export interface Invite {
  code: string
  role: StaffRole
  departmentCode: DepartmentCode
  name: string
  phone?: string
  createdAt: number
  expiresAt: number
  usedBy: string | null
  usedAt: number | null
  /** As the server reports it (invite.list). */
  status?: 'open' | 'used' | 'expired' | 'revoked'
  usedByName?: string | null
}

/** Issues a one-time invite code for a staff member (valid for 7 days). */
export function createInvite(input: InviteInput): Promise<{ code: string; expiresAt: number }> {
  return call('invite.create', input)
}

/** Invites issued, newest first (open, used or expired). */
export function listInvites(): Promise<Invite[]> {
  return call('invite.list')
}

/** Every staff account of every role (agents and the manager too), active or not. */
export function listAllStaff(): Promise<UserView[]> {
  return call('staff.list', { all: true })
}

/** Stops a staff account: it can no longer act, and is no longer offered for assigning. */
export function deactivateStaff(openid: string): Promise<UserView> {
  return call('staff.deactivate', { openid })
}

/** Restores a deactivated staff account. */
export function reactivateStaff(openid: string): Promise<UserView> {
  return call('staff.reactivate', { openid })
}

/** A notification that could not be delivered, and why, per recipient. */
export interface DeadLetter {
  id: string
  complaintId?: string
  kind: string
  audience?: unknown
  createdAt: number
  attempts?: number
  failures: { openid: string; error: string }[]
}

/** Undeliverable notifications, newest first. */
export function listDeadLetters(): Promise<DeadLetter[]> {
  return call('outbox.deadLetters')
}

/** Queues a dead letter's failed recipients again. */
export function retryDeadLetter(id: string): Promise<{ id: string; status: string }> {
  return call('outbox.retry', { id })
}
