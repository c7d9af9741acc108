/**
 * The registration form (物业后勤服务投诉登记表, A2/V2), defined once: its sections, rows and their
 * Chinese labels and values, and the processing record of every event. The printable page
 * (complaint.form) and the .xlsx export (report export.form) both render this, so a form reads
 * the same on paper and in a spreadsheet. Built from the complaint as the viewer may see it
 * (disclosure.ts), never from the stored record, so it cannot show more than the viewer may see
 * (G3-P5, H2-S). Pure.
 */
import { dayOf, formatInstant } from './calendar'
import { isProvisional } from './deadlines'
import type { Disclosure, Seen, SeenComplaint } from './disclosure'
import { eventDetails } from './event-details'
import type { CountedClock, PersonRef, Rating } from './model'
import { CONFIRM_METHODS, CONTENT_REVIEW, EXTENSION_STATUS, PLAN_STATUS, RECORD_KINDS, SUPERVISION_LEVELS } from '@shared/labels'
import {
  ACTION_LABELS,
  CATEGORIES,
  CHANNELS,
  CLOSURES,
  HANDLING_MODES,
  REFUSAL_GROUNDS,
  RETURN_VISIT_CHANNELS,
  ROLES,
  SATISFACTION,
  STATUSES,
  TIERS,
  label,
  HOTLINE_SATISFACTION,
} from '@shared/vocabulary'
import { departmentName, type Department } from '@shared/departments'

/** A row: its label and its value in words ('—' when there is none). */
export type FormRow = [label: string, value: string]

/** A section of the form: its title and its rows, in order. */
export interface FormSection {
  title: string
  rows: FormRow[]
}

/** One event of the processing record (处理记录). */
export interface FormEvent {
  at: string
  action: string
  actor: string
  change: string
  note: string
}

/** The processing record's columns, in order, with their titles. */
export const EVENT_COLUMNS: [keyof FormEvent, string][] = [
  ['at', '时间'],
  ['action', '操作'],
  ['actor', '操作人'],
  ['change', '状态变化'],
  ['note', '说明'],
]

/** The registration form as complaint.form answers it (photos and signature as URLs there) and export.form lays it out. */
export interface RegistrationForm {
  title: string
  no: string
  /** When the form was made (printed or exported), Shanghai time. */
  madeAt: string
  /** Whether some of the complainant's details are masked or hidden for this viewer (G3-P5). */
  masked: boolean
  /** What the viewer is not shown and why, or '' when nothing is held back. */
  notice: string
  sections: FormSection[]
  eventColumns: [keyof FormEvent, string][]
  events: FormEvent[]
  /** fileIDs of the photos, in order. */
  photos: string[]
  /** fileID of the complainant's signature, when the viewer may see it. */
  signature?: string
}

export const FORM_TITLE = '物业后勤服务投诉登记表'

/** The words for what a viewer is not shown, by level (the complainant's contact shown in full says nothing). */
const NOTICES: Record<Disclosure, string> = {
  complainant: '',
  contact: '投诉人联系方式已按权限隐去部分信息',
  masked: '投诉人联系方式已按权限隐去部分信息',
  accused: '本投诉涉及您本人，按规定只显示投诉要点，不显示投诉人信息',
  none: '',
}

/** A form's matter: the complaint of a viewer's projection, and whether its instants are to the day only. */
type Form = SeenComplaint & { dayOnly?: boolean }

const NONE = '—'
const t = (at?: number) => (at ? formatInstant(at) : '')
const yes = (b: boolean | undefined) => (b ? '是' : '否')
const who = (p?: PersonRef) => (p ? `${p.name}（${p.role === 'system' ? '系统' : label(ROLES, p.role)}）` : '')
/** `text（by，time）`, the way the form names who recorded something and when. */
const signed = (text: string, by: string, at: number) => `${text}（${by}，${t(at)}）`

/** Rows of `[label, value]`, with '—' for a missing value. */
const rows = (pairs: [string, string | number | undefined | null][]): FormRow[] =>
  pairs.map(([k, v]) => [k, v === undefined || v === null || v === '' ? NONE : String(v)])

type Pair = [string, string | number | undefined | null]

/** W1, W2: a 12345 work order's number and the hotline's deadline (rows only on a work order). */
const hotlineOrder = (c: Form): Pair[] =>
  c.hotline
    ? [
        ['12345工单号', c.hotline.orderNo],
        ['热线办理时限', t(c.hotline.dueAt)],
      ]
    : []

