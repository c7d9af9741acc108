/**
 * Dates as residents and staff read them: always Asia/Shanghai, whatever the phone's zone.
 * Instants from the server are ms since epoch (UTC).
 */
import dayjs, { type Dayjs } from 'dayjs'
import utc from 'dayjs/plugin/utc'

dayjs.extend(utc)

/** Asia/Shanghai is UTC+08:00 all year: China has had no daylight saving time since 1991. */
const SHANGHAI_OFFSET_MINUTES = 480
const MINUTE = 60_000
const HOUR = 60 * MINUTE
const DAY = 24 * HOUR

/**
 * The instant in Shanghai time, at its fixed +08:00 — exact for every date since 1991, and with no
 * time-zone database to load (dayjs's timezone plugin would put one through Intl on every phone).
 */
export function shanghai(at: number): Dayjs {
  return dayjs(at).utcOffset(SHANGHAI_OFFSET_MINUTES)
}

/** "11月30日 17:00", with the year when it is not this year. */
export function formatTime(at: number, now = Date.now()): string {
  const d = shanghai(at)
  return d.format(d.year() === shanghai(now).year() ? 'M月D日 HH:mm' : 'YYYY年M月D日 HH:mm')
}

/** "11月30日", with the year when it is not this year: an instant told only to the day (the accused's view, H2-S). */
export function formatDate(at: number, now = Date.now()): string {
  const d = shanghai(at)
  return d.format(d.year() === shanghai(now).year() ? 'M月D日' : 'YYYY年M月D日')
}

/** "11月30日 17:00 前" — how a deadline is written on a card. */
export function formatDue(at: number, now = Date.now()): string {
  return `${formatTime(at, now)} 前`
}

/** "2026-11-30" → "11月30日" (plan and extension days are Shanghai calendar days). */
export function formatDay(day: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day)
  return m ? `${Number(m[2])}月${Number(m[3])}日` : day
}

/** Today's calendar day in Shanghai, `YYYY-MM-DD`. */
export function today(now = Date.now()): string {
  return shanghai(now).format('YYYY-MM-DD')
}

/** The Shanghai calendar day after the one `at` (ms UTC) falls on, `YYYY-MM-DD`. */
export function dayAfter(at: number): string {
  return shanghai(at).add(1, 'day').format('YYYY-MM-DD')
}

/** Today in Shanghai moved by whole years, `YYYY-MM-DD`: the far end of a date picker. */
export function shiftYears(years: number, now = Date.now()): string {
  return shanghai(now).add(years, 'year').format('YYYY-MM-DD')
}

// Whole units, rounded down: "剩余 3 天" must never promise time that is not there.
// Within a day the minutes matter (an emergency's 2 hours): "1 小时 54 分钟", not "1 小时".
function span(ms: number): string {
  if (ms < HOUR) return `${Math.max(1, Math.floor(ms / MINUTE))} 分钟`
  if (ms < DAY) {
    const minutes = Math.floor((ms % HOUR) / MINUTE)
    return `${Math.floor(ms / HOUR)} 小时${minutes ? ` ${minutes} 分钟` : ''}`
  }
  if (ms < 2 * DAY) return `${Math.floor(ms / HOUR)} 小时`
  return `${Math.floor(ms / DAY)} 天`
}

export type DueLevel = 'overdue' | 'near' | 'normal'

/** "剩余 5 小时 20 分钟" / "已超时 3 小时", and how urgent it is (near: within 24 hours). */
export function dueHint(at: number, now = Date.now()): { text: string; level: DueLevel } {
  const diff = at - now
  if (diff < 0) return { text: `已超时 ${span(-diff)}`, level: 'overdue' }
  return { text: `剩余 ${span(diff)}`, level: diff <= DAY ? 'near' : 'normal' }
}

/** "刚刚" / "5 分钟前" / "3 小时前" / "昨天 09:12" / "11月3日" for message lists. */
export function fromNow(at: number, now = Date.now()): string {
  const diff = now - at
  if (diff < MINUTE) return '刚刚'
  if (diff < HOUR) return `${Math.floor(diff / MINUTE)} 分钟前`
  const d = shanghai(at)
  const n = shanghai(now)
  if (d.format('YYYYMMDD') === n.format('YYYYMMDD')) return `${Math.floor(diff / HOUR)} 小时前`
  if (d.format('YYYYMMDD') === n.subtract(1, 'day').format('YYYYMMDD')) return `昨天 ${d.format('HH:mm')}`
  return formatTime(at, now)
}
