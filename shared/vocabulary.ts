/**
 * The procedure's vocabulary: every enumerated value with its Chinese label beside it
 * (PROCEDURE.md glossary, G2, A1, A4, H3, H4, F2). Pure data, safe to import from the mini-program.
 */

/** Service categories a complaint can be about (G2). */
export const CATEGORIES = {
  cleaning: '清洁卫生',
  landscaping: '绿化养护',
  security: '公共秩序维护',
  engineering: '工程维修',
  parking: '车辆管理',
  customer_service: '客户服务',
  other: '其他后勤保障服务',
} as const
export type Category = keyof typeof CATEGORIES

/** Channels a complaint can arrive through (A1). `miniprogram` is the resident filing it themself. */
export const CHANNELS = {
  miniprogram: '小程序',
  onsite: '现场',
  phone: '电话',
  letter: '信函',
  fax: '传真',
  email: '电子邮件',
  official_account: '公众号',
  owner_group: '业主群',
  /** W1: a work order from the city's 12345 hotline, registered by staff with the hotline's number and deadline. */
  hotline: '12345热线',
} as const
export type Channel = keyof typeof CHANNELS
/** Channels whose registration waits for the complainant's confirmation (A3). */
export const CONFIRMATION_CHANNELS: readonly Channel[] = ['onsite', 'phone']

/**
 * A department of the office, by its code (`customer_service`, `cleaning`, or one the manager added).
 * Departments are office data, not vocabulary: their list and names are in the settings
 * (shared/departments.ts, `OfficeSettings.departments`), so a code is any string settings name.
 */
export type DepartmentCode = string

/** Who a user is to the system. Residents are owners or occupants (G2). */
export const ROLES = {
  resident: '业主/住户',
  agent: '客服专员',
  handler: '承办人',
  supervisor: '部门主管',
  manager: '管理处经理',
} as const
export type Role = keyof typeof ROLES
export type StaffRole = Exclude<Role, 'resident'>

/** Lifecycle states of a complaint. */
export const STATUSES = {
  awaiting_confirmation: '待投诉人确认',
  submitted: '待受理',
  refused: '不予受理',
  accepted: '已受理',
  dispatched: '已派单',
  investigating: '调查中',
  plan_pending: '方案待审批',
  handling: '处理中',
  resolved: '已办结待评价',
  return_visit: '待回访',
  reopened: '重新处理',
  escalated: '已升级经理',
  closed: '已结案',
  withdrawn: '已撤销',
} as const
export type Status = keyof typeof STATUSES

/** How a closed complaint ended (F2–F4, A2-3). */
export const CLOSURES = {
  satisfied: '满意结案',
  dissatisfied_final: '不满意结案',
  no_response: '未评价结案',
} as const
export type Closure = keyof typeof CLOSURES

/** Deadline tiers (H4-1, H4-2, H4-3). */
export const TIERS = {
  general: '一般投诉',
  complex: '复杂/重大投诉',
  emergency: '紧急投诉',
} as const
export type Tier = keyof typeof TIERS

/** Grounds on which a complaint may be refused, and only these (A4). */
export const REFUSAL_GROUNDS = {
  'A4-R1': '不属于物业管理处职责范围',
  'A4-R2': '无具体事实或无有效联系方式',
  'A4-R3': '已进入诉讼、仲裁或行政复议程序',
  'A4-R4': '重复投诉且无新事实、新理由',
  'A4-R5': '经核实属诬告、诽谤或恶意攻击',
} as const
export type RefusalGround = keyof typeof REFUSAL_GROUNDS

/** Handling modes (H3). */
export const HANDLING_MODES = {
  explanation: '解释说明',
  rectification: '立即整改',
  coordination: '协调处理',
  plan: '制定处理方案',
} as const
export type HandlingMode = keyof typeof HANDLING_MODES