/** W3, W4: the reply returned to the hotline and the hotline's result, as the viewer's projection has them. */
function hotlineExchange(c: Form): Pair[] {
  const h = c.hotline
  if (!h) return []
  const r = h.reply
  const s = h.satisfaction
  return [
    ['回复热线', r && `${signed(r.text, r.by.name, r.at)}${r.at <= h.dueAt ? '' : '（超过热线时限）'}`],
    ['热线满意度', s && `${HOTLINE_SATISFACTION[s.result]}${s.note ? `：${s.note}` : ''}`],
  ]
}

function basics(c: Form): FormSection {
  return {
    title: '基本信息',
    rows: rows([
      ['投诉编号', c.no],
      ['状态', STATUSES[c.status]],
      ['结案方式', c.closure && CLOSURES[c.closure]],
      ['投诉渠道', CHANNELS[c.channel]],
      ...hotlineOrder(c),
      ['投诉类别', CATEGORIES[c.category]],
      ['投诉级别', TIERS[c.tier]],
      ['紧急投诉', yes(c.emergency)],
      ['投诉时间', c.dayOnly ? dayOf(c.createdAt) : t(c.createdAt)],
      ['最后更新', c.dayOnly ? '' : t(c.updatedAt)],
      ['记录版本', c.version],
    ]),
  }
}

function complainant(c: Form): FormSection {
  const p = c.complainant
  if (!p) return { title: '投诉人', rows: rows([['投诉人', '不显示']]) }
  return {
    title: '投诉人',
    rows: rows([
      ['姓名', p.name],
      ['房号', p.room],
      ['联系电话', p.phone],
      ['小程序用户', yes(p.usesMiniProgram)],
    ]),
  }
}

function matter(c: Form): FormSection {
  return {
    title: '投诉事项',
    rows: rows([
      ['地点', c.location],
      [c.dayOnly ? '投诉要点' : '内容', c.description],
      ['涉及人员', c.involved],
      ['被投诉员工', c.subjectStaff?.name],
      ['照片', c.photos.length ? `${c.photos.length} 张` : '无'],
      ['内容审核', CONTENT_REVIEW[c.contentReview ?? 'passed']],
    ]),
  }
}

/** A3: whether and how the complainant confirmed a staff registration. */
function confirmation(c: Form): string {
  const k = c.confirmation
  if (!k.required) return '无需确认'
  if (!k.at) return '待确认'
  return `已确认：${label(CONFIRM_METHODS, k.method ?? 'miniprogram')}，${t(k.at)}${k.by ? `，${who(k.by)}` : ''}`
}

/** Who recorded it: the staff member who registered it, or the resident themself in the mini-program. */
const registeredBy = (c: Form) => (c.registeredBy ? who(c.registeredBy) : c.channel === 'miniprogram' && !c.dayOnly ? '业主自行提交' : '')

function intake(c: Form, repeatOfNo?: string): FormSection {
  const r = c.refusal
  return {
    title: '受理',
    rows: rows([
      ['首问责任人', c.firstContact && `${c.firstContact.name}（${t(c.firstContact.at)}）`],
      ['登记人', registeredBy(c)],
      ['投诉人确认', confirmation(c)],
      ['投诉人签字', c.confirmation.signed ? '已签字' : '无'],
      ['受理时间', t(c.acceptedAt)],
      ['重复投诉关联', c.repeatOf && (repeatOfNo ?? '已关联')],
      ['不予受理', r && signed(`${r.ground} ${REFUSAL_GROUNDS[r.ground]}：${r.explanation}`, who(r.by), r.at)],
    ]),
  }
}

/** H3-PLAN: the plan, its decision and its steps. */
function plan(c: Form): string {
  const p = c.plan
  if (!p) return ''
  const steps = p.steps.map((s, i) => `${i + 1}. ${s}`).join('\n')
  const note = p.decisionNote ? `\n审批意见：${p.decisionNote}` : ''
  return `负责人：${p.owner}；完成日期：${p.deadline}；状态：${PLAN_STATUS[p.status]}\n${steps}${note}`
}

/** H3-EXT: the extension asked for and its decision. */
function extension(c: Form): string {
  const x = c.extension
  if (!x) return ''
  const note = x.decisionNote ? `；审批意见：${x.decisionNote}` : ''
  return `延至 ${x.newDeadline}：${x.reason}（${EXTENSION_STATUS[x.status]}${note}）`
}

