import { useState } from 'react'
import { View } from '@tarojs/components'
import InfoRow from '@/components/InfoRow'
import { useDraft } from '@/hooks/useDraft'
import DayField from '@/components/form/DayField'
import { LIMITS } from '@shared/limits'
import { dayAfter, today } from '@/utils/time'
import { SubmitBar, TextField, currentDue, latestHint, type FormProps } from './common'

const later = (a: string, b: string) => (a > b ? a : b)

/** H3-EXT: ask to move the handling deadline; the complainant is told the reason. */
export function ExtensionForm({ c, busy, submit, label, draftKey }: FormProps) {
  const [day, setDay] = useState('')
  const [reason, setReason] = useDraft(`${draftKey}reason`, '')
  return (
    <View>
      <View className='form-card'>
        {c.deadlines.handlingDueAt && <InfoRow label='当前期限' value={currentDue(c)} />}
        {/* An extension moves the deadline later: the picker starts the day after the current one. */}
        <DayField
          label='延期至'
          value={day}
          onChange={setDay}
          start={c.deadlines.handlingDueAt ? later(dayAfter(c.deadlines.handlingDueAt), today()) : undefined}
          end={c.latestDay}
          hint={latestHint(c.latestDay)}
        />
        <TextField
          label='延期原因'
          required
          value={reason}
          onChange={setReason}
          max={LIMITS.text}
          className='reason-input'
          placeholder='如：配件需要采购，预计周五到货'
          hint='经主管批准后，投诉人将收到延期通知和原因。'
        />
      </View>
      <SubmitBar
        busy={busy}
        label={label}
        onClick={() =>
          submit(!day ? '请选择延期后的完成日期' : !reason.trim() ? '请填写延期原因' : null, () => ({
            newDeadline: day,
            reason: reason.trim(),
          }))
        }
      />
    </View>
  )
}
