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
  /** Issue 16: the estate the caller works in or lives in now (null: a resident who has joined none). */
  estate?: EstateRef | null
  /** Issue 16: staff — every estate they belong to with their role there; residents — the estates they joined (role 'resident'). */
  estates?: EstateMembership[]
  /** Issue 16: a company role over every estate: the company administrator or the quality department (品质部). */
  companyRole?: CompanyRole
}

/** Issue 16: an estate (小区/项目) as named to its people. */
export interface EstateRef {
  code: string
  name: string
}

/** Issue 16: an estate the caller belongs to, and their role in it. */
export interface EstateMembership extends EstateRef {
  role: Role
}

/** Issue 16: the roles over the whole company (not tied to one estate). */
export type CompanyRole = 'admin' | 'quality'

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
  /** Issue 16: set on a message of another of the caller's estates (opening it switches there). */
  estate?: string
  estateName?: string
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
