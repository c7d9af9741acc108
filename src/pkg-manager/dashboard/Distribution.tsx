import { View, Text } from '@tarojs/components'
import type { Breakdown, DrillFilter, PeriodReport } from '@/services/report'
import Chart from '../charts/Chart'
import { barHeight, compareBars, levelColumns, nonEmpty, picked, ring } from '../charts/specs'
import { openDrill, type DrillBase } from '../components/drill'
import Refusals from './Refusals'

interface Section {
  id: string
  title: string
  rows: Breakdown[]
  /** The drill-down filter of one row (by its key). */
  filter: (key: string) => Partial<DrillFilter>
  kind: 'bars' | 'ring' | 'levels'
  extra?: string
}

/** A chart card; an empty period shows a line instead of an empty canvas. */
function ChartCard({ s, base }: { s: Section; base: DrillBase }) {
  const rows = s.kind === 'bars' ? nonEmpty(s.rows) : s.rows
  const has = rows.some((r) => r.value > 0 || (s.kind === 'bars' && r.previous > 0))
  const onPick = (d: Record<string, unknown>) => {
    const p = picked(d)
    const row = p && s.rows.find((r) => r.key === p.key)
    if (!p || !row) return
    openDrill(`${row.label}${p.previous ? '（上期）' : ''}`, [
      { title: row.label, filter: { ...base, ...s.filter(p.key), ...(p.previous ? { previous: true } : {}) } },
    ])
  }
  const spec = s.kind === 'ring' ? ring(rows) : s.kind === 'levels' ? levelColumns(rows) : compareBars(rows)
  const height = s.kind === 'ring' ? 220 : s.kind === 'levels' ? 180 : barHeight(rows.length)
  return (
    <View className={`card dashboard-card dashboard-chart-${s.id}`}>
      <View className='card__title'>
        <Text>{s.title}</Text>
        {s.extra && <Text className='card__extra'>{s.extra}</Text>}
      </View>
      {has ? <Chart id={s.id} spec={spec} height={height} onPick={onPick} /> : <View className='dashboard-empty muted'>本期暂无数据</View>}
      {has && <View className='dashboard-tip muted'>点击柱形或扇区查看对应投诉</View>}
    </View>
  )
}

/** Where complaints came from and went (S1): by category, department, channel, tier and place; satisfaction levels; refusals by ground. */
export default function Distribution({ report, base }: { report: PeriodReport; base: DrillBase }) {
  const f = report.figures
  const sections: Section[] = [
    {
      id: 'satisfaction',
      title: '满意度分布',
      rows: f.satisfactionLevels,
      filter: (k) => ({ level: Number(k) }),
      kind: 'levels',
      extra: `按最终评价 · ${f.satisfaction.denominator} 件`,
    },
    { id: 'category', title: '按投诉类别', rows: f.byCategory, filter: (k) => ({ category: k as DrillFilter['category'] }), kind: 'bars' },
    // One department's report has nothing to split by department.
    ...(report.scope.departmentCode
      ? []
      : [
          {
            id: 'department',
            title: '按承办部门',
            rows: f.byDepartment,
            filter: (k: string) => (k === 'none' ? { unassigned: true } : { departmentCode: k }),
            kind: 'bars' as const,
          },
        ]),
    { id: 'channel', title: '按投诉渠道', rows: f.byChannel, filter: (k) => ({ channel: k as DrillFilter['channel'] }), kind: 'ring' },
    { id: 'tier', title: '按投诉级别', rows: f.byTier, filter: (k) => ({ tier: k as DrillFilter['tier'] }), kind: 'bars' },
    {
      id: 'location',
      title: '按投诉地点',
      rows: f.byLocation.slice(0, 10),
      filter: (k) => ({ location: k }),
      kind: 'bars',
      extra: f.locations > 10 ? `共 ${f.locations} 处，显示前 10` : undefined,
    },
  ]
  return (
    <>
      {sections.map((s) => (
        <ChartCard key={s.id} s={s} base={base} />
      ))}
      <Refusals report={report} base={base} />
    </>
  )
}
