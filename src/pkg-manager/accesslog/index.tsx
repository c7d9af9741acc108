import { useState } from 'react'
import { View, Text } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import PageShell from '@/components/PageShell'
import StateView from '@/components/StateView'
import { useExport } from '@/hooks/useExport'
import { usePaged } from '@/hooks/usePagedList'
import { exportAccessLog, listAccessLog, type AccessLogFilter, type AccessLogRow } from '@/services/privacy'
import { formatTime } from '@/utils/time'
import Filters from './Filters'
import './index.scss'

type Filter = AccessLogFilter & { viewerName?: string }

/** One entry: who, when, why, whose; tapping the name narrows the list to that person. */
function Entry({ e, onViewer }: { e: AccessLogRow; onViewer: () => void }) {
  return (
    <View className={`card accesslog-entry purpose-${e.purpose}`}>
      <View className='row row--between'>
        <Text className='accesslog-entry__purpose'>{e.purposeLabel}</Text>
        <Text className='muted'>{formatTime(e.at)}</Text>
      </View>
      <View className='accesslog-entry__who'>
        <Text className='accesslog-entry__viewer' onClick={onViewer}>
          {e.viewerName}
        </Text>
        <Text className='muted'>（{e.viewerRoleLabel}）</Text>
        {e.whose && <Text> · 涉及 {e.whose}</Text>}
      </View>
      <View className='muted'>
        {[e.complaintNo && `投诉 ${e.complaintNo}`, e.fieldsLabel, e.count !== undefined && `${e.count} 件`].filter(Boolean).join(' · ')}
      </View>
    </View>
  )
}

/**
 * The access log for the manager (issue 15, G3-P5): who viewed whose contact details, printed or
 * exported a full registration form, looked residents up, and what was done to personal data;
 * filtered, newest first, exportable as a spreadsheet.
 */
export default function AccessLog() {
  const [filter, setFilter] = useState<Filter>({})
  const { viewerName: _n, ...query } = filter
  const list = usePaged<AccessLogRow>((page) => listAccessLog(query, page), JSON.stringify(query), 30)
  const exporter = useExport()
  return (
    <PageShell withBar className='accesslog-page'>
      <Filters value={filter} onChange={setFilter} />
      <View className='accesslog-total muted'>共 {list.total} 条</View>
      <StateView
        loading={list.loading}
        error={list.error}
        onRetry={() => list.refresh()}
        empty={!list.items.length}
        emptyText='没有符合条件的记录'
      />
      {list.items.map((e) => (
        <Entry key={e.id} e={e} onViewer={() => setFilter({ ...filter, viewerOpenid: e.viewerOpenid, viewerName: e.viewerName })} />
      ))}
      <View className='bottom-bar'>
        <Button
          className='accesslog-export'
          type='primary'
          block
          loading={exporter.busy}
          disabled={exporter.busy}
          onClick={() => exporter.run(() => exportAccessLog(query))}
        >
          导出为表格
        </Button>
      </View>
    </PageShell>
  )
}
