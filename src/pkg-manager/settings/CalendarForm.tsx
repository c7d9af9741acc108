import { useEffect, useState } from 'react'
import { View, Text } from '@tarojs/components'
import { Input } from '@nutui/nutui-react-taro'
import Field from '@/components/form/Field'
import type { SettingsData, YearSchedule } from '@/services/admin'
import DateList from './DateList'
import YearEditor, { type YearDraft } from './YearEditor'
import { formatDays } from './parseDates'

interface Props {
  data: SettingsData
  /** The year meta.get says is missing, opened first. */
  missingYear?: number | null
  closures: string[]
  onClosures: (days: string[]) => void
  /** Saves one year's schedule at once (settings.save merges it over the others). */
  onSaveYear: (year: string, schedule: YearSchedule) => Promise<boolean>
  busy: boolean
  /** Told which year has typed dates not saved yet (null when none): the page's 保存设置 does not save them. */
  onUnsaved?: (year: string | null) => void
}

/** A saved year as editable text, or an empty one. */
function draftOf(y?: YearSchedule): YearDraft {
  return y
    ? { holidays: formatDays(y.holidays), workdays: formatDays(y.workdays), source: y.source }
    : { holidays: '', workdays: '', source: '' }
}

/**
 * The working-day calendar (H4): which years it knows (the holiday package and the years entered
 * here), a year's schedule pasted from the State Council notice, and the office's own closures.
 */
export default function CalendarForm({ data, missingYear, closures, onClosures, onSaveYear, busy, onUnsaved }: Props) {
  const { packageYears, lastKnownYear } = data.calendar
  const entered = data.settings.calendar.years ?? {}
  const first = String(missingYear ?? lastKnownYear + 1)
  const [year, setYear] = useState(first)
  const [draft, setDraft] = useState<YearDraft>(draftOf(entered[first]))
  const edit = (y: string) => {
    setYear(y)
    setDraft(draftOf(entered[y]))
  }
  const validYear = /^\d{4}$/.test(year)
  const saved = draftOf(entered[year])
  const unsaved = validYear && (draft.holidays.trim() !== saved.holidays.trim() || draft.workdays.trim() !== saved.workdays.trim())
  // eslint-disable-next-line react-hooks/exhaustive-deps -- report changes of what is unsaved, not of the parent's callback
  useEffect(() => onUnsaved?.(unsaved ? year : null), [unsaved, year])
  const save = (holidays: string[], workdays: string[], source: string) => onSaveYear(year, { holidays, workdays, source })

  return (
    <View className='card settings-card settings-calendar'>
      <View className='card__title'>工作日历</View>
      <View className='calendar-known'>
        <View>
          内置法定节假日：
          <Text className='calendar-known__years'>
            {packageYears.first}–{packageYears.last} 年
          </Text>
        </View>
        <View>
          正式日历至：<Text className='calendar-known__years calendar-last-year'>{lastKnownYear} 年底</Text>
        </View>
        <View className='hint'>
          此后的期限按周末和法定节日暂定，并标注“暂定”。国务院办公厅每年发布次年放假安排后，请在此录入，未到期的期限会自动重新计算。
        </View>
      </View>
      {Object.keys(entered)
        .sort()
        .map((y) => (
          <View key={y} className={`calendar-year calendar-year-${y} ${y === year ? 'is-editing' : ''}`} onClick={() => edit(y)}>
            <View>
              <Text className='calendar-year__name'>{y} 年</Text>
              <Text className='muted'>
                {' '}
                放假 {entered[y].holidays.length} 天 · 调休上班 {entered[y].workdays.length} 天
              </Text>
            </View>
            <View className='muted calendar-year__source'>
              {entered[y].source} · {y === year ? '正在修改' : '点此修改'}
            </View>
          </View>
        ))}

      <View className='calendar-editor'>
        <Field label={entered[year] ? `修改 ${year} 年放假安排` : `录入 ${validYear ? year : ''} 年放假安排`}>
          <View className='calendar-editor__year'>
            <Input className='calendar-year-input' type='number' value={year} onChange={(v) => edit(v.trim())} maxLength={4} />
            <Text className='muted'>年</Text>
          </View>
        </Field>
        {validYear && <YearEditor key={year} year={year} value={draft} onChange={setDraft} onSave={save} busy={busy} />}
      </View>

      <Field label='管理处停业日' hint='例如因突发情况临时停业的日期，不计入工作日'>
        <DateList className='calendar-closures' days={closures} addText='添加停业日' onChange={onClosures} />
      </Field>
    </View>
  )
}
