import { View } from '@tarojs/components'
import Taro, { usePullDownRefresh } from '@tarojs/taro'
import PageShell from '@/components/PageShell'
import StateView from '@/components/StateView'
import { useLoad } from '@/hooks/useLoad'
import { isManagerHere, useSession } from '@/store/session'
import { getPeriodReport } from '@/services/report'
import { formatTime } from '@/utils/time'
import PeriodBar from '../components/PeriodBar'
import { usePeriod } from '../components/usePeriod'
import Overview from './Overview'
import Distribution from './Distribution'
import ResidentFigures from './ResidentFigures'
import HotlineFigures from './HotlineFigures'
import PublishCard from './PublishCard'
import Exports from './Exports'
import Emergencies from './Emergencies'
import './index.scss'

/**
 * Statistics of a period (S1, G3-P6) for the manager (the office or one department) and for a
 * department supervisor (their own department, fixed by the report function): figures with their
 * change against the previous period, charts, drill-down to the complaints, and .xlsx exports.
 */
export default function Dashboard() {
  const p = usePeriod()
  const isManager = isManagerHere(useSession().me?.user)
  const { data: report, error, loading, reload } = useLoad(() => getPeriodReport(p.query), [JSON.stringify(p.query)])
  usePullDownRefresh(async () => {
    await reload(true)
    Taro.stopPullDownRefresh()
  })

  return (
    <PageShell className='dashboard-page'>
      <PeriodBar state={p} periodLabel={report?.period.label} scopeLabel={report?.scope.departmentName} />
      <StateView loading={loading} error={error} onRetry={() => reload()} />
      {report && !loading && (
        <>
          <View className='dashboard-meta muted'>
            <View>
              {report.scope.departmentName} · 对比 {report.previous.label}
            </View>
            <View>统计于 {formatTime(report.generatedAt)}</View>
          </View>
          {report.warnings.map((w) => (
            <View key={w} className='notice notice--warning dashboard-warning'>
              {w}
            </View>
          ))}
          <Overview report={report} base={p.base} />
          <ResidentFigures report={report} base={p.base} />
          <HotlineFigures report={report} base={p.base} />
          <Distribution report={report} base={p.base} />
          <Emergencies query={p.query} />
          <View className='card dashboard-card dashboard-links'>
            <View
              className='dashboard-link entry-weakpoints'
              onClick={() => Taro.navigateTo({ url: `/pkg-manager/weakpoints/index?${p.search}` })}
            >
              查看本期薄弱环节 ›
            </View>
          </View>
          <Exports query={p.query} base={p.base} />
          {isManager && <PublishCard />}
        </>
      )}
    </PageShell>
  )
}
