import { View, Picker } from '@tarojs/components'
import Field from './Field'
import { formatDay, shiftYears, today } from '@/utils/time'
import './form.scss'

interface Props {
  label: string
  value: string
  onChange: (v: string) => void
  hint?: string
  required?: boolean
  /** Earliest day that can be picked (`YYYY-MM-DD`); today when omitted, '' for no limit. */
  start?: string
  /** Latest day that can be picked; a year from today when omitted (the system picker would run to 2373). */
  end?: string
  className?: string
}

/** A calendar day (Asia/Shanghai) chosen with the system date picker. */
export default function DayField({ label, value, onChange, hint, required = true, start, end, className }: Props) {
  const from = start === undefined ? today() : start
  return (
    <Field label={label} required={required} hint={hint} className={className}>
      <Picker
        mode='date'
        value={value || today()}
        start={from || undefined}
        end={end ?? shiftYears(1)}
        onChange={(e) => onChange(String(e.detail.value))}
      >
        <View className={`date-value ${value ? '' : 'is-empty'}`}>{value ? formatDay(value) + `（${value}）` : '请选择日期'}</View>
      </Picker>
    </Field>
  )
}
