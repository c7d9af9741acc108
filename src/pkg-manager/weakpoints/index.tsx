import { View, Text } from '@tarojs/components'
import Taro, { usePullDownRefresh } from '@tarojs/taro'
import PageShell from '@/components/PageShell'
import StateView from '@/components/StateView'
import { useLoad } from '@/hooks/useLoad'
import { getWeakPoints, type Count, type DrillFilter, type ResponsibilityPoint, type WeakPointRef } from '@/services/report'
import PeriodBar from '../components/PeriodBar'
import { usePeriod } from '../components/usePeriod'
import { openDrill, type DrillTab } from '../components/drill'
import './index.scss'

/** Opens the form for a corrective or preventive action against this weak point (S3). */
function improve(w: WeakPointRef, departmentCode?: string) {
  const q = `kind=${w.kind}&key=${encodeURIComponent(w.key)}&label=${encodeURIComponent(w.label)}${departmentCode && departmentCode !== 'none' ? `&dept=${departmentCode}` : ''}`
  Taro.navigateTo({ url: `/pkg-manager/improve/index?${q}` })
}

/** S2's "overdue" (late result, or still running past the deadline) and "dissatisfied", as drill-down tabs. */
function problemTabs(scope: DrillFilter): DrillTab[] {
  return [
    { title: '超时办结', filter: { ...scope, clock: 'handling', onTime: false } },
    { title: '超时未办结', filter: { ...scope, openOverdue: true } },
    { title: '不满意', filter: { ...scope, dissatisfied: true } },
  ]
}

/** "超时 2（上期 0）": the period's count, red when there are any, and the previous period's. */
function Fact({ name, c, tone }: { name: string; c: Count; tone: string }) {
  return (
    <Text className={c.value ? tone : ''}>
      {name} {c.value}
      <Text className='weak-trend'>（上期 {c.previous}）</Text>
    </Text>
  )
}

/** A department or handler with overdue or dissatisfied complaints. */
function PointRow({ p, onDrill }: { p: ResponsibilityPoint; onDrill: () => void }) {
  return (
    <View className={`weak-row weak-${p.kind}`}>
      <View className='weak-row__main' onClick={onDrill}>
        <View className='weak-row__title'>{p.label}</View>
        <View className='weak-row__facts'>
          <Text>投诉 {p.total.value} 件</Text>
          <Fact name='超时' c={p.overdue} tone='tone-text-red' />
          <Fact name='不满意' c={p.dissatisfied} tone='tone-text-orange' />
        </View>
      </View>
      <View className='weak-improve' onClick={() => improve(p, p.departmentCode)}>
        制定措施
      </View>
    </View>
  )
}

/**
 * Weak points of a period (S2, report.weakPoints): recurring place + category pairs, and the
 * departments and handlers with the most overdue or dissatisfied complaints. Each can become a
 * corrective or preventive action (S3); tapping one lists its complaints.
 */
export default function WeakPoints() {
  const p = usePeriod()
  const key = JSON.stringify(p.query)
  const { data, error, loading, reload } = useLoad(() => getWeakPoints(p.query), [key])
  usePullDownRefresh(async () => {
    await reload(true)
    Taro.stopPullDownRefresh()
  })
  const base = { period: p.query.period, date: p.query.date, ...(p.query.departmentCode ? { departmentCode: p.query.departmentCode } : {}) }
  const empty = data && !data.pairs.length && !data.departments.length && !data.handlers.length

  return (
    <PageShell className='weak-page'>
      <PeriodBar state={p} periodLabel={data?.period.label} scopeLabel={data?.scope.departmentName} />
      <StateView loading={loading} error={error} onRetry={() => reload()} empty={!!empty} emptyText='本期没有发现薄弱环节' />
      {data && !loading && !empty && (
        <>
          <View className='notice weak-intro'>
            同一地点、同一类别本期投诉 2 次及以上，或部门、承办人有超时、不满意的投诉，列为薄弱环节。可针对其制定纠正或预防措施并跟踪效果。
          </View>
          <View className='card weak-card weak-pairs'>
            <View className='card__title'>
              <Text>重复发生的问题</Text>
              <Text className='card__extra'>地点 + 类别</Text>
            </View>
            {!data.pairs.length && <View className='muted weak-none'>本期没有重复发生的问题</View>}
            {data.pairs.map((w) => (
              <View key={w.key} className='weak-row weak-location_category'>
                <View
                  className='weak-row__main'
                  onClick={() =>
                    openDrill(w.label, [{ title: w.label, filter: { ...base, location: w.location, category: w.category as never } }])
                  }
                >
                  <View className='weak-row__title'>
                    {w.location}
                    <Text className='weak-row__tag'>{w.categoryLabel}</Text>
                  </View>
                  <View className='weak-row__facts'>
                    <Fact name='本期投诉' c={w.count} tone='tone-text-red' />
                  </View>
                </View>
                <View className='weak-improve' onClick={() => improve(w, p.query.departmentCode)}>
                  制定措施
                </View>
              </View>
            ))}
          </View>
          <View className='card weak-card weak-departments'>
            <View className='card__title'>部门</View>
            {!data.departments.length && <View className='muted weak-none'>本期各部门没有超时或不满意的投诉</View>}
            {data.departments.map((d) => (
              <PointRow
                key={d.key}
                p={d}
                onDrill={() =>
                  openDrill(d.label, problemTabs({ ...base, ...(d.key === 'none' ? { unassigned: true } : { departmentCode: d.key }) }))
                }
              />
            ))}
          </View>
          <View className='card weak-card weak-handlers'>
            <View className='card__title'>承办人</View>
            {!data.handlers.length && <View className='muted weak-none'>本期没有承办人有超时或不满意的投诉</View>}
            {data.handlers.map((h) => (
              <PointRow key={h.key} p={h} onDrill={() => openDrill(h.label, problemTabs({ ...base, handler: h.key }))} />
            ))}
          </View>
          <View className='weak-footer' onClick={() => Taro.navigateTo({ url: '/pkg-manager/actions/index' })}>
            查看全部改进措施 ›
          </View>
        </>
      )}
    </PageShell>
  )
}
