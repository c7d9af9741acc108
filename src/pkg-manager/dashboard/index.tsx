import { View } from '@tarojs/components'
import Taro, { usePullDownRefresh } from '@tarojs/taro'
import { Button } from '@nutui/nutui-react-taro'
import PageShell from '@/components/PageShell'
import StateView from '@/components/StateView'
import { useLoad } from '@/hooks/useLoad'
import { useExport } from '@/hooks/useExport'
import { exportComplaints, exportReport, getPeriodReport } from '@/services/report'
import { formatTime } from '@/utils/time'
import PeriodBar from '../components/PeriodBar'
import { usePeriod } from '../components/usePeriod'
import Overview from './Overview'
import Distribution from './Distribution'
import './index.scss'

/**
 * Statistics of a period (S1, G3-P6) for the manager (the office or one department) and for a
 * department supervisor (their own department, fixed by the report function): figures with their
 * change against the previous period, charts, drill-down to the complaints, and .xlsx exports.
 */
export default function Dashboard() {
  const p = usePeriod()
  const key = JSON.stringify(p.query)
  const { data: report, error, loading, reload } = useLoad(() => getPeriodReport(p.query), [key])
  const reportExport = useExport()
  const listExport = useExport()
  usePullDownRefresh(async () => {
    await reload(true)
    Taro.stopPullDownRefresh()
  })

  const base = { period: p.query.period, date: p.query.date, ...(p.query.departmentCode ? { departmentCode: p.query.departmentCode } : {}) }
  const shown = report && !loading
  return (
    <PageShell className='dashboard-page'>
      <PeriodBar state={p} periodLabel={report?.period.label} scopeLabel={report?.scope.departmentName} />
      <StateView loading={loading} error={error} onRetry={() => reload()} />
      {shown && (
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
          <Overview report={report} base={base} />
          <Distribution report={report} base={base} />
          <View className='card dashboard-card dashboard-links'>
            <View
              className='dashboard-link entry-weakpoints'
              onClick={() => Taro.navigateTo({ url: `/pkg-manager/weakpoints/index?${p.search}` })}
            >
              查看本期薄弱环节 ›
            </View>
          </View>
          <View className='dashboard-exports'>
            <Button
              className='dashboard-export-list'
              fill='outline'
              type='primary'
              loading={listExport.busy}
              disabled={listExport.busy}
              onClick={() => listExport.run(() => exportComplaints(base))}
            >
              导出投诉明细
            </Button>
            <Button
              className='dashboard-export'
              type='primary'
              loading={reportExport.busy}
              disabled={reportExport.busy}
              onClick={() => reportExport.run(() => exportReport(p.query))}
            >
              导出统计报表
            </Button>
          </View>
        </>
      )}
    </PageShell>
  )
}
