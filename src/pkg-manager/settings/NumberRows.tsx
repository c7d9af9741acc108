import { View, Text } from '@tarojs/components'
import { Input } from '@nutui/nutui-react-taro'

/** One number setting as the forms show it: its label, what it measures and its unit. */
export interface NumberRow<K extends string> {
  key: K
  label: string
  unit: string
  note: string
}

/** Number settings as typed: text per key, for the server to name what is wrong. */
export type NumberDraft<K extends string> = Record<K, string>

/** The draft as the server takes it: numbers, an empty field as null (the server names it). */
export function numbersOf<K extends string>(d: NumberDraft<K>): Record<K, number | null> {
  return Object.fromEntries(Object.entries<string>(d).map(([k, v]) => [k, v.trim() === '' ? null : Number(v)])) as Record<K, number | null>
}

/**
 * The rows of number settings of one card (deadlines, retention periods): label and note on the
 * left, the number and its unit on the right. Each row's class is `<prefix>-<key>` for the tests.
 */
export function NumberRows<K extends string>({
  rows,
  prefix,
  value,
  onChange,
}: {
  rows: NumberRow<K>[]
  prefix: string
  value: NumberDraft<K>
  onChange: (v: NumberDraft<K>) => void
}) {
  return (
    <>
      {rows.map((r) => (
        <View key={r.key} className={`deadline-row ${prefix}-${r.key}`}>
          <View className='deadline-row__text'>
            <View className='deadline-row__label'>{r.label}</View>
            <View className='muted'>{r.note}</View>
          </View>
          <Input className='deadline-row__input' type='number' value={value[r.key]} onChange={(v) => onChange({ ...value, [r.key]: v })} />
          <Text className='deadline-row__unit'>{r.unit}</Text>
        </View>
      ))}
    </>
  )
}
