import { useEffect, useState } from 'react'
import { View, Text } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { Button } from '@nutui/nutui-react-taro'
import { Notice } from '@nutui/icons-react-taro'
import { topUpConsent } from '@/services/subscription'
import { consentIds, setQuota, useSession } from '@/store/session'
import { toast, toastError } from '@/utils/ui'
import './TaskQuota.scss'

const PURPOSE = '新的工单、审批和超时提醒将通过微信服务通知发给您（每允许一次，可收到一条提醒）'

// The quota ledger only says how many pushes are left, not whether any were ever allowed: 0 reads
// "used up" only for someone who has allowed them before, so this device remembers that they did.
const enabledKey = (openid: string) => `taskPushes:enabled:${openid}`

function rememberedEnabled(openid: string): boolean {
  try {
    return !!Taro.getStorageSync(enabledKey(openid))
  } catch {
    return false
  }
}

function rememberEnabled(openid: string): void {
  try {
    Taro.setStorageSync(enabledKey(openid), true)
  } catch {
    // Only the wording of the empty state depends on it.
  }
}

type QuotaState = 'on' | 'used' | 'off'

const HINT: Record<QuotaState, string> = {
  on: '每点一次“接收任务提醒”，可多收到一条新任务通知。',
  used: '提醒次数已用完，新任务只会显示在消息中心。点一下即可继续接收。',
  off: '开启后，新的工单、审批和超时提醒会通过微信服务通知发给您；未开启时只显示在消息中心。',
}

/**
 * The staff member's task-push quota (meta.quota), whether they ever allowed pushes on this
 * device, and the tap that tops it up (consent asked synchronously inside the tap).
 */
function useTaskQuota() {
  const { me, meta } = useSession()
  const [busy, setBusy] = useState(false)
  const openid = me?.openid ?? ''
  const left = meta?.quota?.staff_task ?? 0
  const [everEnabled, setEverEnabled] = useState(() => !!openid && rememberedEnabled(openid))
  const ids = consentIds('staff')

  useEffect(() => {
    if (!openid) return
    if (left > 0) rememberEnabled(openid)
    setEverEnabled(left > 0 || rememberedEnabled(openid))
  }, [openid, left])

  const topUp = () => {
    if (busy) return
    // The consent panel must open synchronously inside the tap, before anything is awaited.
    const asked = topUpConsent(ids, PURPOSE)
    setBusy(true)
    asked
      .then((quota) => {
        if (!quota) return toast('未开启提醒，新任务仍会显示在消息中心')
        if (openid) rememberEnabled(openid)
        setEverEnabled(true)
        setQuota(quota)
        toast(`已开启，剩余 ${quota.staff_task ?? 0} 次任务提醒`, 'success')
      })
      .catch(toastError)
      .finally(() => setBusy(false))
  }

  const state: QuotaState = left > 0 ? 'on' : everEnabled ? 'used' : 'off'
  return { shown: !!meta && ids.length > 0, left, state, busy, topUp }
}

/**
 * Issue 4: how many task pushes WeChat will still deliver to this staff member, and the tap that
 * tops them up. WeChat's one-time subscriptions give one message per acceptance, so each tap on
 * 接收任务提醒 adds one; at 0 new tasks reach them only in the message centre. Someone who never
 * allowed them is told they are not on yet, not that they ran out.
 */
export default function TaskQuota({ compact }: { compact?: boolean }) {
  const { shown, left, state, busy, topUp } = useTaskQuota()
  if (!shown) return null
  return (
    <View className={`task-quota task-quota--${state} ${compact ? 'task-quota--compact' : ''} ${state === 'on' ? '' : 'is-empty'}`}>
      <View className='task-quota__icon'>
        <Notice size={compact ? 16 : 20} />
      </View>
      <View className='task-quota__text'>
        <View className='task-quota__title'>
          {state === 'off' ? (
            '尚未开启任务提醒'
          ) : (
            <>
              任务提醒剩余 <Text className='task-quota__count'>{left}</Text> 次
            </>
          )}
        </View>
        <View className='task-quota__hint'>{HINT[state]}</View>
      </View>
      <Button
        className='quota-topup'
        size='small'
        type='primary'
        fill={state === 'on' ? 'outline' : 'solid'}
        loading={busy}
        disabled={busy}
        onClick={topUp}
      >
        {state === 'off' ? '开启任务提醒' : '接收任务提醒'}
      </Button>
    </View>
  )
}
