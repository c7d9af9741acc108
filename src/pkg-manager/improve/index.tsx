import { useState } from 'react'
import { View, Text } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { Button, Input, TextArea } from '@nutui/nutui-react-taro'
import PageShell from '@/components/PageShell'
import StateView from '@/components/StateView'
import Field from '@/components/form/Field'
import DayField from '@/components/form/DayField'
import { ChipSelect } from '@/components/form/ChipSelect'
import { createAction, type WeakPointRef } from '@/services/report'
import { toastError, toastOnReturn } from '@/utils/ui'
import '@/components/form/form.scss'
import './index.scss'

const KINDS = [
  { value: 'corrective', label: '纠正措施', note: '消除已发生问题的原因' },
  { value: 'preventive', label: '预防措施', note: '防止同类问题再次发生' },
]
const KIND_OF: Record<string, string> = { location_category: '重复发生的问题', department: '部门', handler: '承办人' }

/**
 * A corrective or preventive action against one weak point (S3, action.create): what will be done,
 * who is responsible, by when. The server checks every field and the caller's department.
 */
export default function Improve() {
  const { params } = useRouter()
  const kind = String(params.kind ?? '') as WeakPointRef['kind']
  const weakPoint: WeakPointRef = { kind, key: decodeURIComponent(params.key ?? ''), label: decodeURIComponent(params.label ?? '') }
  const [title, setTitle] = useState('')
  const [owner, setOwner] = useState('')
  const [deadline, setDeadline] = useState('')
  const [actionKind, setActionKind] = useState<'corrective' | 'preventive'>('corrective')
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
      await createAction({
        weakPoint,
        title,
        owner,
        deadline,
        kind: actionKind,
        ...(params.dept ? { departmentCode: String(params.dept) } : {}),
      })
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
      <View className='form-card'>
        <Field label='措施类型' required>
          <ChipSelect
            options={KINDS}
            value={actionKind}
            onChange={(v) => setActionKind(v as 'corrective' | 'preventive')}
            className='improve-kind'
          />
        </Field>
        <Field label='措施内容' required>
          <TextArea
            className='improve-title'
            value={title}
            onChange={setTitle}
            maxLength={200}
            showCount
            autoSize
            rows={3}
            placeholder='例如：3栋电梯厅增加每日两次保洁巡查，主管每周抽查'
          />
        </Field>
        <Field label='责任人' required>
          <Input className='improve-owner' value={owner} onChange={setOwner} maxLength={40} placeholder='负责落实的人员姓名' />
        </Field>
        <DayField label='完成期限' value={deadline} onChange={setDeadline} className='improve-deadline' />
      </View>
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
