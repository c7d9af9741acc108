import { View } from '@tarojs/components'
import './form.scss'

export interface ChipOption {
  value: string
  label: string
  /** A second line under the label, e.g. what a refusal ground means. */
  note?: string
}

interface SingleProps {
  options: ChipOption[]
  value?: string
  onChange: (value: string) => void
  /** Full-width rows instead of chips, for long labels. */
  block?: boolean
  className?: string
  disabled?: boolean
}

/** Pick one of a few options with one tap (categories, departments, grounds). */
export function ChipSelect({ options, value, onChange, block, className, disabled }: SingleProps) {
  return (
    <View className={`chips ${block ? 'chips--block' : ''} ${className ?? ''}`}>
      {options.map((o) => (
        <View
          key={o.value}
          className={`chip chip-${o.value} ${value === o.value ? 'is-active' : ''} ${disabled ? 'is-disabled' : ''}`}
          onClick={() => !disabled && onChange(o.value)}
        >
          <View className='chip__label'>{o.label}</View>
          {o.note && <View className='chip__note'>{o.note}</View>}
        </View>
      ))}
    </View>
  )
}

interface MultiProps {
  options: ChipOption[]
  value: string[]
  onChange: (value: string[]) => void
  className?: string
}

/** Pick any number of options (coordinating departments). */
export function ChipMultiSelect({ options, value, onChange, className }: MultiProps) {
  const toggle = (v: string) => onChange(value.includes(v) ? value.filter((x) => x !== v) : [...value, v])
  return (
    <View className={`chips ${className ?? ''}`}>
      {options.map((o) => (
        <View
          key={o.value}
          className={`chip chip-${o.value} ${value.includes(o.value) ? 'is-active' : ''}`}
          onClick={() => toggle(o.value)}
        >
          <View className='chip__label'>{o.label}</View>
        </View>
      ))}
    </View>
  )
}

/** Options from a vocabulary table (`{ code: '中文' }`). */
export function optionsOf(table: Record<string, string>, keys?: string[]): ChipOption[] {
  return (keys ?? Object.keys(table)).map((value) => ({ value, label: table[value] }))
}
