/**
 * What the .xlsx exports contain, as rows of cells: the registration form (登记表, A2/V2: every
 * field of the record and its events), a list of complaints, and the period report (S1). Pure.
 * `full` says whether the caller may see the complainant's name and phone (G3-P5): otherwise
 * they are masked, and residents' names in the timeline too.
 */
import { formatInstant } from '../../complaint/domain/calendar'
import type { Complaint, ComplaintEvent } from '../../complaint/domain/model'
import { maskName, maskPhone } from '../../complaint/domain/policy'
import {
  ACTION_LABELS,
  CATEGORIES,
  CHANNELS,
  CLOSURES,
  DEPARTMENTS,
  HANDLING_MODES,
  REFUSAL_GROUNDS,
  RETURN_VISIT_CHANNELS,
  ROLES,
  SATISFACTION,
  STATUSES,
  TIERS,
  label,
} from '@shared/vocabulary'
// eslint-disable-next-line no-restricted-imports -- TODO(#13): the sheet shape belongs to the domain
import type { Cell, SheetSpec } from '../infra/xlsx'
import type { Breakdown, Count, PeriodReport, Rate } from './figures'
import { HIST_MAX } from './pipelines'

const t = (at?: number) => (at ? formatInstant(at, 'YYYY-MM-DD HH:mm') : '')
const dept = (code?: string | null) => (code ? label(DEPARTMENTS, code) : '')
const yes = (b: boolean | undefined) => (b ? '是' : '否')
const who = (p?: { name: string; role: string }, full = true) =>
  p ? `${p.role === 'resident' && !full ? maskName(p.name) : p.name}（${p.role === 'system' ? '系统' : label(ROLES, p.role)}）` : ''

/** The complainant as this caller may see them. */
export function complainantCells(c: Complaint, full: boolean, hidden: boolean): [string, string, string] {
  if (hidden) return ['', '', '']
  return full
    ? [c.complainant.name, c.complainant.room, c.complainant.phone]
    : [maskName(c.complainant.name), c.complainant.room, maskPhone(c.complainant.phone)]
}

