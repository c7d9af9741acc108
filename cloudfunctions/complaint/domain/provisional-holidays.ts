/**
 * The provisional holiday calendar (H4): for a year whose State Council schedule is not published
 * or not entered yet, the statutory holidays by rule, so deadlines can still be counted (and are
 * marked 暂定 until the official schedule replaces them).
 *
 * The rule is 《全国年节及纪念日放假办法》 as amended with effect from 1 January 2025:
 * 元旦 1 day (1 January), 春节 4 days (除夕 to 正月初三), 清明 1 day (the day of the solar term),
 * 劳动节 2 days (1–2 May), 端午 1 day (五月初五), 中秋 1 day (八月十五), 国庆 3 days (1–3 October);
 * and, as its article 6 says, a statutory holiday that falls on a Saturday or Sunday is made up on a
 * working day — placed here on the first weekday after it that is not already off (a day two
 * festivals share is made up the same way). What the rule cannot know is the State Council's
 * bridging (调休: weekdays off paid back by working weekends); the provisional calendar has none.
 * On the 2025 and 2026 schedules this reproduces every day off that is not a bridging day.
 *
 * The lunar festivals and 清明 come from festival-dates.ts, a table generated with tyme4ts
 * (scripts/festival-dates.ts), so the functions carry no lunar calendar.
 */
import dayjs from 'dayjs'
import utc from 'dayjs/plugin/utc'
import { AppError } from './errors'
import { FESTIVAL_DATES, FESTIVAL_YEARS } from './festival-dates'

dayjs.extend(utc)

/** A calendar day, `YYYY-MM-DD` (zone-free: it names the day in China). */
type Day = string

/** One day off by rule, with the festival it is for. */
export interface ProvisionalHoliday {
  day: Day
  /** The festival's Chinese name, e.g. 春节. */
  name: string
  /** A make-up day (补假) for the festival falling on a weekend, rather than the festival itself. */
  makeUp: boolean
}

const isWeekend = (day: Day) => [0, 6].includes(dayjs.utc(day).day())
const addDays = (day: Day, n: number) => dayjs.utc(day).add(n, 'day').format('YYYY-MM-DD')
const nextDay = (day: Day) => addDays(day, 1)

/**
 * 春节 (正月初一), 清明, 端午 and 中秋 of `year` from the generated table.
 * @throws AppError CALENDAR_UNKNOWN_YEAR for a year the table does not cover.
 */
function festivals(year: number): [Day, Day, Day, Day] {
  const row = FESTIVAL_DATES[year]
  if (!row) {
    throw new AppError(
      'CALENDAR_UNKNOWN_YEAR',
      `${year} 年超出暂定日历的范围（${FESTIVAL_YEARS.first}–${FESTIVAL_YEARS.last} 年），请管理处经理在“系统设置 → 工作日历”中录入该年的法定节假日安排。`,
      { year },
    )
  }
  const [spring, qingming, duanwu, midAutumn] = row.split(' ').map((mmdd) => `${year}-${mmdd.slice(0, 2)}-${mmdd.slice(2)}`)
  return [spring, qingming, duanwu, midAutumn]
}

/**
 * The statutory festival days of `year`, by the current rule, in date order (a shared day twice).
 * @throws AppError CALENDAR_UNKNOWN_YEAR outside the years of festival-dates.ts.
 */
export function statutoryDays(year: number): { day: Day; name: string }[] {
  const [springFestival, qingming, duanwu, midAutumn] = festivals(year)
  const days = [
    { day: `${year}-01-01`, name: '元旦' },
    // 除夕 is the last day of the twelfth lunar month (廿九 or 三十): the day before 正月初一.
    ...[-1, 0, 1, 2].map((i) => ({ day: addDays(springFestival, i), name: '春节' })),
    { day: qingming, name: '清明' },
    { day: `${year}-05-01`, name: '劳动节' },
    { day: `${year}-05-02`, name: '劳动节' },
    { day: duanwu, name: '端午' },
    { day: midAutumn, name: '中秋' },
    { day: `${year}-10-01`, name: '国庆节' },
    { day: `${year}-10-02`, name: '国庆节' },
    { day: `${year}-10-03`, name: '国庆节' },
  ]
  return days.sort((a, b) => a.day.localeCompare(b.day))
}

const cache = new Map<number, Map<Day, ProvisionalHoliday>>()

/**
 * The days off of `year` by rule (festivals and their make-up days), keyed by day. Weekends are
 * not listed unless a festival falls on one. Pure; computed once per year.
 * @throws AppError CALENDAR_UNKNOWN_YEAR outside the years of festival-dates.ts.
 */
export function provisionalHolidays(year: number): Map<Day, ProvisionalHoliday> {
  const known = cache.get(year)
  if (known) return known
  const off = new Map<Day, ProvisionalHoliday>()
  const owed: { day: Day; name: string }[] = []
  for (const s of statutoryDays(year)) {
    // A festival on a weekend, or on a day another festival already has, is owed a working day.
    if (isWeekend(s.day) || off.has(s.day)) owed.push(s)
    if (!off.has(s.day)) off.set(s.day, { ...s, makeUp: false })
  }
  for (const s of owed) {
    let day = nextDay(s.day)
    while (isWeekend(day) || off.has(day)) day = nextDay(day)
    off.set(day, { day, name: s.name, makeUp: true })
  }
  cache.set(year, off)
  return off
}
