import { useState } from 'react'
import { View, Text } from '@tarojs/components'
import { Button, Input } from '@nutui/nutui-react-taro'
import { toast } from '@/utils/ui'
import BuildingList from './BuildingList'
import { addRange, type EstateDraft } from './estate'

const NO_RANGE = { from: '', to: '', units: '' }

/** The batch row: buildings "from … to …" with the same number of units; names already listed are reported, not changed. */
function RangeRow({ value, onChange }: { value: EstateDraft['buildings']; onChange: (v: EstateDraft['buildings']) => void }) {
  const [range, setRange] = useState(NO_RANGE)
  const add = () => {
    const next = addRange(value, range.from, range.to, range.units)
    if (typeof next === 'string') return toast(next)
    onChange(next.buildings)
    setRange(NO_RANGE)
    const added = next.buildings.length - value.length
    if (next.skipped.length)
      toast(`${added ? `已添加 ${added} 栋；` : ''}${next.skipped.join('、')}栋已在列表中，单元数未改动，可在上方修改`)
  }
  const box = (k: keyof typeof NO_RANGE, placeholder: string, maxLength: number) => (
    <Input
      className={`estate-range__${k}`}
      type='number'
      value={range[k]}
      placeholder={placeholder}
      maxLength={maxLength}
      onChange={(v) => setRange({ ...range, [k]: v })}
    />
  )
  return (
    <View className='estate-range'>
      {box('from', '起', 3)}
      <Text className='estate-building__unit'>到</Text>
      {box('to', '止', 3)}
      <Text className='estate-building__unit'>栋，每栋</Text>
      {box('units', '0', 2)}
      <Text className='estate-building__unit'>单元</Text>
      <Button className='estate-range__add' size='small' type='primary' fill='outline' onClick={add}>
        添加
      </Button>
    </View>
  )
}

/** The estate's public areas as chips, each removable, and a box to add one. */
function AreaList({ value, onChange }: { value: string[]; onChange: (v: string[]) => void }) {
  const [area, setArea] = useState('')
  const add = () => {
    const a = area.trim()
    if (!a) return toast('请填写公共区域名称')
    if (value.includes(a)) return toast('已有这个公共区域')
    onChange([...value, a])
    setArea('')
  }
  return (
    <>
      <View className='estate-areas__title'>公共区域</View>
      <View className='chips estate-areas'>
        {value.map((a) => (
          <View key={a} className='chip estate-area'>
            <Text className='chip__label'>{a}</Text>
            <Text className='estate-area__remove' onClick={() => onChange(value.filter((x) => x !== a))}>
              ×
            </Text>
          </View>
        ))}
      </View>
      <View className='estate-range'>
        <Input className='estate-area-input' value={area} placeholder='如：东门、中心花园' maxLength={20} onChange={setArea} />
        <Button className='estate-area-add' size='small' type='primary' fill='outline' onClick={add}>
          添加
        </Button>
      </View>
    </>
  )
}

/**
 * The estate (小区): its buildings with their units, and its public areas. Residents pick their
 * complaint's place from them, and rooms are checked against the buildings (A2).
 */
export default function EstateForm({ value, onChange }: { value: EstateDraft; onChange: (v: EstateDraft) => void }) {
  return (
    <View className='card settings-card settings-estate'>
      <View className='card__title'>
        <Text>小区楼栋与公共区域</Text>
        <Text className='card__extra'>{value.buildings.length} 栋</Text>
      </View>
      <View className='hint'>业主投诉时从这里选择地点；业主和代为登记时填写的房号会按楼栋和单元核对。未录入楼栋时不核对。</View>
      <BuildingList value={value.buildings} onChange={(buildings) => onChange({ ...value, buildings })} />
      <RangeRow value={value.buildings} onChange={(buildings) => onChange({ ...value, buildings })} />
      <View className='hint'>单元数填 0 表示该栋不分单元；字母楼栋（如 A 栋）可逐栋修改名称。</View>
      <AreaList value={value.areas} onChange={(areas) => onChange({ ...value, areas })} />
    </View>
  )
}