/** The registration form: one row per field, grouped by section (A2, V2). */
export function formSheets(c: Complaint, events: ComplaintEvent[], full: boolean, now: number): SheetSpec[] {
  const [name, room, phone] = complainantCells(c, full, false)
  const d = c.deadlines ?? {}
  const rows: Cell[][] = []
  const section = (title: string, fields: [string, Cell][]) => {
    rows.push([`【${title}】`, ''])
    rows.push(...fields)
  }
  section('基本信息', [
    ['投诉编号', c.no],
    ['状态', STATUSES[c.status]],
    ['结案方式', c.closure ? CLOSURES[c.closure] : ''],
    ['投诉渠道', CHANNELS[c.channel]],
    ['投诉类别', CATEGORIES[c.category]],
    ['投诉级别', TIERS[c.tier]],
    ['紧急投诉', yes(c.emergency)],
    ['投诉时间', t(c.createdAt)],
    ['最后更新', t(c.updatedAt)],
    ['记录版本', c.version],
  ])
  section('投诉人', [
    ['姓名', name],
    ['房号', room],
    ['联系电话', phone],
    ['小程序用户', yes(!!c.complainant.openid)],
  ])
  section('投诉事项', [
    ['地点', c.location],
    ['内容', c.description],
    ['涉及人员', c.involved ?? ''],
    ['被投诉员工', c.subjectStaff?.name ?? ''],
    ['照片', c.photos.length ? `${c.photos.length} 张\n${c.photos.join('\n')}` : '无'],
    ['内容审核', c.contentReview === 'pending' ? '待人工审核' : '已通过'],
  ])
  const conf = c.confirmation ?? { required: false }
  section('受理', [
    ['首问责任人', c.firstContact ? `${c.firstContact.name}（${t(c.firstContact.at)}）` : ''],
    ['登记人', c.registeredBy ? who(c.registeredBy) : '业主自行提交'],
    [
      '投诉人确认',
      conf.required
        ? conf.at
          ? `已确认：${{ miniprogram: '小程序确认', signature: '签字确认', phone_readback: '电话复述确认' }[conf.method ?? 'miniprogram']}，${t(conf.at)}${conf.by ? `，${who(conf.by, full)}` : ''}`
          : '待确认'
        : '无需确认',
    ],
    ['签字文件', conf.signatureFile ?? ''],
    ['受理时间', t(c.acceptedAt)],
    ['重复投诉关联', c.repeatOf ?? ''],
    [
      '不予受理',
      c.refusal
        ? `${c.refusal.ground} ${REFUSAL_GROUNDS[c.refusal.ground]}：${c.refusal.explanation}（${who(c.refusal.by)}，${t(c.refusal.at)}）`
        : '',
    ],
  ])
  section('调查与处理', [
    ['承办部门', dept(c.departmentCode)],
    ['承办人', c.assignee?.name ?? ''],
    ['派单时间', t(c.dispatchedAt)],
    ['首次响应', t(c.respondedAt)],
    ['处理方式', c.mode ? HANDLING_MODES[c.mode] : ''],
    ['协同部门', (c.coordinatingDepartments ?? []).map(dept).join('、')],
    [
      '调查记录',
      c.investigation.map((i) => `${t(i.at)} ${i.by.name}：${i.text}${i.files.length ? `（附件 ${i.files.length}）` : ''}`).join('\n'),
    ],
    ['员工陈述', c.statement ? `${c.statement.text}（${c.statement.recordedBy.name} 记录，${t(c.statement.at)}）` : ''],
    [
      '处理方案',
      c.plan
        ? `负责人：${c.plan.owner}；完成日期：${c.plan.deadline}；状态：${{ pending: '待审批', approved: '已批准', returned: '已退回' }[c.plan.status]}\n${c.plan.steps.map((s, i) => `${i + 1}. ${s}`).join('\n')}${c.plan.decisionNote ? `\n审批意见：${c.plan.decisionNote}` : ''}`
        : '',
    ],
    [
      '延期申请',
      c.extension
        ? `延至 ${c.extension.newDeadline}：${c.extension.reason}（${{ pending: '待审批', approved: '已批准', rejected: '已驳回' }[c.extension.status]}）`
        : '',
    ],
    ['处理结果', c.result ? `${c.result.summary}（${HANDLING_MODES[c.result.mode]}，${c.result.by.name}，${t(c.result.at)}）` : ''],
    ['办结时间', t(c.resolvedAt)],
  ])
  section('期限与督办', [
    ['派单期限', t(d.dispatchDueAt)],
    ['响应期限', t(d.responseDueAt)],
    ['处理期限', t(d.handlingDueAt)],
    ['回访期限', t(d.returnVisitDueAt)],
    ['未评价自动结案', t(d.autoCloseAt)],
    ['督办级别', ['无', '部门主管', '管理处经理'][c.supervision?.level ?? 0] ?? ''],
  ])
  section('回访与评价', [
    [
      '当前评价',
      c.rating
        ? `${SATISFACTION[c.rating.level]}（${RETURN_VISIT_CHANNELS[c.rating.channel]}）${c.rating.comment ? '：' + c.rating.comment : ''}`
        : '',
    ],
    [
      '评价记录',
      (c.ratings ?? [])
        .map((r) => `${t(r.at)} ${SATISFACTION[r.level]}（${RETURN_VISIT_CHANNELS[r.channel]}）${r.comment ? '：' + r.comment : ''}`)
        .join('\n'),
    ],
    ['重新处理次数', c.reopenCount ?? 0],
    ['经理答复', c.finalReply ? `${c.finalReply.text}（${c.finalReply.by.name}，${t(c.finalReply.at)}）` : ''],
    ['结案时间', t(c.closedAt)],
  ])
  return [
    {
      name: '登记表',
      title: `物业后勤服务投诉登记表 ${c.no}（导出于 ${t(now)}${full ? '' : '，联系方式已脱敏'}）`,
      widths: [16, 80],
      rows,
    },
    {
      name: '处理记录',
      header: ['时间', '操作', '操作人', '原状态', '新状态', '说明', '详情'],
      widths: [18, 14, 20, 14, 14, 40, 40],
      rows: events.map((e) => [
        t(e.at),
        label(ACTION_LABELS, e.action),
        who(e.actor, full),
        e.from ? STATUSES[e.from] : '',
        STATUSES[e.to],
        e.reason ?? '',
        e.data ? JSON.stringify(e.data) : '',
      ]),
    },
  ]
}

export const LIST_HEADER = [
  '投诉编号',
  '投诉时间',
  '渠道',
  '类别',
  '级别',
  '地点',
  '内容',
  '投诉人',
  '房号',
  '联系电话',
  '状态',
  '承办部门',
  '承办人',
  '受理时间',
  '派单时间',
  '处理期限',
  '办结时间',
  '处理按时',
  '处理时长（工作日）',
  '满意度',
  '重新处理次数',
  '不予受理理由',
]

