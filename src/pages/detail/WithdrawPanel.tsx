import { View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { LIMITS } from '@shared/limits'
import { WITHDRAWAL_REASONS, type WithdrawalReason } from '@shared/vocabulary'
import { ChipSelect } from '@/components/form/ChipSelect'
import TextBox from '@/components/form/TextBox'
import { useDraft } from '@/hooks/useDraft'
import { toast } from '@/utils/ui'

const OPTIONS = Object.entries(WITHDRAWAL_REASONS).map(([value, label]) => ({ value, label }))

interface Props {
  id: string
  busy: boolean
  onSend: (reason: WithdrawalReason, text: string) => void
  onCancel: () => void
}

/** C3: why the complainant withdraws (其他 in their own words); the page confirms before it goes. */
export default function WithdrawPanel({ id, busy, onSend, onCancel }: Props) {
  const [reason, setReason] = useDraft<string>(`${id}:withdraw:reason`, '')
  const [text, setText] = useDraft(`${id}:withdraw:text`, '')
  const send = () => {
    if (!reason) return toast('请选择撤销原因')
    if (reason === 'other' && !text.trim()) return toast('选择“其他”时请说明撤销原因')
    onSend(reason as WithdrawalReason, text.trim())
  }
  return (
    <View className='card withdraw-panel'>
      <View className='card__title'>撤销投诉</View>
      <ChipSelect className='withdraw-reason' options={OPTIONS} value={reason} onChange={setReason} disabled={busy} />
      <TextBox
        className='withdraw-text'
        name='撤销说明'
        value={text}
        onChange={setText}
        max={LIMITS.text}
        rows={2}
        placeholder={reason === 'other' ? '请说明撤销原因' : '补充说明（选填）'}
      />
      <View className='hint'>撤销后投诉不再处理，处理记录会保留；如问题再次出现，可重新投诉并引用本投诉。</View>
      <View className='add-info-panel__buttons'>
        <Button className='withdraw-cancel' size='small' fill='outline' disabled={busy} onClick={onCancel}>
          取消
        </Button>
        <Button className='withdraw-send' size='small' type='danger' loading={busy} disabled={busy} onClick={send}>
          撤销投诉
        </Button>
      </View>
    </View>
  )
}
