import { View } from '@tarojs/components'
import { useDraft } from '@/hooks/useDraft'
import { LIMITS } from '@shared/limits'
import { SubmitBar, TextField, type FormProps } from './common'

/**
 * H1-E, issue 14: customer service clears an emergency flag that was no emergency. The reason is
 * recorded and the complainant told; the alert chain stops and the complaint goes on as a general one.
 */
export function ClearEmergencyForm({ c, busy, submit, label, draftKey }: FormProps) {
  const [reason, setReason] = useDraft(`${draftKey}reason`, '')
  const words = c.alert?.rules.map((r) => `${r.name}（${r.words.join('、')}）`).join('；')
  return (
    <View>
      <View className='notice'>
        {words ? `系统按“${words}”识别为紧急投诉。` : '此投诉被标记为紧急投诉。'}
        解除后告警停止，投诉按一般投诉的时限处理，投诉人会收到说明。
      </View>
      <View className='form-card'>
        <TextField
          label='解除紧急的原因'
          required
          value={reason}
          onChange={setReason}
          max={LIMITS.text}
          rows={3}
          className='clear-reason'
        />
      </View>
      <SubmitBar
        danger
        busy={busy}
        label={label}
        onClick={() => submit(reason.trim() ? null : '请填写解除紧急的原因', () => ({ reason: reason.trim() }))}
      />
    </View>
  )
}
