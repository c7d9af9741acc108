import { View } from '@tarojs/components'
import { useDraft } from '@/hooks/useDraft'
import { LIMITS } from '@shared/limits'
import { SubmitBar, TextField, type FormProps } from './common'

/**
 * H2-S, G3-P5: the allegation as the staff member the complaint is about is told it — all they
 * see of the matter, so it is written in staff's words, without the complainant's name, words,
 * photos, place or exact time.
 */
export function AllegationForm({ c, busy, submit, label, draftKey }: FormProps) {
  const [text, setText] = useDraft(`${draftKey}text`, c.allegation?.text ?? '')
  return (
    <View>
      <View className='notice'>
        被投诉员工{c.subjectStaffName ? `（${c.subjectStaffName}）` : ''}
        只能看到这里填写的要点，看不到投诉人、投诉原文、照片、地点和具体时间。请写明需要其说明的事项，不要写入可识别投诉人的信息。
      </View>
      <View className='form-card'>
        <TextField
          label='告知员工的投诉要点'
          required
          value={text}
          onChange={setText}
          max={LIMITS.note}
          rows={5}
          className='allegation-input'
          placeholder='例如：被反映11月下旬夜间执勤时态度粗暴，请说明当晚经过。'
        />
      </View>
      <SubmitBar
        busy={busy}
        label={label}
        onClick={() => submit(!text.trim() ? '请填写投诉要点' : null, async () => ({ text: text.trim() }))}
      />
    </View>
  )
}
