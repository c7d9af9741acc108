import { Tabs } from '@nutui/nutui-react-taro'
import './FilterTabs.scss'

export interface TabDef {
  value: string
  title: string
}

/** A row of NutUI tabs used as a filter; the page renders the filtered list itself below it. */
export default function FilterTabs({
  tabs,
  value,
  onChange,
  className,
}: {
  tabs: TabDef[]
  value: string
  onChange: (v: string) => void
  className?: string
}) {
  return (
    <Tabs className={`filter-tabs ${className ?? ''}`} value={value} onChange={(v) => onChange(String(v))} activeType='line'>
      {tabs.map((t) => (
        <Tabs.TabPane key={t.value} value={t.value} title={t.title} />
      ))}
    </Tabs>
  )
}
