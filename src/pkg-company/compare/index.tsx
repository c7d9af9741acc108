import { View, Text } from '@tarojs/components'
import Taro, { usePullDownRefresh } from '@tarojs/taro'
import { Button } from '@nutui/nutui-react-taro'
import PageShell from '@/components/PageShell'
import StateView from '@/components/StateView'
import { useLoad } from '@/hooks/useLoad'
import { useExport } from '@/hooks/useExport'
import { switchEstate } from '@/services/estates'
import { loadSession, setUser } from '@/store/session'
import { toastError } from '@/utils/ui'
import { exportCompanyReport, getCompanyReport, type CompanyQuery, type CompanyRow } from '@/services/company'
import PeriodBar from '../../pkg-manager/components/PeriodBar'
import { usePeriod } from '../../pkg-manager/components/usePeriod'
import CompareTable from './CompareTable'
import '../company.scss'

/**
 * Issue 16: the quality department's comparison of the company's estates over a period (日/周/月/季,
 * as the dashboard picks it): one row per estate, the company's total, a tap on an estate opens its
 * own dashboard on the same period, and the comparison exports as .xlsx.
 */
export default function ComparePage() {
  const p = usePeriod()
  const query: CompanyQuery = { period: p.period, date: p.date }
  const { data, error, loading, reload } = useLoad(() => getCompanyReport(query), [p.period, p.date])
  const xlsx = useExport()
  usePullDownRefresh(async () => {
    await reload(true)
    Taro.stopPullDownRefresh()
  })
  // The dashboard shows the caller's current estate: the quality department switches to the estate first.
  const open = async (r: CompanyRow) => {
    try {
      setUser(await switchEstate(r.estate))
      await loadSession(true)
      Taro.navigateTo({ url: `/pkg-manager/dashboard/index?period=${p.period}&date=${p.date}` })
    } catch (e) {
      toastError(e)
    }
  }
  const total = data && typeof data.total === 'object' ? data.total : undefined

  return (
    <PageShell className='company-page compare-page'>
      <PeriodBar state={{ ...p, isManager: false }} periodLabel={data?.period?.label} scopeLabel='全部小区' />
      <StateView
        loading={loading}
        error={error}
        empty={!loading && !error && !data?.rows.length}
        emptyText='还没有小区'
        onRetry={() => reload()}
      />
      {data && !loading && data.rows.length > 0 && (
        <>
          <View className='compare-intro muted'>
            <Text>共 {data.rows.length} 个小区 · 点击表头排序，点击小区查看其统计</Text>
          </View>
          <View className='card compare-card'>
            <CompareTable rows={data.rows} total={total} onOpen={open} />
          </View>
          <View className='company-actions'>
            <Button
              className='compare-export'
              type='primary'
              block
              loading={xlsx.busy}
              disabled={xlsx.busy}
              onClick={() => xlsx.run(() => exportCompanyReport(query))}
            >
              导出对比表
            </Button>
          </View>
        </>
      )}
    </PageShell>
  )
}
