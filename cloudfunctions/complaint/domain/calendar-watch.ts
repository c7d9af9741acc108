/**
 * Warning before the official working-day calendar runs out (H4): from 1 November, if next year's
 * official schedule is not entered yet, the office is told that deadlines reaching into it are only
 * provisional (暂定) until it is — and that entering it recounts them.
 */
import dayjs from 'dayjs'
import { dayOf, type WorkCalendar } from './calendar'

export interface CalendarWatch {
  lastKnownYear: number
  /** The year the office must enter now, or null when nothing is missing. */
  missingYear: number | null
  /** What to tell the manager, in Chinese, or null. */
  message: string | null
  /** The missing year is this one: every working-day deadline now is 暂定, so every staff member is told, not only the manager. */
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
        ? `尚未录入 ${year} 年法定节假日安排：现在的工作日期限都按周末和法定节日暂定（未含调休），标注“暂定”。请尽快在“系统设置 → 工作日历”中录入，录入后将自动重新计算。`
        : `尚未录入 ${missingYear} 年法定节假日安排：跨入 ${missingYear} 年的期限（约 12 月中下旬起）暂按周末和法定节日推算，标注“暂定”。国务院办公厅通知发布后，请在“系统设置 → 工作日历”中录入；录入后这些期限自动重新计算，不会早于已告知投诉人的日期。`
  return { lastKnownYear: last, missingYear, message, urgent: missingYear === year }
}
