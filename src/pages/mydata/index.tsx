import { View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import PageShell from '@/components/PageShell'
import StateView from '@/components/StateView'
import { useExport } from '@/hooks/useExport'
import { useLoad } from '@/hooks/useLoad'
import { exportMyData, getMyData } from '@/services/privacy'
import DataSection from './DataSection'
import './index.scss'

/** Section keys and titles, in the order the server's data and the exported file use. */
const SECTIONS = [
  ['rooms', '房屋绑定'],
  ['complaints', '投诉'],
  ['messages', '消息'],
  ['notificationConsents', '通知授权'],
  ['contactViews', '联系方式查看记录'],
  ['uploads', '上传的照片'],
] as const

/** Columns holding instants. */
const TIMES = new Set(['投诉时间', '结案时间', '时间', '注册时间', '上传时间', '申请时间'])

/**
 * Everything the office holds on the resident (PIPL arts. 44–45, issue 15): the account, their
 * complaints as recorded, messages, notification consents, who viewed their contact details and
 * the checks of their photos — and the same as a spreadsheet to keep.
 */
export default function MyData() {
  const { data, error, loading, reload } = useLoad(getMyData, [])
  const exporter = useExport()
  return (
    <PageShell withBar className='mydata-page'>
      <StateView loading={loading} error={error} onRetry={() => reload()} />
      {data && (
        <>
          <View className='notice'>以下是物业管理处保存的与您有关的全部信息。如有错误，可在“个人资料”中更正。</View>
          <DataSection className='mydata-account' title='账户' rows={[data.account]} times={TIMES} />
          {SECTIONS.map(([key, title]) => (
            <DataSection key={key} className={`mydata-${key}`} title={title} rows={data[key]} times={TIMES} />
          ))}
          <View className='bottom-bar'>
            <Button
              className='mydata-export'
              type='primary'
              block
              loading={exporter.busy}
              disabled={exporter.busy}
              onClick={() => exporter.run(exportMyData)}
            >
              导出为表格
            </Button>
          </View>
        </>
      )}
    </PageShell>
  )
}