/** Satisfaction levels, 5 = very satisfied … 1 = very dissatisfied (F2). */
export const SATISFACTION = {
  5: '非常满意',
  4: '满意',
  3: '一般',
  2: '不满意',
  1: '非常不满意',
} as const
export type SatisfactionLevel = 1 | 2 | 3 | 4 | 5

/** How a return visit was made (F2). `self` is the complainant rating in the mini-program. */
export const RETURN_VISIT_CHANNELS = {
  self: '业主自评',
  phone: '电话回访',
  in_person: '上门回访',
} as const
export type ReturnVisitChannel = keyof typeof RETURN_VISIT_CHANNELS

/** W4: the satisfaction result the 12345 hotline returns after calling the complainant back. */
export const HOTLINE_SATISFACTION = {
  satisfied: '满意',
  basically_satisfied: '基本满意',
  dissatisfied: '不满意',
} as const
export type HotlineSatisfaction = keyof typeof HOTLINE_SATISFACTION

/** Where a complainant can go when the office could not satisfy them (F3). */
export const RECOURSE_NOTICE =
  '如对处理结果仍不满意，您可向当地住房和城乡建设主管部门（物业管理行政主管部门）反映，或拨打 12345 政务服务便民热线。'

/** Why a complainant withdraws a complaint before its result (C3); `other` needs their own words. */
export const WITHDRAWAL_REASONS = {
  resolved_self: '已自行解决',
  mistaken: '误提交',
  other: '其他',
} as const
export type WithdrawalReason = keyof typeof WITHDRAWAL_REASONS

/** Who an urge (C2) reaches, by role as the complainant is told — never by name. */
export const URGE_TARGETS = {
  customer_service: '客户服务中心',
  assignee: '承办人',
  department: '承办部门',
  department_supervisor: '部门主管',
  managers: '管理处经理',
} as const
export type UrgeTarget = keyof typeof URGE_TARGETS

/** Button and timeline labels of every lifecycle action (lifecycle.ts). */
export const ACTION_LABELS = {
  submit: '提交投诉',
  register: '代为登记',
  confirm: '确认登记内容',
  accept: '受理',
  refuse: '不予受理',
  dispatch: '派单',
  transfer: '转派',
  take: '接单',
  assign: '指派承办人',
  add_note: '记录调查',
  record_statement: '记录员工陈述',
  set_mode: '确定处理方式',
  submit_plan: '提交处理方案',
  approve_plan: '批准方案',
  return_plan: '退回方案',
  request_extension: '申请延期',
  approve_extension: '批准延期',
  reject_extension: '驳回延期',
  give_result: '反馈处理结果',
  rate: '评价',
  record_return_visit: '记录回访',
  final_reply: '经理答复并结案',
  mark_return_visit_due: '转待回访',
  close_no_response: '未评价结案',
  warn_deadline: '临期提醒',
  escalate: '超时升级',
  acknowledge_emergency: '接警',
  confirm_emergency: '确认紧急',
  clear_emergency: '解除紧急',
  escalate_emergency: '紧急告警升级',
  add_info: '补充信息',
  urge: '催办',
  withdraw: '撤销投诉',
  // Not a transition: the system recounting 暂定 deadlines once the holiday schedule is entered (H4).
  recount_deadlines: '重新计算期限',
  summarise_allegation: '填写告知员工的投诉要点',
  // W3, W4: a 12345 work order's reply to the hotline and the hotline's own satisfaction result.
  hotline_reply: '回复12345热线',
  hotline_satisfaction: '记录热线满意度',
  // Matters (issue 18): the lead complaint's result shared with a linked one (a transition), and,
  // not transitions, linking to and unlinking from a matter.
  share_result: '事项统一办结',
  link_matter: '关联事项',
  unlink_matter: '解除关联事项',
} as const
export type ActionLabelKey = keyof typeof ACTION_LABELS

/** Label lookup that never returns undefined for a known table. */
export function label<T extends Record<string, string>>(table: T, key: string | undefined | null): string {
  if (key == null) return ''
  return (table as Record<string, string>)[key] ?? key
}
