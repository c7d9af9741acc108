import { useState } from 'react'
import { View, Text } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { Notice } from '@nutui/icons-react-taro'
import { topUpConsent } from '@/services/subscription'
import { consentIds, setQuota, useSession } from '@/store/session'
import { toast, toastError } from '@/utils/ui'
import './TaskQuota.scss'

const PURPOSE = '新任务派给您时，通过微信服务通知提醒您（每允许一次，可收到一条提醒）'

/**
 * Issue 4: how many task pushes WeChat will still deliver to this staff member, and the tap that
 * tops them up. WeChat's one-time subscriptions give one message per acceptance, so each tap on
 * 接收任务提醒 adds one; at 0 new tasks reach them only in the message centre.
 */
export default function TaskQuota({ compact }: { compact?: boolean }) {
  const { meta } = useSession()
  const [busy, setBusy] = useState(false)
  const left = meta?.quota?.staff_task
  const ids = consentIds('staff')
  if (!meta || !ids.length) return null

  const topUp = () => {
    if (busy) return
    // The consent panel must open synchronously inside the tap, before anything is awaited.
    const asked = topUpConsent(ids, PURPOSE)
    setBusy(true)
    asked
      .then((quota) => {
        if (!quota) return toast('未开启提醒，新任务仍会显示在消息中心')
        setQuota(quota)
        toast(`已开启，剩余 ${quota.staff_task ?? 0} 次任务提醒`, 'success')
      })
      .catch(toastError)
      .finally(() => setBusy(false))
  }

  const empty = !left
  return (
    <View className={`task-quota ${compact ? 'task-quota--compact' : ''} ${empty ? 'is-empty' : ''}`}>
      <View className='task-quota__icon'>
        <Notice size={compact ? 16 : 20} />
      </View>
      <View className='task-quota__text'>
        <View className='task-quota__title'>
          任务提醒剩余 <Text className='task-quota__count'>{left ?? 0}</Text> 次
        </View>
        <View className='task-quota__hint'>
          {empty ? '提醒次数已用完，新任务只会显示在消息中心。点一下即可继续接收。' : '每点一次“接收任务提醒”，可多收到一条新任务通知。'}
        </View>
      </View>
      <Button className='quota-topup' size='small' type='primary' fill={empty ? 'solid' : 'outline'} loading={busy} disabled={busy} onClick={topUp}>
        接收任务提醒
      </Button>
    </View>
  )
}
