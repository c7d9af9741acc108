import { View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { useExport } from '@/hooks/useExport'
import { exportComplaints, exportReport, type PeriodQuery } from '@/services/report'
import type { DrillBase } from '../components/drill'

/** The period's two .xlsx downloads: every complaint of the scope (export.complaints), and the report itself. */
export default function Exports({ query, base }: { query: PeriodQuery; base: DrillBase }) {
  const reportExport = useExport()
  const listExport = useExport()
  return (
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
        onClick={() => reportExport.run(() => exportReport(query))}
      >
        导出统计报表
      </Button>
    </View>
  )
}
