import { useState } from 'react'
import { View, Text } from '@tarojs/components'
import { Input } from '@nutui/nutui-react-taro'
import { buildingSummary, type EstateDraft } from './estate'

type Buildings = EstateDraft['buildings']

/** Each building as two inputs (name, units) and a remove mark. */
function BuildingRows({ value, onChange }: { value: Buildings; onChange: (v: Buildings) => void }) {
  const set = (i: number, k: 'name' | 'units', v: string) => onChange(value.map((b, j) => (i === j ? { ...b, [k]: v } : b)))
  return (
    <View className='estate-buildings'>
      {value.map((b, i) => (
        <View key={i} className={`estate-building estate-building-${i}`}>
          <Input className='estate-building__name' value={b.name} maxLength={8} onChange={(v) => set(i, 'name', v)} />
          <Text className='estate-building__unit'>栋</Text>
          <Input className='estate-building__units' type='number' value={b.units} maxLength={2} onChange={(v) => set(i, 'units', v)} />
          <Text className='estate-building__unit'>单元</Text>
          <Text className='estate-building__remove' onClick={() => onChange(value.filter((_, j) => j !== i))}>
            ×
          </Text>
        </View>
      ))}
    </View>
  )
}

/**
 * The estate's buildings: a summary by number of units, and on request (or for a short list) one
 * row per building to rename, change or remove — an estate of 20 buildings does not open as 20 rows.
 */
export default function BuildingList({ value, onChange }: { value: Buildings; onChange: (v: Buildings) => void }) {
  const [editing, setEditing] = useState(value.length <= 4)
  if (editing || !value.length) return <BuildingRows value={value} onChange={onChange} />
  return (
    <View className='estate-summary'>
      {buildingSummary(value).map((g) => (
        <View key={g.units} className={`estate-summary__row estate-summary-${g.units || 'none'}`}>
          <Text className='estate-summary__units'>{Number(g.units) ? `${g.units} 单元` : '不分单元'}</Text>
          <Text className='estate-summary__names'>{g.names.join('、')} 栋</Text>
        </View>
      ))}
      <Text className='link estate-edit-buildings' onClick={() => setEditing(true)}>
        逐栋修改名称和单元数 ›
      </Text>
    </View>
  )
}
