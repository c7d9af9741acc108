import { View, Text } from '@tarojs/components'
import { DAY_TYPE_LABELS, weekdaysText } from './labels'
import type { Roster } from './useRoster'

/** The roster by department (named by `nameOf`, from settings): each shift and swap, with a way to remove it. */
export default function RosterList({
  roster,
  nameOf,
  onRemoveShift,
  onRemoveSwap,
}: {
  roster: Roster
  nameOf: (code: string) => string
  onRemoveShift: (i: number) => void
  onRemoveSwap: (i: number) => void
}) {
  const departments = [...new Set(roster.shifts.map((s) => s.departmentCode))]
  if (!roster.shifts.length && !roster.swaps.length)
    return <View className='card notice'>尚未排班：紧急投诉会通知相关部门和客服中心的全部人员。</View>
  return (
    <View className='card roster-list'>
      {departments.map((d) => (
        <View key={d} className={`roster-department roster-${d}`}>
          <View className='card__title'>{nameOf(d)}</View>
          {roster.shifts.map((s, i) =>
            s.departmentCode !== d ? null : (
              <View key={i} className='row row--between roster-shift'>
                <Text>
                  {s.name} · {weekdaysText(s.weekdays)} · {DAY_TYPE_LABELS[s.dayType]} · {s.start}–{s.end}
                </Text>
                <Text className='link roster-remove' onClick={() => onRemoveShift(i)}>
                  删除
                </Text>
              </View>
            ),
          )}
        </View>
      ))}
      {roster.swaps.map((w, i) => (
        <View key={`swap-${i}`} className='row row--between roster-swap'>
          <Text>
            调班 {w.date} · {nameOf(w.departmentCode)} · 由 {w.toName} 替班
          </Text>
          <Text className='link' onClick={() => onRemoveSwap(i)}>
            删除
          </Text>
        </View>
      ))}
    </View>
  )
}