function investigation(c: Form): string {
  return c.investigation
    .map((i) => `${t(i.at)} ${RECORD_KINDS[i.kind]} ${i.by.name}：${i.text}${i.files.length ? `（附件 ${i.files.length}）` : ''}`)
    .join('\n')
}

function handling(c: Form, departments: readonly Department[]): FormSection {
  const dept = (code?: string | null) => departmentName(departments, code)
  const s = c.statement
  const res = c.result
  return {
    title: '调查与处理',
    rows: rows([
      ['承办部门', dept(c.departmentCode)],
      ['承办人', c.assignee?.name],
      ['派单时间', t(c.dispatchedAt)],
      ['首次响应', t(c.respondedAt)],
      ['处理方式', c.mode && HANDLING_MODES[c.mode]],
      ['协同部门', (c.coordinatingDepartments ?? []).map(dept).join('、')],
      ['调查记录', investigation(c)],
      ['告知员工的投诉要点', c.allegation && !c.dayOnly ? signed(c.allegation.text, c.allegation.by.name, c.allegation.at) : ''],
      ['员工陈述', s && signed(s.text, `${s.recordedBy.name} 记录`, s.at)],
      ['处理方案', plan(c)],
      ['延期申请', extension(c)],
      ['处理结果', res && signed(res.summary, `${HANDLING_MODES[res.mode]}，${res.by.name}`, res.at)],
      ['办结时间', t(c.resolvedAt)],
    ]),
  }
}

function deadlines(c: Form): FormSection {
  const d = c.deadlines ?? {}
  // H4: a running deadline counted before its year's holidays were entered reads 暂定.
  const counted = (clock: CountedClock) => `${t(d[clock])}${isProvisional(d, clock, c.status) ? '（暂定）' : ''}`
  return {
    title: '期限与督办',
    rows: rows([
      ['派单期限', counted('dispatchDueAt')],
      ['响应期限', t(d.responseDueAt)],
      ['处理期限', counted('handlingDueAt')],
      ['回访期限', counted('returnVisitDueAt')],
      ['未评价自动结案', t(d.autoCloseAt)],
      ['超时升级', SUPERVISION_LEVELS[c.supervision?.level ?? 0]],
    ]),
  }
}

/** F2: a rating in words: level, how it was given, and the comment. */
const rating = (r: Rating) => `${SATISFACTION[r.level]}（${RETURN_VISIT_CHANNELS[r.channel]}）${r.comment ? `：${r.comment}` : ''}`

function feedback(c: Form): FormSection {
  const f = c.finalReply
  return {
    title: '回访与评价',
    rows: rows([
      ['当前评价', c.rating && rating(c.rating)],
      ['评价记录', (c.ratings ?? []).map((r) => `${t(r.at)} ${rating(r)}`).join('\n')],
      ['重新处理次数', c.reopenCount ?? 0],
      ['经理答复', f && signed(f.text, f.by.name, f.at)],
      ['结案时间', t(c.closedAt)],
      ...hotlineExchange(c),
    ]),
  }
}

function processingRecord(v: Seen, departments: readonly Department[]): FormEvent[] {
  return v.events.map((e) => ({
    at: t(e.at),
    action: label(ACTION_LABELS, e.action),
    actor: who(e.actor),
    change: e.from && e.from !== e.to ? `${STATUSES[e.from]} → ${STATUSES[e.to]}` : STATUSES[e.to],
    note: [e.reason, eventDetails(e.action, e.data, departments)].filter(Boolean).join('；'),
  }))
}

/**
 * The registration form of the complaint in `view`, made at `now` (ms UTC).
 * Takes the viewer's projection (disclosure.ts, with its events) and the number of the complaint
 * it repeats (A4-R4); returns the form with photo and signature fileIDs (the caller turns them
 * into URLs to display).
 */
export function registrationForm(view: Seen, now: number, departments: readonly Department[], repeatOfNo?: string): RegistrationForm {
  const c: Form = { ...view.complaint, dayOnly: view.dayOnly }
  return {
    title: FORM_TITLE,
    no: c.no,
    madeAt: formatInstant(now),
    masked: !view.revealed,
    notice: view.revealed ? '' : NOTICES[view.level],
    sections: [basics(c), complainant(c), matter(c), intake(c, repeatOfNo), handling(c, departments), deadlines(c), feedback(c)],
    eventColumns: EVENT_COLUMNS,
    events: processingRecord(view, departments),
    photos: [...c.photos],
    signature: c.confirmation.signatureFile,
  }
}
