import { useEffect } from 'react'
import { View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import type { ActionName } from '@domain/validation'
import { ACTION_LABELS, label as labelOf } from '@shared/vocabulary'
import PageShell from '@/components/PageShell'
import StateView from '@/components/StateView'
import { useLoad } from '@/hooks/useLoad'
import { getComplaint } from '@/services/complaint'
import { useSubmitAction } from './useSubmitAction'
import ActionSubject from './ActionSubject'
import { FORMS } from './forms'
import '@/components/form/form.scss'
import './index.scss'

/** The form for one heavier action on one complaint (`?id=&action=`), submitted to complaint.act. */
export default function Action() {
  const { params } = useRouter()
  const id = String(params.id ?? '')
  const action = String(params.action ?? '') as ActionName
  const label = labelOf(ACTION_LABELS, action) || '办理'
  const Form = FORMS[action]
  const { data: c, loading, error, reload } = useLoad(() => getComplaint(id), [id])
  const { busy, submit } = useSubmitAction(id, action, `已${label}`)

  useEffect(() => {
    Taro.setNavigationBarTitle({ title: label })
  }, [label])

  if (!c || !Form) {
    return (
      <PageShell>
        <StateView loading={loading} error={error ?? (Form ? undefined : '不支持的操作')} onRetry={() => reload()} />
      </PageShell>
    )
  }
  // The server decides; a stale link (someone else acted meanwhile) shows why instead of a form.
  const blocked = c.blockedActions.find((b) => b.action === action)
  return (
    <PageShell withBar className={`action-page action-page-${action}`}>
      <ActionSubject c={c} />
      {c.allowedActions.includes(action) ? (
        <Form c={c} busy={busy} submit={submit} label={label} draftKey={`${id}:${action}:`} />
      ) : (
        <View className='notice notice--warning action-unavailable'>
          {blocked?.reason ?? `投诉当前为“${c.statusLabel}”，您现在不能${label}。`}
        </View>
      )}
    </PageShell>
  )
}
