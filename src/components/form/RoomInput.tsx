import { useEffect, useState } from 'react'
import { View, Text } from '@tarojs/components'
import { Input } from '@nutui/nutui-react-taro'
import './form.scss'

const ROOM = /^(.+?)栋(?:(.+?)单元)?(.+?)室?$/

/** Splits "3栋2单元1502" into its parts; null when the text has another shape. */
export function parseRoom(room: string): { building: string; unit: string; no: string } | null {
  const m = ROOM.exec(room.trim())
  return m ? { building: m[1], unit: m[2] ?? '', no: m[3] } : null
}

/** Joins the parts the way rooms are stored and looked up: "3栋2单元1502" (the unit may be absent). */
export function formatRoom(building: string, unit: string, no: string): string {
  const b = building.trim()
  const n = no.trim()
  if (!b || !n) return ''
  return `${b}栋${unit.trim() ? `${unit.trim()}单元` : ''}${n}`
}

/**
 * Building / unit / room in three short inputs, so every room is written the same way and the
 * staff's room search finds it.
 */
export default function RoomInput({ value, onChange }: { value: string; onChange: (room: string) => void }) {
  const initial = parseRoom(value) ?? { building: '', unit: '', no: '' }
  const [parts, setParts] = useState(initial)
  useEffect(() => {
    const p = parseRoom(value)
    if (p && formatRoom(p.building, p.unit, p.no) !== formatRoom(parts.building, parts.unit, parts.no)) setParts(p)
    // Only an outside change of `value` (e.g. a loaded profile) resets the parts.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [value])
  const set = (k: keyof typeof parts) => (v: string) => {
    const next = { ...parts, [k]: v }
    setParts(next)
    onChange(formatRoom(next.building, next.unit, next.no))
  }
  return (
    <View className='room-input'>
      <Input className='room-input__building' value={parts.building} placeholder='楼栋' maxLength={8} onChange={set('building')} />
      <Text className='room-input__unit-label'>栋</Text>
      <Input className='room-input__unit' value={parts.unit} placeholder='单元' maxLength={6} onChange={set('unit')} />
      <Text className='room-input__unit-label'>单元</Text>
      <Input className='room-input__no' value={parts.no} placeholder='房号' maxLength={10} onChange={set('no')} />
    </View>
  )
}
