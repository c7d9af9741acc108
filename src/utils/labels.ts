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
