/**
 * The PRC working-day calendar in Asia/Shanghai (H4: "working days follow the PRC public-holiday
 * calendar, including weekend make-up working days (调休); the office can add its own closures").
 *
 * Source of truth, in order: the office's closures → years entered by the office (or shipped in
 * PROJECT_YEARS) → the `chinese-days` package for the years it covers. Beyond them a calendar
 * either refuses (CALENDAR_UNKNOWN_YEAR, the default: statistics must not rest on a guess) or, when
 * built with `provisional: true` (deadlines: the desk never stops), counts on the provisional
 * calendar of provisional-holidays.ts and says so (`countAfter(...).provisional`), so such a
 * deadline is marked 暂定 and recounted when the year is entered. chinese-days itself silently
 * treats unknown years as plain weekdays, which neither mode does.
 */
import dayjs from 'dayjs'
import utc from 'dayjs/plugin/utc'
import timezone from 'dayjs/plugin/timezone'
// The package's data, not its date functions: those read the host's time zone and shift days
// in zones west of UTC. The data is the State Council schedule, keyed by calendar day; only the keys
// are read (the functions' bundles carry the keys alone: scripts/build-cloud.mjs).
import official from 'chinese-days/dist/chinese-days.json'
import { AppError } from './errors'
import { provisionalHolidays } from './provisional-holidays'

dayjs.extend(utc)
dayjs.extend(timezone)

/** Every deadline and every displayed date is computed in this zone. */
export const TZ = 'Asia/Shanghai'
/** A calendar day in Asia/Shanghai, `YYYY-MM-DD`. */
export type Day = string

const OFFICIAL_HOLIDAYS: Record<string, string> = official.holidays
const OFFICIAL_WORKDAYS: Record<string, string> = official.workdays
const officialYears = Object.keys(OFFICIAL_HOLIDAYS).map((d) => Number(d.slice(0, 4)))

/** First and last years the installed chinese-days package has State Council data for. */
export const PACKAGE_YEARS = { first: Math.min(...officialYears), last: Math.max(...officialYears) } as const

/** Weekday of a calendar day, 0 = Sunday; the date is zone-free, so computed in UTC. */
const weekday = (day: Day) => dayjs.utc(day).day()

/** One year's official schedule, as the State Council publishes it. */
export interface YearSchedule {
  /** Days off that would otherwise be working days (holidays and their bridging days). */
  holidays: Day[]
  /** Weekend days that are working days (调休上班). */
  workdays: Day[]
  /** Where the schedule comes from (e.g. the notice's number), shown in settings. */
  source: string
}

/**
 * Years the project ships beyond the package. Empty until the State Council's notice for a year
 * is published and entered here (or by the office in settings, which takes precedence).
 */
export const PROJECT_YEARS: Record<number, YearSchedule> = {}

/** Office-level calendar settings (stored in the `settings` collection). */
export interface CalendarSettings {
  /** Extra years entered by the office, keyed by year. */
  years?: Record<string, YearSchedule>
  /** Days the office is closed (e.g. a local emergency), counted as non-working. */
  closures?: Day[]
}

/** A count of working days: the day it ends on, and whether a provisional year was counted through. */
export interface Count {
  /** End of the last working day counted (ms UTC). */
  at: number
  /** Some day counted lies in a year without an official schedule (the deadline is 暂定). */
  provisional: boolean
}

export class WorkCalendar {
  private readonly years: Record<string, YearSchedule>
  private readonly closures: Set<Day>
  private readonly provisional: boolean

  /**
   * @param settings the office's entered years and closures.
   * @param opts.provisional beyond the official years, count on the provisional calendar instead of
   *   refusing; callers must then mark what they computed (see `countAfter`).
   */
  constructor(settings: CalendarSettings = {}, opts: { provisional?: boolean } = {}) {
    this.years = { ...Object.fromEntries(Object.entries(PROJECT_YEARS)), ...(settings.years ?? {}) }
    this.closures = new Set(settings.closures ?? [])
    this.provisional = opts.provisional ?? false
  }

  /** Whether `year` has an official schedule here (the package's or an entered one). */
  isOfficialYear(year: number): boolean {
    return String(year) in this.years || (year >= PACKAGE_YEARS.first && year <= PACKAGE_YEARS.last)
  }

