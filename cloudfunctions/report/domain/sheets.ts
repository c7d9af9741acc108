/**
 * What the list and report exports contain, as rows of cells: a list of complaints (S1
 * drill-down) and the period report (S1). Pure. (The registration form's sheets: form-sheets.ts.)
 * A list row is rendered from the caller's projection of the complaint
 * (complaint/domain/disclosure.ts, G3-P5, H2-S), never from the stored record.
 */
import { dayOf, formatInstant } from '../../complaint/domain/calendar'
import type { Seen, SeenComplaint } from '../../complaint/domain/disclosure'
import { SATISFIED_MIN } from '@shared/thresholds'
import { departmentName, type Department } from '@shared/departments'
import { CATEGORIES, CHANNELS, CLOSURES, REFUSAL_GROUNDS, SATISFACTION, STATUSES, TIERS } from '@shared/vocabulary'
import type { Cell, SheetSpec } from './sheet'
import type { Breakdown, Count, PeriodReport, Rate } from './figures'
import { HIST_MAX } from './histogram'

const t = (at?: number) => (at ? formatInstant(at, 'YYYY-MM-DD HH:mm') : '')

/** The complainant as the projection has them (blank when the caller may not know who complained). */
export function complainantCells(c: SeenComplaint): [string, string, string] {
  const p = c.complainant
  return p ? [p.name, p.room, p.phone] : ['', '', '']
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

const complaintCells = (c: SeenComplaint, dayOnly: boolean): Cell[] => [
  c.no,
  dayOnly ? dayOf(c.createdAt) : t(c.createdAt),
  CHANNELS[c.channel],
  CATEGORIES[c.category],
  TIERS[c.tier],
  c.location,
  c.description,
]

const handlingCells = (c: SeenComplaint, departments: readonly Department[]): Cell[] => [
  STATUSES[c.status] + (c.closure ? `（${CLOSURES[c.closure]}）` : ''),
  departmentName(departments, c.departmentCode),
  c.assignee?.name ?? '',
  t(c.acceptedAt),
  t(c.dispatchedAt),
  t(c.deadlines?.handlingDueAt),
  t(c.resolvedAt),
]

/** H4 on time and working days of the standing result (facts.ts), rating, reopenings, refusal. */
function outcomeCells(c: SeenComplaint, facts: Record<string, number | string> | undefined): Cell[] {
  const standing = facts?.standing === 1
  const hd = Number(facts?.hd ?? -1)
  const late = facts?.late === 1 ? '超时' : '按时'
  return [
    standing ? late : '',
    standing && hd >= 0 ? hd : '',
    c.rating ? SATISFACTION[c.rating.level] : '',
    c.reopenCount ?? 0,
    c.refusal ? `${c.refusal.ground} ${REFUSAL_GROUNDS[c.refusal.ground]}` : '',
  ]
}

/**
 * One list row of the caller's projection `seen`, in LIST_HEADER's order. `facts` are the
 * complaint's facts (facts.ts) when computed; `departments` (settings) name its department.
 */
export function listRow(seen: Seen, facts: Record<string, number | string> | undefined, departments: readonly Department[]): Cell[] {
  const c = seen.complaint
  // The accused's outline carries no outcome: the facts are of the stored record.
  return [
    ...complaintCells(c, seen.dayOnly),
    ...complainantCells(c),
    ...handlingCells(c, departments),
    ...outcomeCells(c, seen.dayOnly ? undefined : facts),
  ]
}

/** The list sheet: a title saying what was listed, when, and whether contacts are masked; then the header and rows. */
export function listSheet(rows: Cell[][], periodLabel: string, now: number, full: boolean): SheetSpec {
  const masked = full ? '' : '，联系方式已脱敏'
  return {
    name: '投诉清单',
    title: `投诉清单（${periodLabel}，共 ${rows.length} 条，导出于 ${t(now)}${masked}）`,
    header: LIST_HEADER,
    rows,
    widths: LIST_HEADER.map((h) => (h === '内容' ? 40 : h === '地点' ? 20 : 14)),
  }
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
        rateRow(`满意率（${SATISFIED_MIN}–5 分）`, f.satisfaction),
        rateRow('回访覆盖率（F2）', f.returnVisitCoverage),
        rateRow('重复投诉率（A4-R4）', f.repeatRate),
        rateRow('重新处理率（F3）', f.reopenRate),
        countRow('超时未办结', f.openOverdue),
        rateRow('催办率（C2）', f.urges.rate),
        countRow('多次催办', f.urges.repeated),
        countRow('业主撤销（C3，不计入办结和满意率）', f.withdrawals.total),
        // W3, W4: the 12345 work orders' line.
        countRow('12345热线工单', f.hotline.orders),
        rateRow('按时回复热线（W3）', f.hotline.repliedOnTime),
        rateRow('热线满意率（W4，满意及基本满意）', f.hotline.satisfaction),
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
    {
      name: '催办（按部门）',
      header: ['部门', '催办率', '被催办/投诉数', '上期催办率', '多次催办', '上期多次催办'],
      widths: [20, 12, 16, 14, 12, 14],
      rows: f.urges.byDepartment.map((d) => [
        d.label,
        pct(d.rate.value),
        `${d.rate.numerator}/${d.rate.denominator}`,
        pct(d.rate.previous.value),
        d.repeated.value,
        d.repeated.previous,
      ]),
    },
    breakdownSheet('撤销原因', f.withdrawals.byReason),
    breakdownSheet('热线满意度', f.hotline.results),
  ]
}
