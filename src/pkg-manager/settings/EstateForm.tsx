import { useState } from 'react'
import { View, Text } from '@tarojs/components'
import { Button, Input } from '@nutui/nutui-react-taro'
import type { OfficeSettings } from '@/services/admin'
import { toast } from '@/utils/ui'

type Estate = OfficeSettings['estate']

/** The estate as edited: unit counts as typed text, for the server to check. */
export interface EstateDraft {
  buildings: { name: string; units: string }[]
  areas: string[]
}

/** The saved estate as an editable draft. */
export function estateDraftOf(e: Estate): EstateDraft {
  return { buildings: e.buildings.map((b) => ({ name: b.name, units: String(b.units) })), areas: [...e.areas] }
}

/** The draft as settings.save takes it (an empty unit count is sent as it is, for the server to name). */
export function estateOf(d: EstateDraft): Estate {
  return {
    buildings: d.buildings.map((b) => ({
      name: b.name.trim(),
      units: b.units.trim() === '' ? (null as unknown as number) : Number(b.units),
    })),
    areas: d.areas,
  }
}

/**
 * Buildings "from … to …" with the same number of units, as the batch row adds them. Names already
 * listed keep their own unit count (they are reported, not changed). Takes the current list and
 * the typed range; returns the new list and the names skipped, or the problem in Chinese.
 */
export function addRange(
  list: EstateDraft['buildings'],
  from: string,
  to: string,
  units: string,
): { buildings: EstateDraft['buildings']; skipped: string[] } | string {
  const a = Number(from)
  const b = to.trim() === '' ? a : Number(to)
  if (!Number.isInteger(a) || !Number.isInteger(b) || a < 1 || b < a) return '请填写起止楼栋号，如 1 到 12'
  if (b - a >= 300) return '一次最多添加 300 栋'
  const u = units.trim() === '' ? 0 : Number(units)
  if (!Number.isInteger(u) || u < 0 || u > 20) return '每栋单元数应为 0–20（0 表示不分单元）'
  const have = new Set(list.map((x) => x.name))
  const names = Array.from({ length: b - a + 1 }, (_, i) => String(a + i))
  return {
    buildings: [...list, ...names.filter((n) => !have.has(n)).map((name) => ({ name, units: String(u) }))],
    skipped: names.filter((n) => have.has(n)),
  }
}

/**
 * The estate (小区): its buildings with their units, and its public areas. Residents pick their
 * complaint's place from them, and rooms are checked against the buildings (A2).
 */
export default function EstateForm({ value, onChange }: { value: EstateDraft; onChange: (v: EstateDraft) => void }) {
  const [range, setRange] = useState({ from: '', to: '', units: '' })
  const [area, setArea] = useState('')
  const setBuilding = (i: number, k: 'name' | 'units', v: string) =>
    onChange({ ...value, buildings: value.buildings.map((b, j) => (i === j ? { ...b, [k]: v } : b)) })
  const add = () => {
    const next = addRange(value.buildings, range.from, range.to, range.units)
    if (typeof next === 'string') return toast(next)
    onChange({ ...value, buildings: next.buildings })
    setRange({ from: '', to: '', units: '' })
    const added = next.buildings.length - value.buildings.length
    if (next.skipped.length)
      toast(`${added ? `已添加 ${added} 栋；` : ''}${next.skipped.join('、')}栋已在列表中，单元数未改动，可在上方修改`)
  }
  const addArea = () => {
    const a = area.trim()
    if (!a) return toast('请填写公共区域名称')
    if (value.areas.includes(a)) return toast('已有这个公共区域')
    onChange({ ...value, areas: [...value.areas, a] })
    setArea('')
  }
  return (
    <View className='card settings-card settings-estate'>
      <View className='card__title'>
        <Text>小区楼栋与公共区域</Text>
        <Text className='card__extra'>{value.buildings.length} 栋</Text>
      </View>
      <View className='hint'>业主投诉时从这里选择地点；业主和代为登记时填写的房号会按楼栋和单元核对。未录入楼栋时不核对。</View>
      <View className='estate-buildings'>
        {value.buildings.map((b, i) => (
          <View key={i} className={`estate-building estate-building-${i}`}>
            <Input className='estate-building__name' value={b.name} maxLength={8} onChange={(v) => setBuilding(i, 'name', v)} />
            <Text className='estate-building__unit'>栋</Text>
            <Input
              className='estate-building__units'
              type='number'
              value={b.units}
              maxLength={2}
              onChange={(v) => setBuilding(i, 'units', v)}
            />
            <Text className='estate-building__unit'>单元</Text>
            <Text
              className='estate-building__remove'
              onClick={() => onChange({ ...value, buildings: value.buildings.filter((_, j) => j !== i) })}
            >
              ×
            </Text>
          </View>
        ))}
      </View>
      <View className='estate-range'>
        <Input
          className='estate-range__from'
          type='number'
          value={range.from}
          placeholder='起'
          maxLength={3}
          onChange={(v) => setRange({ ...range, from: v })}
        />
        <Text className='estate-building__unit'>到</Text>
        <Input
          className='estate-range__to'
          type='number'
          value={range.to}
          placeholder='止'
          maxLength={3}
          onChange={(v) => setRange({ ...range, to: v })}
        />
        <Text className='estate-building__unit'>栋，每栋</Text>
        <Input
          className='estate-range__units'
          type='number'
          value={range.units}
          placeholder='0'
          maxLength={2}
          onChange={(v) => setRange({ ...range, units: v })}
        />
        <Text className='estate-building__unit'>单元</Text>
        <Button className='estate-range__add' size='small' type='primary' fill='outline' onClick={add}>
          添加
        </Button>
      </View>
      <View className='hint'>单元数填 0 表示该栋不分单元；字母楼栋（如 A 栋）可在上方列表中直接修改名称。</View>
      <View className='estate-areas__title'>公共区域</View>
      <View className='chips estate-areas'>
        {value.areas.map((a) => (
          <View key={a} className='chip estate-area'>
            <Text className='chip__label'>{a}</Text>
            <Text className='estate-area__remove' onClick={() => onChange({ ...value, areas: value.areas.filter((x) => x !== a) })}>
              ×
            </Text>
          </View>
        ))}
      </View>
      <View className='estate-range'>
        <Input className='estate-area-input' value={area} placeholder='如：东门、中心花园' maxLength={20} onChange={setArea} />
        <Button className='estate-area-add' size='small' type='primary' fill='outline' onClick={addArea}>
          添加
        </Button>
      </View>
    </View>
  )
}