  /** Latest year this calendar can answer for. */
  lastKnownYear(): number {
    const extra = Object.keys(this.years).map(Number)
    let last: number = PACKAGE_YEARS.last
    // Only a contiguous run of entered years extends the range.
    while (extra.includes(last + 1)) last += 1
    return last
  }

  /**
   * Whether `day` is a working day for the office.
   * @throws AppError CALENDAR_UNKNOWN_YEAR when the year's official schedule is not known and this
   *   calendar is not provisional.
   */
  isWorkday(day: Day): boolean {
    if (this.closures.has(day)) return false
    const year = Number(day.slice(0, 4))
    const weekend = weekday(day) === 0 || weekday(day) === 6
    const entered = this.years[String(year)]
    if (entered) {
      if (entered.holidays.includes(day)) return false
      if (entered.workdays.includes(day)) return true
      return !weekend
    }
    if (!this.isOfficialYear(year)) {
      if (this.provisional) return !weekend && !provisionalHolidays(year).has(day)
      throw new AppError(
        'CALENDAR_UNKNOWN_YEAR',
        `尚未录入 ${year} 年的法定节假日安排，无法按正式日历计算。请管理处经理在“系统设置 → 工作日历”中录入。`,
        { year },
      )
    }
    if (day in OFFICIAL_WORKDAYS) return true
    if (day in OFFICIAL_HOLIDAYS) return false
    return !weekend
  }

  /** The working day `n` working days after `day` (the start day itself is not counted). */
  addWorkdays(day: Day, n: number): Day {
    // Calendar days are zone-free dates: step through them in UTC so the host zone cannot shift them.
    let cursor = dayjs.utc(day)
    let left = n
    while (left > 0) {
      cursor = cursor.add(1, 'day')
      if (this.isWorkday(cursor.format('YYYY-MM-DD'))) left -= 1
    }
    return cursor.format('YYYY-MM-DD')
  }

  /**
   * Deadline `n` working days after an instant: the end (23:59:59.999, Asia/Shanghai) of the n-th
   * working day after the instant's calendar day. The start day is not counted, as periods
   * counted in days are in PRC law (Civil Code art. 201).
   * @param at milliseconds since epoch, UTC. @returns milliseconds since epoch, UTC.
   */
  deadlineAfter(at: number, n: number): number {
    return endOfDay(this.addWorkdays(dayOf(at), n))
  }

  /**
   * `deadlineAfter`, and whether it is provisional: whether any day counted (after the start day,
   * up to the deadline's day) lies in a year without an official schedule.
   */
  countAfter(at: number, n: number): Count {
    const start = dayOf(at)
    const end = this.addWorkdays(start, n)
    // The start day itself is not counted: a count starting on 31 December begins next year.
    const firstCounted = dayjs.utc(start).add(1, 'day').year()
    let provisional = false
    for (let y = firstCounted; y <= Number(end.slice(0, 4)); y++) if (!this.isOfficialYear(y)) provisional = true
    return { at: endOfDay(end), provisional }
  }

  /**
   * Whole working days from `from` to `to` (both instants, ms UTC): the number of working days
   * after `from`'s day up to and including `to`'s day; 0 when both fall on the same day.
   */
  workdaysBetween(from: number, to: number): number {
    const end = dayOf(to)
    let cursor = dayjs.utc(dayOf(from))
    let count = 0
    while (cursor.format('YYYY-MM-DD') < end) {
      cursor = cursor.add(1, 'day')
      if (this.isWorkday(cursor.format('YYYY-MM-DD'))) count += 1
    }
    return count
  }
}

/** The Asia/Shanghai calendar day of an instant (ms since epoch, UTC). */
export function dayOf(at: number): Day {
  return dayjs(at).tz(TZ).format('YYYY-MM-DD')
}

/** The last millisecond of a Shanghai calendar day, as ms since epoch UTC. */
export function endOfDay(day: Day): number {
  return dayjs.tz(`${day} 23:59:59.999`, TZ).valueOf()
}

/** The first millisecond of a Shanghai calendar day, as ms since epoch UTC. */
export function startOfDay(day: Day): number {
  return dayjs.tz(`${day} 00:00:00.000`, TZ).valueOf()
}

/** Formats an instant for people: `2026年11月30日 17:05` in Asia/Shanghai. */
export function formatInstant(at: number, pattern = 'YYYY年M月D日 HH:mm'): string {
  return dayjs(at).tz(TZ).format(pattern)
}
