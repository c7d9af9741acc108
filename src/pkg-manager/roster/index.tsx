import { View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import PageShell from '@/components/PageShell'
import StateView from '@/components/StateView'
import RosterList from './RosterList'
import ShiftForm from './ShiftForm'
import SwapForm from './SwapForm'
import { useRoster } from './useRoster'
import '@/components/form/form.scss'
import './index.scss'

/**
 * The duty roster (值班表, issue 14, manager): shifts per department and for customer service by
 * weekday, time of day and kind of day, and one-day swaps. The emergency alert chain reaches the
 * people on duty first.
 */
export default function RosterPage() {
  const r = useRoster()
  if (!r.roster)
    return (
      <PageShell>
        <StateView loading={r.loading || !r.error} error={r.error} onRetry={() => r.reload()} />
      </PageShell>
    )
  return (
    <PageShell withBar className='roster-page'>
      <RosterList roster={r.roster} nameOf={r.departments.nameOf} onRemoveShift={r.removeShift} onRemoveSwap={r.removeSwap} />
      <View className='section-title'>添加班次</View>
      <ShiftForm staff={r.staff} departments={r.departments.active} onAdd={r.addShift} />
      <View className='section-title'>调班</View>
      <SwapForm roster={r.roster} staff={r.staff} onAdd={r.addSwap} />
      <View className='bottom-bar'>
        <Button className='roster-save' type='primary' block loading={r.busy} disabled={r.busy} onClick={r.save}>
          保存值班表
        </Button>
      </View>
    </PageShell>
  )
}
