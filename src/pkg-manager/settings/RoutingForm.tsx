import { View, Text, Picker } from '@tarojs/components'
import { CATEGORIES, DEPARTMENTS, type Category, type DepartmentCode } from '@shared/vocabulary'

const DEPTS = Object.entries(DEPARTMENTS) as [DepartmentCode, string][]

/** H1 routing: which department each category goes to; customer service sees it as the proposal when dispatching. */
export default function RoutingForm({
  value,
  onChange,
}: {
  value: Record<Category, DepartmentCode>
  onChange: (v: Record<Category, DepartmentCode>) => void
}) {
  return (
    <View className='card settings-card settings-routing'>
      <View className='card__title'>
        <Text>派单规则</Text>
        <Text className='card__extra'>投诉类别 → 承办部门</Text>
      </View>
      {(Object.keys(CATEGORIES) as Category[]).map((c) => {
        const index = Math.max(
          0,
          DEPTS.findIndex(([code]) => code === value[c]),
        )
        return (
          <Picker
            key={c}
            mode='selector'
            range={DEPTS.map(([, l]) => l)}
            value={index}
            onChange={(e) => onChange({ ...value, [c]: DEPTS[Number(e.detail.value)][0] })}
          >
            <View className={`routing-row routing-${c}`}>
              <Text className='routing-row__category'>{CATEGORIES[c]}</Text>
              <Text className='routing-row__dept'>{DEPARTMENTS[value[c]] ?? '请选择'} ›</Text>
            </View>
          </Picker>
        )
      })}
    </View>
  )
}
