import { useEffect, useState } from 'react'
import { View, Text } from '@tarojs/components'
import { Input } from '@nutui/nutui-react-taro'
import { normalizePlace, parseRoom } from '@shared/place'
import './form.scss'

type Parts = { building: string; unit: string; no: string }

// What people type after the number, which the labels beside the boxes already say.
const clean = {
  building: (v: string) => v.replace(/\s+/g, '').replace(/(号楼|号|幢|栋|#)+$/, ''),
  unit: (v: string) => v.replace(/\s+/g, '').replace(/(单元|单|-)+$/, ''),
  no: (v: string) => v.replace(/\s+/g, '').replace(/(室|号)+$/, ''),
}

/**
 * Joins the parts the way rooms are stored and looked up: "3栋2单元1502" (the unit may be absent),
 * whatever the boxes hold ("3号楼", "2单元" and "1502室" give the same). '' until building and room are there.
 */
export function formatRoom(building: string, unit: string, no: string): string {
  const b = clean.building(building)
  const n = clean.no(no)
  if (!b || !n) return ''
  const u = clean.unit(unit)
  return normalizePlace(`${b}栋${u ? `${u}单元` : ''}${n}`)
}

/**
 * Building / unit / room in three short inputs, so every room is written the same way and the
 * staff's room search finds it. A whole address typed or pasted into the first box
 * ("3号楼2单元1502") is split into the three.
 */
export default function RoomInput({ value, onChange }: { value: string; onChange: (room: string) => void }) {
  const [parts, setParts] = useState<Parts>(() => parseRoom(value) ?? { building: '', unit: '', no: '' })
  useEffect(() => {
    const p = parseRoom(value)
    if (p && formatRoom(p.building, p.unit, p.no) !== formatRoom(parts.building, parts.unit, parts.no)) setParts(p)
    // Only an outside change of `value` (e.g. a loaded profile) resets the parts.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [value])
  const set = (k: keyof Parts) => (v: string) => {
    const whole = k === 'building' && /栋|号楼|幢/.test(v) ? parseRoom(v) : null
    const next = whole && whole.no ? whole : { ...parts, [k]: k === 'building' ? v.replace(/\s+/g, '') : v }
    setParts(next)
    onChange(formatRoom(next.building, next.unit, next.no))
  }
  return (
    <View className='room-input'>
      <Input className='room-input__building' value={parts.building} placeholder='楼栋' maxLength={30} onChange={set('building')} />
      <Text className='room-input__unit-label'>栋</Text>
      <Input className='room-input__unit' value={parts.unit} placeholder='单元' maxLength={6} onChange={set('unit')} />
      <Text className='room-input__unit-label'>单元</Text>
      <Input className='room-input__no' value={parts.no} placeholder='房号' maxLength={10} onChange={set('no')} />
    </View>
  )
}
