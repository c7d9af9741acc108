/**
 * Chinese labels of the stored values the procedure's vocabulary (./vocabulary) does not list,
 * defined once for the mini-program, the registration form and the exports: investigation record
 * kinds (H2), plan and extension decisions (H3-PLAN, H3-EXT), confirmation methods (A3),
 * supervision levels (V1), corrective and preventive actions (S3) and notification kinds.
 * Pure data, safe to import from the mini-program.
 */

/**
 * A table of labels by stored value: its own keys give a label, and any other string may be
 * looked up too (a value this build does not know yet gives undefined, so pages can fall back).
 */
export type LabelTable<K extends string> = Readonly<Record<K, string>> & { readonly [key: string]: string }

const table = <K extends string>(labels: Record<K, string>): LabelTable<K> => labels as LabelTable<K>

/** Kinds of investigation record (H2). */
export const RECORD_KINDS = table({
  note: '调查记录',
  site_visit: '现场勘查',
  evidence: '证据材料',
})

/** A handling plan's state (H3-PLAN): the words of the 批准方案 / 退回方案 decisions. */
export const PLAN_STATUS = table({
  pending: '待审批',
  approved: '已批准',
  returned: '已退回',
})

/** An extension request's state (H3-EXT): the words of the 批准延期 / 驳回延期 decisions. */
export const EXTENSION_STATUS = table({
  pending: '待审批',
  approved: '已批准',
  rejected: '已驳回',
})

/** How the complainant confirmed a staff registration (A3). */
export const CONFIRM_METHODS = table({
  miniprogram: '小程序确认',
  signature: '现场签字确认',
  phone_readback: '电话复述确认',
})

/** How far an overdue complaint was escalated (V1), by `Supervision.level` 0, 1, 2. */
export const SUPERVISION_LEVELS = ['未升级', '已升级至主管', '已升级至经理'] as const

/** Whether the content check held the complainant's text for staff review. */
export const CONTENT_REVIEW = table({
  pending: '待人工审核',
  passed: '已通过',
})

/** A corrective or preventive action's state (S3). */
export const IMPROVEMENT_STATUSES = table({
  open: '未开始',
  in_progress: '进行中',
  done: '已完成',
})
export type ImprovementStatus = 'open' | 'in_progress' | 'done'

/** Corrective or preventive (S3). */
export const IMPROVEMENT_KINDS = table({
  corrective: '纠正措施',
  preventive: '预防措施',
})
export type ImprovementKind = 'corrective' | 'preventive'

/** Notification kinds (the complaint function's message catalogue) as the manager reads them among dead letters. */
export const NOTIFICATION_KINDS = table({
  accepted: '投诉受理通知',
  refused: '不予受理通知',
  confirm_request: '请投诉人确认登记',
  extension: '处理期限调整',
  result: '处理结果通知',
  recourse: '升级至经理通知',
  final_reply: '经理答复通知',
  rating_reminder: '评价提醒',
  new_complaint: '新投诉待受理',
  emergency: '紧急投诉处置',
  task: '新工单提醒',
  approval: '待审批提醒',
  plan_decided: '方案审批结果',
  extension_decided: '延期审批结果',
  reopened: '重新处理提醒',
  escalated: '升级至经理提醒',
  return_visit_due: '待回访提醒',
  deadline_warning: '临期提醒',
  escalation: '超时督办',
})
