/**
 * Warning before the working-day calendar runs out (H4): from 1 November, if next year's official
 * schedule is not entered yet, the office is told — before deadlines that reach into it fail.
 */
import dayjs from 'dayjs'
import { dayOf, type WorkCalendar } from './calendar'

export interface CalendarWatch {
  lastKnownYear: number
  /** The year the office must enter now, or null when nothing is missing. */
  missingYear: number | null
  /** What to tell the manager, in Chinese, or null. */
  message: string | null
  /** The missing year is this one: deadlines fail now, so every staff member is told, not only the manager. */
  urgent: boolean
}

/** @param now ms since epoch UTC. */
export function watchCalendar(cal: WorkCalendar, now: number): CalendarWatch {
  const today = dayOf(now)
  const year = Number(today.slice(0, 4))
  const last = cal.lastKnownYear()
  const fromNovember = dayjs.utc(today).month() >= 10
  const missingYear = last < year ? year : fromNovember && last < year + 1 ? year + 1 : null
  const message =
    missingYear === null
      ? null
      : missingYear === year
        ? `尚未录入 ${year} 年法定节假日安排，投诉期限现已无法计算。请立即在“系统设置 → 工作日历”中录入。`
        : `尚未录入 ${missingYear} 年法定节假日安排：期限跨入 ${missingYear} 年的投诉（约 12 月中下旬起）将无法计算期限。国务院办公厅通知发布后，请在“系统设置 → 工作日历”中录入。`
  return { lastKnownYear: last, missingYear, message, urgent: missingYear === year }
}
