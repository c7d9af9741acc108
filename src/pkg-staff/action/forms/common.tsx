import { View } from '@tarojs/components'
import { Button, TextArea } from '@nutui/nutui-react-taro'
import type { ComplaintView } from '@domain/view'
import Field from '@/components/form/Field'
import type { Submit } from '../useSubmitAction'

/** What every action form receives. */
export interface FormProps {
  c: ComplaintView
  busy: boolean
  submit: Submit
  /** The button text (the action's label). */
  label: string
}

/** A labelled text area with the server's character limit as its counter. */
export function TextField(props: { label: string; value: string; onChange: (v: string) => void; max: number; required?: boolean; placeholder?: string; hint?: string; className?: string; rows?: number }) {
  return (
    <Field label={props.label} required={props.required} hint={props.hint}>
      <TextArea
        className={props.className}
        value={props.value}
        onChange={props.onChange}
        maxLength={props.max}
        showCount
        autoSize
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
