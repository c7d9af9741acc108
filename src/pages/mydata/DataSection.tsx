import { View } from '@tarojs/components'
import { formatTime } from '@/utils/time'

/** A value as the resident reads it: instants (ms) of the time columns in Shanghai time. */
export function shown(key: string, v: string | number, times: Set<string>): string {
  if (times.has(key) && typeof v === 'number') return formatTime(v)
  return v === '' ? '—' : String(v)
}

interface Props {
  title: string
  rows: Record<string, string | number>[]
  times: Set<string>
  className?: string
}

/** One section of the resident's data: each row as its labelled values. */
export default function DataSection({ title, rows, times, className }: Props) {
  return (
    <View className={`card mydata-section ${className ?? ''}`}>
      <View className='card__title'>
        {title}（{rows.length}）
      </View>
      {!rows.length && <View className='muted'>无</View>}
      {rows.map((r, i) => (
        <View key={i} className='mydata-row'>
          {Object.entries(r).map(([k, v]) => (
            <View key={k} className='mydata-row__pair'>
              <View className='mydata-row__key'>{k}</View>
              <View className='mydata-row__value'>{shown(k, v, times)}</View>
            </View>
          ))}
        </View>
      ))}
    </View>
  )
}
