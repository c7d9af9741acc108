import { useEffect, type ComponentType } from 'react'
import { View, Text } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import type { ActionName } from '@domain/validation'
import { ACTION_LABELS, label as labelOf } from '@shared/vocabulary'
import PageShell from '@/components/PageShell'
import StateView from '@/components/StateView'
import StatusTag from '@/components/StatusTag'
import DueBadge from '@/components/DueBadge'
import { useLoad } from '@/hooks/useLoad'
import { getComplaint } from '@/services/complaint'
import { useSubmitAction } from './useSubmitAction'
import type { FormProps } from './forms/common'
import { AcceptForm, AssignForm, ConfirmForm, DispatchForm, RefuseForm, TransferForm } from './forms/intake'
import { GiveResultForm, NoteForm, SetModeForm } from './forms/handling'
import { DecisionForm, ExtensionForm, SubmitPlanForm } from './forms/plan'
import { ReturnVisitForm } from './forms/visit'
import '@/components/form/form.scss'
import './index.scss'

/** One form per action that needs input; the page around it is the same for all. */
const FORMS: Partial<Record<ActionName, ComponentType<FormProps>>> = {
  confirm: ConfirmForm,
  accept: AcceptForm,
  refuse: RefuseForm,
  dispatch: DispatchForm,
  transfer: TransferForm,
  assign: AssignForm,
  add_note: NoteForm,
  record_statement: (p) => <NoteForm {...p} statement />,
  set_mode: SetModeForm,
  submit_plan: SubmitPlanForm,
  request_extension: ExtensionForm,
  approve_plan: (p) => <DecisionForm {...p} kind='approve_plan' />,
  return_plan: (p) => <DecisionForm {...p} kind='return_plan' />,
  approve_extension: (p) => <DecisionForm {...p} kind='approve_extension' />,
  reject_extension: (p) => <DecisionForm {...p} kind='reject_extension' />,
  give_result: GiveResultForm,
  record_return_visit: ReturnVisitForm,
  final_reply: (p) => <DecisionForm {...p} kind='final_reply' />,
}

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
  const allowed = c.allowedActions.includes(action)
  return (
    <PageShell withBar className={`action-page action-page-${action}`}>
      <View className='card action-subject' onClick={() => Taro.navigateBack()}>
        <View className='row row--between'>
          <Text className='action-subject__no'>{c.no}</Text>
          <StatusTag status={c.status} label={c.statusLabel} closure={c.closure} closureLabel={c.closureLabel} />
        </View>
        <View className='action-subject__title'>
          {c.emergency && <Text className='flag tone-red'>紧急</Text>}
          {c.categoryLabel} · {c.location}
        </View>
        <View className='action-subject__preview'>{c.preview}</View>
        {c.due && <DueBadge due={c.due} />}
      </View>
      {allowed ? (
        <Form c={c} busy={busy} submit={submit} label={label} draftKey={`${id}:${action}:`} />
      ) : (
        <View className='notice notice--warning action-unavailable'>
          {blocked?.reason ?? `投诉当前为“${c.statusLabel}”，您现在不能${label}。`}
        </View>
      )}
    </PageShell>
  )
}
