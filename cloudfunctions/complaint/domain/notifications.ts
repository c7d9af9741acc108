/**
 * The message catalogue: for each notification kind, the subscription template it uses, the
 * status word, and the values drawn from the complaint as the recipient may see it (issue 4, F1,
 * H1-E, H3-EXT, V1; G3-P5: values come from the recipient's projection, domain/disclosure.ts, so a
 * message says no more than its reader may see). Field keys come from config/messages.json;
 * values pass through message-fields.ts.
 */
import { formatInstant } from './calendar'
import { isProvisional } from './deadlines'
import type { SeenComplaint } from './disclosure'
import type { StatusPhrase, FieldInput } from './message-fields'
import { stepLabel } from './emergency'
import { CATEGORIES, REFUSAL_GROUNDS, WITHDRAWAL_REASONS } from '@shared/vocabulary'

export type TemplateName = 'complaint_accepted' | 'complaint_progress' | 'complaint_result' | 'rating_reminder' | 'staff_task'

/** Logical values; config/messages.json maps each to the template's keyword key. */
export type LogicalValues = Partial<Record<'no' | 'subject' | 'status' | 'time' | 'note' | 'deadline' | 'result', FieldInput>>

export interface MessageSpec {
  template: TemplateName
  /** In-app message list title (the fallback channel when no quota is left). */
  title: string
  values: (c: SeenComplaint, now: number) => LogicalValues
  /** The whole text the in-app message shows where the subscription message's field is shortened (a refusal's explanation). */
  detail?: (c: SeenComplaint) => string | undefined
}

/** The matter in a few words: its category, and its place where the reader may know it. */
const subject = (c: SeenComplaint) => (c.location ? `${CATEGORIES[c.category]}·${c.location}` : CATEGORIES[c.category])
const due = (at?: number) => (at ? `${formatInstant(at, 'M月D日 HH:mm')}前` : '')
/** H4: a handling deadline counted before the year's holidays were entered is said to be 暂定, not 预计. */
const expected = (c: SeenComplaint) =>
  `${isProvisional(c.deadlines, 'handlingDueAt') ? '暂定' : '预计'}${due(c.deadlines.handlingDueAt)}处理完毕`
const staffTask = (
  title: string,
  status: StatusPhrase,
  note: (c: SeenComplaint) => string,
  time?: (c: SeenComplaint, now: number) => number,
): MessageSpec => ({
  template: 'staff_task',
  title,
  values: (c, now) => ({ subject: subject(c), no: c.no, status, time: time ? time(c, now) : now, note: note(c) }),
})

