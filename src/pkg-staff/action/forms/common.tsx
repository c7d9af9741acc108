import { View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import type { ComplaintView } from '@domain/view'
import Field from '@/components/form/Field'
import TextBox from '@/components/form/TextBox'
import { formatDay, formatTime } from '@/utils/time'
import type { Submit } from '../useSubmitAction'

/** H4-2: the latest day the server allows (the view's `latestDay`), said before the picker stops there. */
export const latestHint = (day?: string) => (day ? `最晚可选 ${formatDay(day)}（受理后的延期上限）。` : '')

/** The current handling deadline, with "（暂定）" while it is provisional (H4: counted before its year's holidays were entered). */
export const currentDue = ({ deadlines: d }: ComplaintView) =>
  d.handlingDueAt ? `${formatTime(d.handlingDueAt)}${d.provisional?.handlingDueAt ? '（暂定）' : ''}` : undefined

/** What every action form receives. */
export interface FormProps {
  c: ComplaintView
  busy: boolean
  submit: Submit
  /** The button text (the action's label). */
  label: string
  /** Prefix of this form's drafts (`<complaintId>:<action>:`): typed text survives leaving the page. */
  draftKey: string
}

/** A labelled text box with the server's character limit (see TextBox). */
export function TextField(props: {
  label: string
  value: string
  onChange: (v: string) => void
  max: number
  required?: boolean
  placeholder?: string
  hint?: string
  className?: string
  rows?: number
}) {
  return (
    <Field label={props.label} required={props.required} hint={props.hint}>
      <TextBox
        className={props.className}
        name={props.label}
        value={props.value}
        onChange={props.onChange}
        max={props.max}
        rows={props.rows ?? 4}
        placeholder={props.placeholder}
      />
    </Field>
  )
}

/** The fixed submit button of an action form. */
export function SubmitBar({ busy, label, onClick, danger }: { busy: boolean; label: string; onClick: () => void; danger?: boolean }) {
  return (
    <View className='bottom-bar'>
      <Button className='submit-button' type={danger ? 'danger' : 'primary'} block loading={busy} disabled={busy} onClick={onClick}>
        {label}
      </Button>
    </View>
  )
}
