import { View, Text, Picker } from '@tarojs/components'
import type { PeriodKind } from '@/services/report'
import { today } from '@/utils/time'
import { useDepartments } from '@/hooks/useDepartments'
import type { PeriodState } from './usePeriod'
import './PeriodBar.scss'

const KINDS: { value: PeriodKind; label: string }[] = [
  { value: 'day', label: '日' },
  { value: 'week', label: '周' },
  { value: 'month', label: '月' },
  { value: 'quarter', label: '季' },
]

interface Props {
  state: PeriodState
  /** The period's name as the report gave it (e.g. 2026年11月), and the department it covers. */
  periodLabel?: string
  scopeLabel?: string
}

/** Period kind (日/周/月/季), a day inside it, and the department (manager only), kept on top of a statistics page. */
export default function PeriodBar({ state, periodLabel, scopeLabel }: Props) {
  // Every department settings list, deactivated ones too: their past is reported.
  const options = [{ value: '', label: '全部部门' }, ...useDepartments().listed.map((d) => ({ value: d.code, label: d.name }))]
  const deptIndex = Math.max(
    0,
    options.findIndex((o) => o.value === state.dept),
  )
  return (
    <View className='period-bar'>
      <View className='period-bar__kinds'>
        {KINDS.map((k) => (
          <View
            key={k.value}
            className={`period-kind period-kind-${k.value} ${state.period === k.value ? 'is-active' : ''}`}
            onClick={() => state.setPeriod(k.value)}
          >
            {k.label}
          </View>
        ))}
      </View>
      <View className='period-bar__row'>
        <Picker mode='date' value={state.date} end={today()} onChange={(e) => state.setDate(String(e.detail.value))}>
          <View className='period-bar__picker period-date'>
            <Text className='period-bar__label'>{periodLabel ?? state.date}</Text>
            <Text className='period-bar__arrow'>▾</Text>
          </View>
        </Picker>
        {state.isManager ? (
          <Picker
            mode='selector'
            range={options.map((o) => o.label)}
            value={deptIndex}
            onChange={(e) => state.setDept(options[Number(e.detail.value)].value)}
          >
            <View className={`period-bar__picker period-dept ${state.dept ? 'is-set' : ''}`}>
              <Text>{options[deptIndex].label}</Text>
              <Text className='period-bar__arrow'>▾</Text>
            </View>
          </Picker>
        ) : (
          scopeLabel && <View className='period-bar__scope'>{scopeLabel}</View>
        )}
      </View>
    </View>
  )
}
