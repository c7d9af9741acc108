import { View, Text, Picker } from '@tarojs/components'
import { CATEGORIES, type Category, type DepartmentCode } from '@shared/vocabulary'
import type { DepartmentDraft } from './departments'

interface Props {
  value: Record<Category, DepartmentCode>
  onChange: (v: Record<Category, DepartmentCode>) => void
  /** The department list as edited: saved departments that are active are the choices. */
  departments: DepartmentDraft[]
}

/**
 * H1 routing: which department each category goes to; customer service sees it as the proposal when
 * dispatching. Only active, saved departments can be chosen; a category still routed to one being
 * deactivated is marked, and saving then says to route it elsewhere first.
 */
export default function RoutingForm({ value, onChange, departments }: Props) {
  const choices = departments.filter((d) => d.code && d.active)
  return (
    <View className='card settings-card settings-routing'>
      <View className='card__title'>
        <Text>派单规则</Text>
        <Text className='card__extra'>投诉类别 → 承办部门</Text>
      </View>
      {(Object.keys(CATEGORIES) as Category[]).map((c) => {
        const current = departments.find((d) => d.code === value[c])
        const index = Math.max(
          0,
          choices.findIndex((d) => d.code === value[c]),
        )
        return (
          <Picker
            key={c}
            mode='selector'
            range={choices.map((d) => d.name)}
            value={index}
            onChange={(e) => onChange({ ...value, [c]: choices[Number(e.detail.value)].code! })}
          >
            <View className={`routing-row routing-${c} ${current && !current.active ? 'is-inactive' : ''}`}>
              <Text className='routing-row__category'>{CATEGORIES[c]}</Text>
              <Text className='routing-row__dept'>
                {current ? `${current.name}${current.active ? '' : '（已停用，请改派）'}` : '请选择'} ›
              </Text>
            </View>
          </Picker>
        )
      })}
    </View>
  )
}
