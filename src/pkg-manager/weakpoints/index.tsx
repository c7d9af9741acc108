import { View, Text } from '@tarojs/components'
import Taro, { usePullDownRefresh } from '@tarojs/taro'
import PageShell from '@/components/PageShell'
import StateView from '@/components/StateView'
import { useLoad } from '@/hooks/useLoad'
import { getWeakPoints, type WeakPoints as WeakPointsData } from '@/services/report'
import PeriodBar from '../components/PeriodBar'
import { usePeriod } from '../components/usePeriod'
import { openDrill } from '../components/drill'
import { FacilityKinds, PairRow, PointRow, problemTabs } from './rows'
import './index.scss'

/** Whether the period has no weak point of any kind. */
const nothingIn = (w: WeakPointsData) => !w.pairs.length && !w.facilityKinds.length && !w.departments.length && !w.handlers.length

/**
 * Weak points of a period (S2, report.weakPoints): recurring place + category pairs, the kinds of
 * facility complained of at several places (issue 18), and the departments and handlers with the most overdue or dissatisfied complaints. Each can become a
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
  const base = p.base
  const empty = data && nothingIn(data)

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
              <PairRow key={w.key} w={w} base={p.base} />
            ))}
          </View>
          <FacilityKinds items={data.facilityKinds} base={p.base} />
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
