import { View, Text } from '@tarojs/components'
import { Input } from '@nutui/nutui-react-taro'
import { ACCESS_PURPOSES } from '@shared/privacy-labels'
import { ChipSelect, optionsOf } from '@/components/form/ChipSelect'
import DayField from '@/components/form/DayField'
import Field from '@/components/form/Field'
import type { AccessLogFilter } from '@/services/privacy'

const PURPOSES = [{ value: '', label: '全部' }, ...optionsOf(ACCESS_PURPOSES)]

interface Props {
  value: AccessLogFilter & { viewerName?: string }
  onChange: (f: AccessLogFilter & { viewerName?: string }) => void
}

/** The access log's filters: purpose, complaint number, days, and the staff member picked from a row. */
export default function Filters({ value, onChange }: Props) {
  const set = (patch: Partial<Props['value']>) => onChange({ ...value, ...patch })
  return (
    <View className='form-card accesslog-filters'>
      <Field label='用途'>
        <ChipSelect className='accesslog-purpose' options={PURPOSES} value={value.purpose ?? ''} onChange={(purpose) => set({ purpose })} />
      </Field>
      <Field label='投诉编号'>
        <Input
          className='accesslog-no'
          value={value.complaintNo ?? ''}
          placeholder='如 TS20261130-0001'
          onChange={(v) => set({ complaintNo: v.trim() })}
        />
      </Field>
      <DayField label='开始日期' required={false} start='' end='' value={value.from ?? ''} onChange={(from) => set({ from })} />
      <DayField label='结束日期' required={false} start='' end='' value={value.to ?? ''} onChange={(to) => set({ to })} />
      {(value.from || value.to) && (
        <Text className='accesslog-days-clear' onClick={() => set({ from: undefined, to: undefined })}>
          清除日期
        </Text>
      )}
      {value.viewerOpenid && (
        <View className='accesslog-viewer'>
          只看 {value.viewerName}
          <Text className='accesslog-viewer__clear' onClick={() => set({ viewerOpenid: undefined, viewerName: undefined })}>
            清除
          </Text>
        </View>
      )}
    </View>
  )
}
