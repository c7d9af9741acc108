import { useMemo } from 'react'
import { View, Text } from '@tarojs/components'
import { Button, Input } from '@nutui/nutui-react-taro'
import Field from '@/components/form/Field'
import TextBox from '@/components/form/TextBox'
import { formatDay } from '@/utils/time'
import { confirm } from '@/utils/ui'
import { checkSchedule, parseDays, runsOf, weekdayOf } from './parseDates'

/** A year's schedule as the manager types it: the notice's dates as text, and where they come from. */
export interface YearDraft {
  holidays: string
  workdays: string
  source: string
}

interface Props {
  year: string
  value: YearDraft
  onChange: (v: YearDraft) => void
  onSave: (holidays: string[], workdays: string[], source: string) => void
  busy: boolean
}

const EXAMPLE_HOLIDAYS = '例如：\n2027-01-01\n2027-02-06~2027-02-12\n2027-04-05至2027-04-07'
const EXAMPLE_WORKDAYS = '例如：\n2027-02-14\n2027-02-20'

/** The parsed days of one box, for checking: count, first and last, and each run of days. */
function Parsed({ title, days, className }: { title: string; days: string[]; className: string }) {
  if (!days.length) return null
  const runs = runsOf(days)
  return (
    <View className={`calendar-parsed ${className}`}>
      <View className='calendar-parsed__head'>
        <Text className='calendar-parsed__title'>{title}</Text>
        <Text className='calendar-parsed__count'>共 {days.length} 天</Text>
      </View>
      <View className='muted'>
        {formatDay(days[0])}（{weekdayOf(days[0])}）至 {formatDay(days[days.length - 1])}（{weekdayOf(days[days.length - 1])}）
      </View>
      <View className='calendar-parsed__runs'>
        {runs.map((r) => (
          <Text key={r.from} className='date-chip'>
            {r.count === 1 ? `${formatDay(r.from)} ${weekdayOf(r.from)}` : `${formatDay(r.from)}–${formatDay(r.to)} · ${r.count} 天`}
          </Text>
        ))}
      </View>
    </View>
  )
}

/** A year's draft read: its days, what must be fixed, what is worth a second look, and whether it can be saved. */
function useSchedule(value: YearDraft, year: string) {
  const holidays = useMemo(() => parseDays(value.holidays, year), [value.holidays, year])
  const workdays = useMemo(() => parseDays(value.workdays, year), [value.workdays, year])
  const check = checkSchedule(holidays.days, workdays.days)
  const errors = [
    ...holidays.errors.map((e) => `放假日期${e}`),
    ...workdays.errors.map((e) => `上班日期${e}`),
    ...(value.holidays.trim() ? check.errors : []),
  ]
  const source = value.source.trim()
  const ready = !errors.length && holidays.days.length > 0 && !!source
  return { holidays: holidays.days, workdays: workdays.days, errors, warnings: check.warnings, source, ready }
}

type Schedule = ReturnType<typeof useSchedule>

/** The save button's words: what it saves, or what is still missing. */
function saveLabel(s: Schedule, year: string): string {
  if (s.ready) return `确认无误，保存 ${year} 年安排（放假 ${s.holidays.length} 天）`
  if (!s.holidays.length) return '请填写放假日期'
  return s.errors.length ? '请先修正上面的问题' : '请填写依据'
}

/** What was read from the boxes, for checking against the notice: the days, the source, problems and warnings. */
function Preview({ s }: { s: Schedule }) {
  const any = s.holidays.length > 0 || s.workdays.length > 0
  return (
    <View className='calendar-preview'>
      <View className='calendar-preview__title'>核对识别结果</View>
      {!any && !s.errors.length && <View className='muted'>填写日期后，这里会列出识别出的日期，请与通知逐项核对。</View>}
      <Parsed title='放假' days={s.holidays} className='calendar-parsed--holidays' />
      <Parsed title='调休上班' days={s.workdays} className='calendar-parsed--workdays' />
      {s.source && any && <View className='calendar-preview__source muted'>依据：{s.source}</View>}
      {s.errors.map((e) => (
        <View key={e} className='calendar-preview__error'>
          {e}
        </View>
      ))}
      {s.warnings.map((w) => (
        <View key={w} className='calendar-preview__warning'>
          {w}
        </View>
      ))}
    </View>
  )
}

/**
 * H4: one year's holidays and make-up working days (调休上班), pasted from the State Council notice
 * as text — a date or a range per line — read on the phone and shown for checking before saving.
 */
export default function YearEditor({ year, value, onChange, onSave, busy }: Props) {
  const s = useSchedule(value, year)
  const set = (k: keyof YearDraft) => (v: string) => onChange({ ...value, [k]: v })
  const save = () => {
    if (!s.warnings.length) return onSave(s.holidays, s.workdays, s.source)
    // Saved schedules decide every deadline of the year: a warning gets a second look first.
    confirm({ title: '请再核对一次', content: s.warnings.join('\n'), confirmText: '仍要保存', cancelText: '返回核对' }).then((ok) => {
      if (ok) onSave(s.holidays, s.workdays, s.source)
    })
  }

  return (
    <View className='year-editor'>
      <Field label='放假日期' hint='法定节假日及调休放假的日期，每行一个日期或一段日期，可直接粘贴通知原文中的日期。'>
        <TextBox
          className='calendar-holidays-input'
          name='放假日期'
          value={value.holidays}
          onChange={set('holidays')}
          max={2000}
          rows={4}
          maxRows={8}
          showCount={false}
          placeholder={EXAMPLE_HOLIDAYS}
        />
      </Field>
      <Field label='调休上班日期' hint='因调休需要上班的周六、周日，格式同上。'>
        <TextBox
          className='calendar-workdays-input'
          name='调休上班日期'
          value={value.workdays}
          onChange={set('workdays')}
          max={1000}
          rows={2}
          maxRows={6}
          showCount={false}
          placeholder={EXAMPLE_WORKDAYS}
        />
      </Field>
      <Field label='依据' required>
        <Input
          className='calendar-source'
          value={value.source}
          onChange={set('source')}
          maxLength={100}
          placeholder={`如：国办发明电〔${Number(year) - 1}〕X号`}
        />
      </Field>
      <Preview s={s} />
      <Button className='calendar-year-save' type='primary' block loading={busy} disabled={busy || !s.ready} onClick={save}>
        {saveLabel(s, year)}
      </Button>
    </View>
  )
}
