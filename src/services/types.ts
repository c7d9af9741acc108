/**
 * Shapes the `complaint` function returns that the domain does not define as view types yet
 * (docs/API.md names them). Complaint shapes come from `@domain/view` directly.
 */
import type { Category, DepartmentCode, Role } from '@shared/vocabulary'
import type { Department } from '@shared/departments'
import type { EstateSettings } from '@domain/settings'

export type { ComplaintSummary, ComplaintView, EventView, FileView } from '@domain/view'
export type { ActionName } from '@domain/validation'

/** A user as the function shows them (me.get, staff.list, residents.find). */
export interface UserView {
  openid?: string
  role: Role
  roleLabel?: string
  name: string
  phone?: string
  room?: string
  departmentCode?: DepartmentCode
  departmentName?: string
  /** false once the manager has deactivated a staff account (staff.list with `all`). */
  active?: boolean
  /** Staff: the WeCom account emergency alerts go to (issue 14). */
  wecomUserId?: string
}

export interface MeData {
  openid: string
  user: UserView | null
  unreadMessages: number
  /** The caller's folder in cloud storage (shared/uploads.ts): where their uploads must go. */
  fileKey: string
}

/** Consent groups: the template ids to ask for on each kind of tap (MESSAGES.md, at most 3). */
export interface SubscribeGroups {
  submit: string[]
  rate: string[]
  staff: string[]
  /** C4: the complainant's message tap asks for the reply notice. */
  reply?: string[]
}

export interface MetaData {
  templates: Record<string, string>
  subscribe: SubscribeGroups
  /** The office's departments (settings, in their order; removed ones kept for their names): see useDepartments. */
  departments: Department[]
  routing: Record<Category, DepartmentCode>
  officeName: string
  /** The estate's buildings and public areas: the place picker, and how rooms are written. */
  estate?: EstateSettings
  /** Messages left per template for the caller: one acceptance = one message (MESSAGES.md). */
  quota?: Record<string, number>
  /** Staff only (null for residents): from 1 November on, a missing next year comes with a message to show. */
  calendar?: CalendarStatus | null
}

/** meta.get's calendar: `missingYear` and `message` are null while the calendar knows next year. */
export interface CalendarStatus {
  lastKnownYear: number
  missingYear: number | null
  /** The missing year is the current one: deadlines fail now (shown to all staff then). */
  urgent?: boolean
  message: string | null
}

/** One in-app message (the fallback channel beside subscription messages). */
export interface InboxItem {
  id: string
  title: string
  /** Notification kind (accepted, result, task …). */
  kind?: string
  /** The message's values as sent in the subscription message (number, subject, status, note …). */
  fields?: string[]
  /** The whole text where a field is shortened (a refusal's explanation). */
  detail?: string
  complaintId?: string
  complaintNo?: string
  read: boolean
  at: number
}

export interface Page<T> {
  items: T[]
  total: number
  page: number
  pageSize: number
}

export type ListScope = 'mine' | 'tasks' | 'queue' | 'approvals' | 'escalated' | 'all'

export type ConsentResult = 'accept' | 'reject' | 'ban' | 'filter'
