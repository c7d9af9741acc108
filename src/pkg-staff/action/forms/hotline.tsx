import { useState } from 'react'
import { View } from '@tarojs/components'
import { HOTLINE_SATISFACTION } from '@shared/vocabulary'
import { LIMITS } from '@shared/limits'
import Field from '@/components/form/Field'
import { ChipSelect, optionsOf } from '@/components/form/ChipSelect'
import { useDraft } from '@/hooks/useDraft'
import { formatTime } from '@/utils/time'
import { SubmitBar, TextField, type FormProps } from './common'

/** W3: the reply returned to the 12345 hotline, recorded as sent now by the caller. */
export function HotlineReplyForm({ c, busy, submit, label, draftKey }: FormProps) {
  const [text, setText] = useDraft(`${draftKey}text`, c.result?.summary ?? '')
  const due = c.hotline ? formatTime(c.hotline.dueAt) : ''
  return (
    <View>
      <View className='notice'>
        热线工单 {c.hotline?.orderNo}，热线办理时限 {due}。请在热线系统提交回复后在此记录，记录时间即回复时间。
      </View>
      <View className='form-card'>
        <TextField
          label='回复热线的内容'
          required
          value={text}
          onChange={setText}
          max={LIMITS.note}
          rows={5}
          className='hotline-reply-input'
          placeholder='处理经过和结果，与提交热线系统的内容一致'
        />
      </View>
      <SubmitBar
        busy={busy}
        label={label}
        onClick={() => submit(!text.trim() ? '请填写回复热线的内容' : null, async () => ({ text: text.trim() }))}
      />
    </View>
  )
}

/** W4: the satisfaction result the hotline sent back after calling the complainant. */
export function HotlineSatisfactionForm({ busy, submit, label, draftKey }: FormProps) {
  const [result, setResult] = useState<string>()
  const [note, setNote] = useDraft(`${draftKey}note`, '')
  return (
    <View>
      <View className='form-card'>
        <Field label='热线回访结果' required>
          <ChipSelect className='hotline-result-select' options={optionsOf(HOTLINE_SATISFACTION)} value={result} onChange={setResult} />
        </Field>
        <TextField label='备注' value={note} onChange={setNote} max={LIMITS.text} placeholder='热线反馈的意见（可不填）' />
      </View>
      <SubmitBar
        busy={busy}
        label={label}
        onClick={() => submit(!result ? '请选择热线回访结果' : null, async () => ({ result, note: note.trim() }))}
      />
    </View>
  )
}
