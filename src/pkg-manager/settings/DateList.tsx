import { View, Text, Picker } from '@tarojs/components'
import { formatDay, shiftYears, today } from '@/utils/time'

interface Props {
  days: string[]
  onChange: (days: string[]) => void
  addText: string
  /** Limits the picker to one year; without it, a year either side of today (closures are recent or planned). */
  year?: string
  className?: string
}

/** A sorted list of calendar days, each removable, with a date picker to add one. */
export default function DateList({ days, onChange, addText, year, className }: Props) {
  const add = (d: string) => {
    if (!days.includes(d)) onChange([...days, d].sort())
  }
  return (
    <View className={`date-list ${className ?? ''}`}>
      {days.map((d) => (
        <View key={d} className='date-chip'>
          <Text>{year ? formatDay(d) : d}</Text>
          <Text className='date-chip__remove' onClick={() => onChange(days.filter((x) => x !== d))}>
            ×
          </Text>
        </View>
      ))}
      <Picker
        mode='date'
        value={year ? `${year}-01-01` : (days[days.length - 1] ?? today())}
        start={year ? `${year}-01-01` : shiftYears(-1)}
        end={year ? `${year}-12-31` : shiftYears(1)}
        onChange={(e) => add(String(e.detail.value))}
      >
        <View className='date-chip date-chip--add'>＋ {addText}</View>
      </Picker>
    </View>
  )
}
