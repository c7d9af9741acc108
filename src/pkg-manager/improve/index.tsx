import { useState } from 'react'
import { View, Text } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { Button } from '@nutui/nutui-react-taro'
import PageShell from '@/components/PageShell'
import StateView from '@/components/StateView'
import { createAction, type WeakPointRef } from '@/services/report'
import { toastError, toastOnReturn } from '@/utils/ui'
import ActionFields, { type ActionDraft } from './ActionFields'
import '@/components/form/form.scss'
import './index.scss'

const KIND_OF: Record<string, string> = { location_category: '重复发生的问题', department: '部门', handler: '承办人' }

/**
 * A corrective or preventive action against one weak point (S3, action.create): what will be done,
 * who is responsible, by when. The server checks every field and the caller's department.
 */
export default function Improve() {
  const { params } = useRouter()
  const kind = String(params.kind ?? '') as WeakPointRef['kind']
  const weakPoint: WeakPointRef = { kind, key: decodeURIComponent(params.key ?? ''), label: decodeURIComponent(params.label ?? '') }
  const [draft, setDraft] = useState<ActionDraft>({ kind: 'corrective', title: '', owner: '', deadline: '' })
  const [busy, setBusy] = useState(false)

  if (!KIND_OF[kind] || !weakPoint.key) {
    return (
      <PageShell>
        <StateView error='请从薄弱环节页面选择要改进的问题' />
      </PageShell>
    )
  }

  const submit = async () => {
    if (busy) return
    setBusy(true)
    try {
      await createAction({ weakPoint, ...draft, ...(params.dept ? { departmentCode: String(params.dept) } : {}) })
      toastOnReturn('措施已登记')
      Taro.redirectTo({ url: '/pkg-manager/actions/index' })
    } catch (e) {
      toastError(e)
      setBusy(false)
    }
  }

  return (
    <PageShell withBar className='improve-page'>
      <View className='card improve-target'>
        <View className='muted'>{KIND_OF[kind]}</View>
        <View className='improve-target__label'>{weakPoint.label}</View>
      </View>
      <ActionFields value={draft} onChange={setDraft} />
      <View className='hint improve-hint'>
        <Text>登记后可在“改进措施”中跟进进度，并查看该问题此后每月的投诉变化。</Text>
      </View>
      <View className='bottom-bar'>
        <Button className='improve-submit' type='primary' block loading={busy} disabled={busy} onClick={submit}>
          登记措施
        </Button>
      </View>
    </PageShell>
  )
}
