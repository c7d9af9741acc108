import Taro, { usePullDownRefresh } from '@tarojs/taro'
import PageShell from '@/components/PageShell'
import PublicReportView from '@/components/PublicReportView'
import StateView from '@/components/StateView'
import { useLoad } from '@/hooks/useLoad'
import { getLatestPublicReport } from '@/services/report'

/** S4: the latest monthly service report the office published (公示), for residents. */
export default function PublicReportPage() {
  const { data, error, loading, reload } = useLoad(() => getLatestPublicReport(), [])
  usePullDownRefresh(async () => {
    await reload(true)
    Taro.stopPullDownRefresh()
  })
  return (
    <PageShell className='public-report-page'>
      <StateView
        loading={loading}
        error={error}
        empty={!loading && !error && !data}
        emptyText='管理处尚未发布服务公示'
        onRetry={() => reload()}
      />
      {data && <PublicReportView report={data} />}
    </PageShell>
  )
}