/** One list row. `facts` are the complaint's facts (facts.ts) when computed; `hidden` for the subject (G3-P5). */
export function listRow(c: Complaint, facts: Record<string, number | string> | undefined, full: boolean, hidden: boolean): Cell[] {
  const [name, room, phone] = complainantCells(c, full, hidden)
  const standing = facts?.standing === 1
  const hd = Number(facts?.hd ?? -1)
  return [
    c.no,
    t(c.createdAt),
    CHANNELS[c.channel],
    CATEGORIES[c.category],
    TIERS[c.tier],
    c.location,
    c.description,
    name,
    room,
    phone,
    STATUSES[c.status] + (c.closure ? `（${CLOSURES[c.closure]}）` : ''),
    dept(c.departmentCode),
    c.assignee?.name ?? '',
    t(c.acceptedAt),
    t(c.dispatchedAt),
    t(c.deadlines?.handlingDueAt),
    t(c.resolvedAt),
    standing ? (facts?.late === 1 ? '超时' : '按时') : '',
    standing && hd >= 0 ? hd : '',
    c.rating ? SATISFACTION[c.rating.level] : '',
    c.reopenCount ?? 0,
    c.refusal ? `${c.refusal.ground} ${REFUSAL_GROUNDS[c.refusal.ground]}` : '',
  ]
}

const pct = (x: number | null) => (x === null ? '—' : `${(x * 100).toFixed(1)}%`)
const pts = (x: number | null) => (x === null ? '—' : `${x >= 0 ? '+' : ''}${(x * 100).toFixed(1)} 个百分点`)
const delta = (c: Count) =>
  `${c.change >= 0 ? '+' : ''}${c.change}${c.changePct === null ? '' : `（${c.changePct >= 0 ? '+' : ''}${(c.changePct * 100).toFixed(1)}%）`}`
const rateRow = (name: string, r: Rate): Cell[] => [
  name,
  pct(r.value),
  `${r.numerator}/${r.denominator}`,
  pct(r.previous.value),
  pts(r.change),
]
const countRow = (name: string, c: Count): Cell[] => [name, c.value, '', c.previous, delta(c)]
const breakdownSheet = (name: string, items: Breakdown[]): SheetSpec => ({
  name,
  header: ['项目', '本期', '上期', '变化'],
  widths: [30, 10, 10, 20],
  rows: items.map((b) => [b.label, b.value, b.previous, delta(b)]),
})

/** The period report (S1): an overview sheet and one sheet per breakdown. */
export function reportSheets(r: PeriodReport): SheetSpec[] {
  const f = r.figures
  const days = (x: { value: number | null; over: boolean; previous: number | null }) => [
    x.over ? `${HIST_MAX} 以上` : (x.value ?? '—'),
    x.previous ?? '—',
  ]
  return [
    {
      name: '概览',
      title: `投诉统计 ${r.period.label}（${r.scope.departmentName}；上期 ${r.previous.label}）`,
      header: ['指标', '本期', '分子/分母', '上期', '变化'],
      widths: [28, 14, 14, 14, 22],
      rows: [
        countRow('投诉总数', f.total),
        countRow('紧急投诉', f.emergency),
        countRow('不予受理', f.refusals.total),
        rateRow('派单及时率（H1）', f.dispatchOnTime),
        rateRow('办结及时率（H4）', f.handlingOnTime),
        // The third column names how many results the figure is taken from (there is no ratio).
        [
          '处理时长中位数（工作日）',
          days(f.handlingDays.median)[0],
          `办结 ${f.handlingDays.count.value} 件`,
          days(f.handlingDays.median)[1],
          '',
        ],
        [
          '处理时长 90% 分位（工作日）',
          days(f.handlingDays.p90)[0],
          `办结 ${f.handlingDays.count.value} 件`,
          days(f.handlingDays.p90)[1],
          '',
        ],
        rateRow('满意率（4–5 分）', f.satisfaction),
        rateRow('回访覆盖率（F2）', f.returnVisitCoverage),
        rateRow('重复投诉率（A4-R4）', f.repeatRate),
        rateRow('重新处理率（F3）', f.reopenRate),
        countRow('超时未办结', f.openOverdue),
        ...r.warnings.map((w) => ['说明', w] as Cell[]),
      ],
    },
    breakdownSheet('按类别', f.byCategory),
    breakdownSheet('按部门', f.byDepartment),
    breakdownSheet('按渠道', f.byChannel),
    breakdownSheet('按级别', f.byTier),
    breakdownSheet('按地点', f.byLocation),
    breakdownSheet('不予受理理由', f.refusals.byGround),
    breakdownSheet('满意度分布', f.satisfactionLevels),
  ]
}
