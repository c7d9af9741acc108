/**
 * An event's details (`ComplaintEvent.data`, V2) in words, for the registration form's
 * processing record: the department (by its name in settings), the verdict on time, the rating…
 * each with the label the app uses. Pure.
 */
import { CONFIRM_METHODS, RECORD_KINDS } from '@shared/labels'
import { departmentNames, type Department } from '@shared/departments'
import { HANDLING_MODES, REFUSAL_GROUNDS, RETURN_VISIT_CHANNELS, SATISFACTION, TIERS, URGE_TARGETS, label } from '@shared/vocabulary'

type Describe = (value: unknown) => string

const named =
  (title: string, table: Record<string, string>): Describe =>
  (v) =>
    `${title}：${label(table, String(v))}`
const plain =
  (title: string, unit = ''): Describe =>
  (v) =>
    `${title}：${String(v)}${unit}`
const verdict =
  (title: string): Describe =>
  (v) =>
    `${title}：${v === false ? '超时' : '按时'}`

/**
 * How each detail reads. Details the event's reason already says (the deadline of a warning or an
 * escalation, the recourse notice) and internal references (repeatOf, a complaint id) are left out.
 */
const DETAILS: Record<string, Describe> = {
  tier: named('投诉级别', TIERS),
  onTime: verdict('时限'),
  onTimeResponse: verdict('响应'),
  method: named('确认方式', CONFIRM_METHODS),
  ground: (v) => `理由：${String(v)} ${label(REFUSAL_GROUNDS, String(v))}`,
  assignee: plain('承办人'),
  kind: named('记录类型', RECORD_KINDS),
  mode: named('处理方式', HANDLING_MODES),
  deadline: plain('完成日期'),
  steps: plain('步骤', ' 项'),
  newDeadline: plain('延至'),
  channel: named('回访方式', RETURN_VISIT_CHANNELS),
  escalatedTo: (v) => `转交：${v === 'manager' ? '管理处经理' : '部门主管'}`,
  // The complainant's own part (C1–C3).
  photos: (v) => (Number(v) > 0 ? `照片：${String(v)} 张` : ''),
  reopen: (v) => (v === true ? '要求重新处理' : v === false ? '仅补充，不重新处理' : ''),
  count: plain('第', ' 次'),
  to: (v) => `通知：${(Array.isArray(v) ? v : []).map((t) => label(URGE_TARGETS, String(t))).join('、')}`,
}

/** Actions whose details are all in their reason (V1 warnings and escalations, H4 recounts of 暂定 deadlines). */
const SAID_BY_REASON = new Set(['warn_deadline', 'escalate', 'recount_deadlines'])

/**
 * Takes an event's action and data and the office's departments; returns its details in words,
 * joined with '；' ('' when none). `level` is a satisfaction level on rating events (F2) and said by
 * the reason elsewhere.
 */
export function eventDetails(action: string, data: Record<string, unknown> | undefined, departments: readonly Department[]): string {
  if (!data || SAID_BY_REASON.has(action)) return ''
  const names = departmentNames(departments)
  const withDepartments: Record<string, Describe> = {
    ...DETAILS,
    departmentCode: named('承办部门', names),
    fromDepartment: named('原承办部门', names),
  }
  return Object.entries(data)
    .map(([key, value]) => {
      if (value === undefined || value === null) return ''
      if (key === 'level') return `评价：${label(SATISFACTION, String(value))}`
      return withDepartments[key]?.(value) ?? ''
    })
    .filter(Boolean)
    .join('；')
}
