import { useState } from 'react'
import { View, Text } from '@tarojs/components'
import { Button, Input } from '@nutui/nutui-react-taro'
import Field from '@/components/form/Field'
import type { SettingsData, YearSchedule } from '@/services/admin'
import DateList from './DateList'

interface Props {
  data: SettingsData
  closures: string[]
  onClosures: (days: string[]) => void
  /** Saves one year's schedule at once (settings.save merges it over the others). */
  onSaveYear: (year: string, schedule: YearSchedule) => Promise<boolean>
  busy: boolean
}

const EMPTY: YearSchedule = { holidays: [], workdays: [], source: '' }

/**
 * The working-day calendar (H4): which years it knows (the holiday package and the years entered
 * here), a year's schedule as the State Council publishes it, and the office's own closures.
 */
export default function CalendarForm({ data, closures, onClosures, onSaveYear, busy }: Props) {
  const { packageYears, lastKnownYear } = data.calendar
  const entered = data.settings.calendar.years ?? {}
  const [year, setYear] = useState(String(lastKnownYear + 1))
  const [draft, setDraft] = useState<YearSchedule>(entered[String(lastKnownYear + 1)] ?? EMPTY)
  const edit = (y: string) => {
    setYear(y)
    setDraft(entered[y] ?? EMPTY)
  }
  const save = async () => {
    if (await onSaveYear(year, draft)) edit(String(Number(year) + 1))
  }
  const validYear = /^\d{4}$/.test(year)

  return (
    <View className='card settings-card settings-calendar'>
      <View className='card__title'>工作日历</View>
      <View className='calendar-known'>
        <View>
          内置法定节假日：<Text className='calendar-known__years'>{packageYears.first}–{packageYears.last} 年</Text>
        </View>
        <View>
          可计算期限至：<Text className='calendar-known__years calendar-last-year'>{lastKnownYear} 年底</Text>
        </View>
        <View className='hint'>超出已知年份的期限无法计算，系统会提示录入。国务院办公厅每年发布次年放假安排后，请在此录入。</View>
      </View>
      {Object.keys(entered).sort().map((y) => (
        <View key={y} className={`calendar-year calendar-year-${y}`} onClick={() => edit(y)}>
          <View>
            <Text className='calendar-year__name'>{y} 年</Text>
            <Text className='muted'>  放假 {entered[y].holidays.length} 天 · 调休上班 {entered[y].workdays.length} 天</Text>
          </View>
          <View className='muted calendar-year__source'>{entered[y].source} · 点此修改</View>
        </View>
      ))}

      <View className='calendar-editor'>
        <Field label='录入年度放假安排'>
          <View className='calendar-editor__year'>
            <Input className='calendar-year-input' type='number' value={year} onChange={(v) => edit(v.trim())} maxLength={4} />
            <Text className='muted'>年</Text>
          </View>
        </Field>
        {validYear && (
          <>
            <Field label='放假日期' hint='法定节假日及因调休放假的工作日'>
              <DateList className='calendar-holidays' days={draft.holidays} year={year} addText='添加放假日' onChange={(holidays) => setDraft({ ...draft, holidays })} />
            </Field>
            <Field label='调休上班日期' hint='因调休需要上班的周六、周日'>
              <DateList className='calendar-workdays' days={draft.workdays} year={year} addText='添加上班日' onChange={(workdays) => setDraft({ ...draft, workdays })} />
            </Field>
            <Field label='依据'>
              <Input className='calendar-source' value={draft.source} onChange={(source) => setDraft({ ...draft, source })} maxLength={100} placeholder='如：国办发明电〔2026〕X号' />
            </Field>
            <Button className='calendar-year-save' type='primary' fill='outline' block loading={busy} disabled={busy} onClick={save}>
              保存 {year} 年安排
            </Button>
          </>
        )}
      </View>

      <Field label='管理处停业日' hint='例如因突发情况临时停业的日期，不计入工作日'>
        <DateList className='calendar-closures' days={closures} addText='添加停业日' onChange={onClosures} />
      </Field>
    </View>
  )
}
