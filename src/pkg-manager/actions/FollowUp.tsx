import { useState } from 'react'
import { View } from '@tarojs/components'
import { Button, Popup, TextArea } from '@nutui/nutui-react-taro'
import Field from '@/components/form/Field'
import { ChipSelect } from '@/components/form/ChipSelect'
import { updateAction, type ActionStatus, type ActionView } from '@/services/report'
import { toast, toastError } from '@/utils/ui'
import '@/components/form/form.scss'

const STATUSES = [
  { value: 'open', label: '未开始' },
  { value: 'in_progress', label: '进行中' },
  { value: 'done', label: '已完成' },
]

interface Props {
  action: ActionView | null
  onClose: () => void
  onSaved: (a: ActionView) => void
}

/** S3 follow-up (action.update): a note of what was done and the status it leaves the action in. Notes are kept, never edited. */
export default function FollowUp({ action, onClose, onSaved }: Props) {
  const [status, setStatus] = useState<ActionStatus>('in_progress')
  const [note, setNote] = useState('')
  const [busy, setBusy] = useState(false)
  const [shownFor, setShownFor] = useState<string>()
  if (action && shownFor !== action.id) {
    setShownFor(action.id)
    setStatus(action.status === 'open' ? 'in_progress' : action.status)
    setNote('')
  }
  const save = async () => {
    if (!action || busy) return
    setBusy(true)
    try {
      onSaved(await updateAction(action.id, status, note))
      toast('已记录跟进情况', 'success')
      onClose()
    } catch (e) {
      toastError(e)
    } finally {
      setBusy(false)
    }
  }
  return (
    <Popup visible={!!action} position='bottom' round closeable title='跟进措施' onClose={onClose} className='follow-up'>
      <View className='follow-up__body'>
        <Field label='当前进度' required>
          <ChipSelect options={STATUSES} value={status} onChange={(v) => setStatus(v as ActionStatus)} className='follow-status' />
        </Field>
        <Field label='跟进情况' required>
          <TextArea
            className='follow-note'
            value={note}
            onChange={setNote}
            maxLength={500}
            showCount
            autoSize
            rows={3}
            placeholder='做了什么、效果如何、下一步安排'
          />
        </Field>
        <Button className='follow-save' type='primary' block loading={busy} disabled={busy} onClick={save}>
          保存
        </Button>
      </View>
    </Popup>
  )
}