/** Every kind a transition can ask for (lifecycle.ts NotificationIntent.kind). */
export const MESSAGE_KINDS: Record<string, MessageSpec> = {
  accepted: {
    template: 'complaint_accepted',
    title: '您的投诉已受理',
    values: (c, now) => ({
      no: c.no,
      subject: subject(c),
      status: '已受理',
      time: c.acceptedAt ?? now,
      note: c.deadlines.handlingDueAt ? expected(c) : '我们将尽快处理',
    }),
  },
  refused: {
    template: 'complaint_accepted',
    title: '您的投诉未予受理',
    values: (c, now) => ({
      no: c.no,
      subject: subject(c),
      status: '不予受理',
      time: c.refusal?.at ?? now,
      // The explanation itself, shortened to the field's limit here and whole in the app.
      note: c.refusal ? c.refusal.explanation || REFUSAL_GROUNDS[c.refusal.ground] : '详见小程序',
    }),
    detail: (c) => (c.refusal ? `${REFUSAL_GROUNDS[c.refusal.ground]}：${c.refusal.explanation}` : undefined),
  },
  confirm_request: {
    template: 'complaint_accepted',
    title: '请确认投诉登记内容',
    values: (c, now) => ({ no: c.no, subject: subject(c), status: '待确认', time: c.createdAt ?? now, note: '请核对登记内容并确认' }),
  },
  extension: {
    template: 'complaint_progress',
    title: '投诉处理期限调整',
    values: (c) => ({
      no: c.no,
      status: '已延期',
      deadline: c.deadlines.handlingDueAt ?? Date.now(),
      note: c.extension?.status === 'approved' ? c.extension.reason : '已制定处理方案',
    }),
  },
  deadline_recounted: {
    template: 'complaint_progress',
    title: '投诉处理期限已按放假安排确定',
    values: (c, now) => ({
      no: c.no,
      status: '已延期',
      deadline: c.deadlines.handlingDueAt ?? now,
      note: '按国家法定节假日安排重新计算',
    }),
  },
  result: {
    template: 'complaint_result',
    title: '投诉已处理完毕，请评价',
    values: (c, now) => ({
      no: c.no,
      result: c.result?.summary ?? '已处理',
      status: '已办结',
      time: c.resolvedAt ?? now,
      note: '请对处理结果进行评价',
    }),
  },
  recourse: {
    template: 'complaint_result',
    title: '投诉已转管理处经理处理',
    values: (c, now) => ({ no: c.no, result: '已转管理处经理处理', status: '已升级', time: now, note: '亦可向住建部门或12345反映' }),
  },
  final_reply: {
    template: 'complaint_result',
    title: '管理处经理已答复',
    values: (c, now) => ({
      no: c.no,
      result: c.finalReply?.text ?? '经理已答复',
      status: '已结案',
      time: c.closedAt ?? now,
      note: '如仍不满意可拨打12345',
    }),
  },
  rating_reminder: {
    template: 'rating_reminder',
    title: '请评价投诉处理结果',
    values: (c) => ({ no: c.no, subject: subject(c), note: '请对处理结果进行评价' }),
  },
  new_complaint: staffTask('新投诉待受理', '待受理', (c) => (c.emergency ? '紧急投诉' : '请及时受理')),
  emergency: staffTask(
    '紧急投诉，请立即处置',
    '紧急',
    () => '请立即到场处置',
    (c, now) => c.deadlines.responseDueAt ?? now,
  ),
  // Issue 14: the alert chain's next steps, and what the complainant hears of it.
  emergency_escalation: staffTask(
    '紧急投诉无人接警，请立即处置',
    '紧急',
    (c) => `无人接警，已通知${stepLabel(c.alert?.step ?? 1)}`,
    (c, now) => c.deadlines.responseDueAt ?? now,
  ),
  emergency_acknowledged: {
    template: 'complaint_progress',
    title: '工作人员已接警',
    values: (c, now) => ({
      no: c.no,
      status: '处理中',
      deadline: c.deadlines.handlingDueAt ?? now,
      note: `${c.alert?.acknowledged?.by.name ?? '工作人员'}已接警，正在处置`,
    }),
  },
  emergency_cleared: {
    template: 'complaint_progress',
    title: '投诉按一般投诉处理',
    values: (c, now) => ({
      no: c.no,
      status: '处理中',
      deadline: c.deadlines.handlingDueAt ?? now,
      note: c.alert?.reviewed?.reason ?? '经核实非紧急情况',
    }),
    detail: (c) => c.alert?.reviewed?.reason,
  },
  task: staffTask(
    '新的投诉工单',
    '待接单',
    (c) => `请于${due(c.deadlines.handlingDueAt)}处理${isProvisional(c.deadlines, 'handlingDueAt') ? '（暂定）' : ''}`,
    (c, now) => c.deadlines.handlingDueAt ?? now,
  ),
  approval: staffTask('有待审批事项', '待审批', (c) => (c.extension?.status === 'pending' ? '延期申请待审批' : '处理方案待审批')),
  plan_decided: staffTask('处理方案已审批', '处理中', (c) => (c.plan?.status === 'approved' ? '方案已批准' : '方案被退回')),
  extension_decided: staffTask('延期申请已审批', '处理中', (c) => (c.extension?.status === 'approved' ? '延期已批准' : '延期未获批准')),
  reopened: staffTask('投诉人不满意，已重新处理', '已升级', (c) => c.rating?.comment || '投诉人不满意'),
  escalated: staffTask('二次不满意，升级至经理', '已升级', (c) => c.rating?.comment || '投诉人二次不满意'),
  return_visit_due: staffTask('待回访', '待回访', () => '业主未评价，请电话回访'),
  deadline_warning: staffTask(
    '工单即将到期',
    '处理中',
    () => '即将到期，请抓紧处理',
    (c, now) => c.deadlines.handlingDueAt ?? c.deadlines.dispatchDueAt ?? now,
  ),
  escalation: staffTask(
    '工单已超时',
    '已超时',
    () => '已超时，请督办',
    (c, now) => c.deadlines.handlingDueAt ?? c.deadlines.dispatchDueAt ?? now,
  ),
  // The complainant's own part (C1–C4).
  info_added: staffTask('投诉人补充了信息', '已补充', (c) =>
    c.additions?.at(-1)?.photos.length ? '补充了文字或照片，请查看' : '请查看补充内容',
  ),
  urged: staffTask('投诉人催办', '催办', (c) => `第${c.urges?.length ?? 1}次催办，请尽快处理`),
  withdrawn: staffTask(
    '投诉人已撤销投诉',
    '已撤销',
    (c) => `撤销原因：${c.withdrawal ? WITHDRAWAL_REASONS[c.withdrawal.reason] : '未说明'}`,
  ),
  resident_message: staffTask('投诉人留言', '新留言', () => '请在小程序中查看并回复'),
  reply: {
    template: 'complaint_progress',
    title: '物业回复了您的留言',
    values: (c, now) => ({
      no: c.no,
      status: '新回复',
      deadline: c.deadlines.handlingDueAt ?? c.thread?.staffAt ?? now,
      note: '请在小程序中查看回复',
    }),
  },
}

/** Where a message opens in the mini-program. */
export function messagePage(complaintId: string): string {
  return `pages/detail/index?id=${complaintId}`
}

const VALUE_LABELS: Record<string, string> = {
  no: '编号',
  subject: '事项',
  status: '状态',
  time: '时间',
  deadline: '期限',
  result: '结果',
  note: '说明',
}

/**
 * A message's facts as readable lines (label, text), in Asia/Shanghai time — for channels other
 * than subscription messages (the in-app list's detail, a staff group robot). `c` is the
 * complaint as the readers may see it.
 */
export function messageValues(kind: string, c: SeenComplaint, now: number): { title: string; lines: [string, string][] } {
  const spec = MESSAGE_KINDS[kind]
  if (!spec) throw new Error(`unknown message kind ${kind}`)
  const v = spec.values(c, now) as Record<string, FieldInput | undefined>
  const lines = Object.entries(VALUE_LABELS)
    .filter(([k]) => v[k] !== undefined && v[k] !== '')
    .map(([k, label]): [string, string] => [label, typeof v[k] === 'number' ? formatInstant(v[k] as number) : String(v[k])])
  return { title: spec.title, lines }
}
