import { View, Text, Picker } from '@tarojs/components'
import { SearchBar } from '@nutui/nutui-react-taro'
import { CATEGORIES, STATUSES } from '@shared/vocabulary'

const ALL = { value: '', label: '全部' }
export const STATUS_OPTIONS = [ALL, ...Object.entries(STATUSES).map(([value, label]) => ({ value, label }))]
export const CATEGORY_OPTIONS = [ALL, ...Object.entries(CATEGORIES).map(([value, label]) => ({ value, label }))]

/** One picker of the list's filters ("状态：全部 ▾"), marked when set. */
function FilterPicker(props: { name: string; title: string; options: { label: string }[]; value: number; onChange: (i: number) => void }) {
  const { name, title, options, value, onChange } = props
  return (
    <Picker mode='selector' range={options.map((o) => o.label)} value={value} onChange={(e) => onChange(Number(e.detail.value))}>
      <View className={`all-picker filter-${name} ${value ? 'is-set' : ''}`}>
        <Text>
          {title}：{options[value].label}
        </Text>
        <Text className='all-picker__arrow'>▾</Text>
      </View>
    </Picker>
  )
}

interface Props {
  input: string
  onInput: (v: string) => void
  onSearch: (q: string) => void
  /** The indexes into STATUS_OPTIONS and CATEGORY_OPTIONS; no pickers when absent (the escalated list). */
  status?: number
  category?: number
  onStatus: (i: number) => void
  onCategory: (i: number) => void
}

/** The search box (searched on the server) and, for the whole list, the status and category pickers. */
export default function Filters({ input, onInput, onSearch, status, category, onStatus, onCategory }: Props) {
  return (
    <>
      <SearchBar
        className='all-search'
        value={input}
        placeholder='编号、地点、内容、投诉人或房号'
        onChange={onInput}
        onSearch={(v) => onSearch(v.trim())}
        onClear={() => onSearch('')}
      />
      {status !== undefined && category !== undefined && (
        <View className='all-pickers'>
          <FilterPicker name='status' title='状态' options={STATUS_OPTIONS} value={status} onChange={onStatus} />
          <FilterPicker name='category' title='类别' options={CATEGORY_OPTIONS} value={category} onChange={onCategory} />
        </View>
      )}
    </>
  )
}
