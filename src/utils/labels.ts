/**
 * Chinese labels for the few schema values the domain vocabulary does not name (record kinds,
 * plan and extension decisions, confirmation methods). Presentation only.
 */
export const RECORD_KINDS: Record<string, string> = {
  note: '调查记录',
  site_visit: '现场勘查',
  evidence: '证据材料',
}

export const PLAN_STATUS: Record<string, string> = {
  pending: '待审批',
  approved: '已批准',
  returned: '已退回',
}

export const EXTENSION_STATUS: Record<string, string> = {
  pending: '待审批',
  approved: '已批准',
  rejected: '未批准',
}

export const CONFIRM_METHODS: Record<string, string> = {
  miniprogram: '投诉人在小程序确认',
  signature: '投诉人现场签字确认',
  phone_readback: '电话复述后投诉人确认',
}

/** Notification kinds (the function's message catalogue) as the manager reads them among dead letters. */
export const NOTIFICATION_KINDS: Record<string, string> = {
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
}
