import { useState } from 'react'
import { View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import PageShell from '@/components/PageShell'
import StateView from '@/components/StateView'
import { useExport } from '@/hooks/useExport'
import { exportHouseholds, householdTemplate, type HouseholdRow } from '@/services/households'
import HouseholdForm from './HouseholdForm'
import HouseholdList from './HouseholdList'
import ImportPanel from './ImportPanel'
import { useHouseholds } from './useHouseholds'
import '@/components/form/form.scss'
import './index.scss'

/**
 * 房屋台账 (manager, issue 16): the estate's households — import from .xlsx with the refused rows
 * shown one by one, export, the template, and add, edit or delete one household.
 */
export default function Households() {
  const list = useHouseholds()
  const files = useExport()
  const [editing, setEditing] = useState<HouseholdRow | 'new'>()
  const done = () => {
    setEditing(undefined)
    list.reload()
  }
  return (
    <PageShell className='households-page'>
      <View className='card households-intro'>
        <View className='hint'>业主姓名和电话仅客服中心和管理处经理可见；住户绑定房屋时，手机号与台账一致即自动核验。</View>
        <ImportPanel onImported={list.reload} />
        <View className='households-files'>
          <Button className='households-export' fill='outline' disabled={files.busy} onClick={() => files.run(exportHouseholds)}>
            导出台账
          </Button>
          <Button className='households-template' fill='outline' disabled={files.busy} onClick={() => files.run(householdTemplate)}>
            下载模板
          </Button>
          <Button className='households-add' fill='outline' type='primary' onClick={() => setEditing('new')}>
            添加房屋
          </Button>
        </View>
      </View>
      {editing && (
        <HouseholdForm
          key={editing === 'new' ? 'new' : editing.roomKey}
          editing={editing === 'new' ? undefined : editing}
          onSaved={done}
          onCancel={() => setEditing(undefined)}
        />
      )}
      <StateView
        loading={list.loading}
        error={list.error}
        onRetry={list.reload}
        empty={!list.items.length}
        emptyText='房屋台账还是空的，请导入或添加'
      />
      {!list.loading && !list.error && <HouseholdList items={list.items} total={list.total} onEdit={setEditing} onDelete={list.remove} />}
    </PageShell>
  )
}
