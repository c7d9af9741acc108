/** How states look: one tone per status, so a glance at a list tells waiting, moving, done, in trouble. */
import type { Closure, Status } from '@shared/vocabulary'
import { AWAITING_RATING, IN_PROGRESS } from '@shared/status-groups'

export type Tone = 'blue' | 'green' | 'orange' | 'red' | 'purple' | 'grey'

export const STATUS_TONE: Record<Status, Tone> = {
  awaiting_confirmation: 'orange',
  submitted: 'orange',
  refused: 'grey',
  accepted: 'blue',
  dispatched: 'blue',
  investigating: 'blue',
  plan_pending: 'purple',
  handling: 'blue',
  resolved: 'green',
  return_visit: 'orange',
  reopened: 'red',
  escalated: 'red',
  closed: 'grey',
  withdrawn: 'grey',
}

/** A closed complaint takes the tone of how it closed. */
export const CLOSURE_TONE: Record<Closure, Tone> = {
  satisfied: 'green',
  dissatisfied_final: 'red',
  no_response: 'grey',
}

/** Which clock a deadline belongs to (deadlines.ts ClockKind), as a card names it. */
export const CLOCK_LABELS: Record<string, string> = {
  dispatch: '派单',
  response: '响应',
  handling: '办结',
}

/** Statuses a resident thinks of as "still being worked on" (the shared kernel's IN_PROGRESS). */
export const OPEN_STATUSES: readonly Status[] = IN_PROGRESS
/** Waiting for the resident's rating. */
export const RATING_STATUSES: readonly Status[] = AWAITING_RATING

/** What happens next, in the complainant's words, under the status on their detail page. */
export const STATUS_HINT: Record<Status, string> = {
  awaiting_confirmation: '等待您核对并确认登记内容',
  submitted: '客户服务中心将尽快核实并受理您的投诉',
  refused: '您的投诉未予受理，理由和说明见下方',
  accepted: '已受理，正在安排承办部门',
  dispatched: '已派给承办部门，等待处理人员接单',
  investigating: '承办人员正在调查核实',
  plan_pending: '处理方案正在审批中',
  handling: '正在按处理方案处理',
  resolved: '已处理完毕，请对处理结果进行评价',
  return_visit: '客户服务中心将对处理结果进行回访',
  reopened: '已按您的意见重新处理，并由部门主管督办',
  escalated: '已转管理处经理处理',
  closed: '投诉已结案，感谢您的监督',
  withdrawn: '您已撤销此投诉；如问题再次出现，可重新投诉并引用本投诉',
}
