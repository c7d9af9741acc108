import { useState } from 'react'
import { View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { pickSpreadsheet } from '@/platform/pickFile'
import { importHouseholds, type ImportReport } from '@/services/households'
import { ChipSelect } from '@/components/form/ChipSelect'
import { toastError } from '@/utils/ui'

const MODES = [
  { value: 'merge', label: '合并（新增并更新）' },
  { value: 'replace', label: '整表替换' },
]

/** What an import did: the counts, then every refused row with its reason. */
export function ImportResult({ report }: { report: ImportReport }) {
  return (
    <View className='card households-report'>
      <View className='households-report__title'>
        {report.applied
          ? `已导入：新增 ${report.added} 户，更新 ${report.updated} 户${report.removed ? `，删除 ${report.removed} 户` : ''}`
          : '整表替换要求每一行都正确，本次未做任何修改'}
      </View>
      <View className='muted'>台账现有 {report.households} 户</View>
      {report.refused.length > 0 && (
        <View className='households-report__list'>
          <View className='households-report__subtitle'>未导入的行（{report.refused.length}）</View>
          {report.refused.map((r) => (
            <View key={r.row} className='households-report__row'>
              第 {r.row} 行：{r.reason}
            </View>
          ))}
        </View>
      )}
    </View>
  )
}

/** Import (manager): pick an .xlsx, merge or replace, and see what was refused row by row. */
export default function ImportPanel({ onImported }: { onImported: () => void }) {
  const [mode, setMode] = useState<'merge' | 'replace'>('merge')
  const [busy, setBusy] = useState(false)
  const [report, setReport] = useState<ImportReport>()
  const run = async () => {
    if (busy) return
    const path = await pickSpreadsheet()
    if (!path) return
    setBusy(true)
    try {
      setReport(await importHouseholds(path, mode))
      onImported()
    } catch (e) {
      toastError(e)
    } finally {
      setBusy(false)
    }
  }
  return (
    <View className='households-import'>
      <ChipSelect options={MODES} value={mode} onChange={(v) => setMode(v as 'merge' | 'replace')} />
      <Button className='households-import__button' type='primary' loading={busy} disabled={busy} onClick={run}>
        导入 Excel 表格
      </Button>
      {report && <ImportResult report={report} />}
    </View>
  )
}
