/**
 * Reading a year's holiday schedule as the manager pastes it from the State Council notice: one
 * date or range per line (`2027-01-01`, `2027-02-06~2027-02-12`, `2027-02-06至2027-02-12`, or the
 * notice's own `2月6日至12日`), into the sorted day lists settings.save takes. Pure, so it can be
 * tested and run on the phone alike; every line it cannot read is reported, never skipped.
 */

const YMD = String.raw`(?:(\d{4})\s*[-/.年]\s*)?(\d{1,2})\s*[-/.月]\s*(\d{1,2})(?:\s*日)?`
/** A range end may leave out the year, or the year and month: 2月6日至12日. */
const END = String.raw`(?:(?:(\d{4})\s*[-/.年]\s*)?(\d{1,2})\s*[-/.月]\s*)?(\d{1,2})(?:\s*日)?`
/** A remark in brackets between a date and the range sign, as the notice writes 2月15日（农历除夕）至…. */
const NOTE = String.raw`(?:[（(][^）)]*[）)])?`
// A plain hyphen joins two dates only between spaces: 2027-02-06 - 2027-02-12.
const TO = String.raw`(?:\s*(?:~|～|至|到|—|–|－)\s*|\s+-\s+)`
// No look-behind (older iOS WeChat cannot parse it): the character before a date is matched and kept.
const ITEM = new RegExp(String.raw`(^|[^\d])${YMD}(?:\s*${NOTE}${TO}${END})?`, 'g')

/** Ranges longer than this are almost certainly a typo (the longest holiday is about 9 days). */
const MAX_RANGE = 31
const WEEKDAYS = ['周日', '周一', '周二', '周三', '周四', '周五', '周六']

export interface ParsedDays {
  days: string[]
  errors: string[]
}

const pad = (n: number) => String(n).padStart(2, '0')
const dayOf = (t: number) => {
  const d = new Date(t)
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`
}

/** The instant of a calendar day at UTC midnight, or null for a day that does not exist (2027-02-30). */
function utcOf(y: number, m: number, d: number): number | null {
  const t = Date.UTC(y, m - 1, d)
  const back = new Date(t)
  return back.getUTCFullYear() === y && back.getUTCMonth() === m - 1 && back.getUTCDate() === d ? t : null
}

/** 周一 … 周日 of a `YYYY-MM-DD` day (computed in UTC, so the phone's zone never shifts it). */
export function weekdayOf(day: string): string {
  const [y, m, d] = day.split('-').map(Number)
  return WEEKDAYS[new Date(Date.UTC(y, m - 1, d)).getUTCDay()]
}

/**
 * The first and last instant of one date or range the pattern matched (`m`, with `y0` the year a
 * date without one is in), or what is wrong with it.
 */
function spanOf(m: RegExpExecArray, y0: number): { from: number; to: number } | string {
  const y = Number(m[2] ?? y0)
  const from = utcOf(y, Number(m[3]), Number(m[4]))
  if (from === null) return '日期不存在'
  if (m[7] === undefined) return { from, to: from }
  const to = utcOf(Number(m[5] ?? y), Number(m[6] ?? m[3]), Number(m[7]))
  if (to === null) return '结束日期不存在'
  if (to < from) return '结束日期早于开始日期'
  if ((to - from) / 86_400_000 >= MAX_RANGE) return `日期范围超过 ${MAX_RANGE} 天，请核对`
  return { from, to }
}

/** Reads one line into `days`; returns its problems (each naming the line as `where`). */
function readLine(line: string, where: string, year: string, days: Set<string>): string[] {
  const errors: string[] = []
  const items = new RegExp(ITEM.source, 'g')
  for (let m = items.exec(line); m; m = items.exec(line)) {
    const span = spanOf(m, Number(year))
    if (typeof span === 'string') {
      errors.push(`${where}：${span}`)
      continue
    }
    for (let t = span.from; t <= span.to; t += 86_400_000) {
      const day = dayOf(t)
      if (!day.startsWith(`${year}-`)) {
        errors.push(`${where}：${day} 不在 ${year} 年内`)
        break
      }
      days.add(day)
    }
  }
  // Whatever digits are left over were not read as dates ("共9天" is the notice's own count).
  const rest = line.replace(ITEM, '$1').replace(/共?\s*\d+\s*天/g, '')
  if (/\d/.test(rest)) errors.push(`${where}：有无法识别的日期，请写成 2027-01-01 或 2027-02-06~2027-02-12`)
  return errors
}

/** Reads the days in `text` for `year` (a date without a year is taken to be in it). */
export function parseDays(text: string, year: string): ParsedDays {
  const days = new Set<string>()
  const errors: string[] = []
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim()
    if (!line) return
    const where = `第 ${i + 1} 行“${line.length > 24 ? `${line.slice(0, 24)}…` : line}”`
    errors.push(...readLine(line, where, year, days))
  })
  return { days: [...days].sort(), errors }
}

/** Consecutive days as runs: ["2027-02-06", …, "2027-02-12"] → one run of 7. */
export function runsOf(days: string[]): { from: string; to: string; count: number }[] {
  const runs: { from: string; to: string; count: number }[] = []
  for (const day of [...days].sort()) {
    const last = runs[runs.length - 1]
    const [y, m, d] = day.split('-').map(Number)
    if (last && dayOf(Date.UTC(y, m - 1, d) - 86_400_000) === last.to) {
      last.to = day
      last.count++
    } else runs.push({ from: day, to: day, count: 1 })
  }
  return runs
}

/** Days back as editable text, one date or range per line (how a saved year opens for changes). */
export function formatDays(days: string[]): string {
  return runsOf(days)
    .map((r) => (r.count === 1 ? r.from : `${r.from}~${r.to}`))
    .join('\n')
}

/** What must be fixed before a year can be saved, and what is merely worth a second look. */
export function checkSchedule(holidays: string[], workdays: string[]): { errors: string[]; warnings: string[] } {
  const errors: string[] = []
  const warnings: string[] = []
  if (!holidays.length) errors.push('请填写放假日期')
  if (holidays.length > 60) errors.push(`放假日期最多 60 天，现为 ${holidays.length} 天`)
  if (workdays.length > 20) errors.push(`调休上班日期最多 20 天，现为 ${workdays.length} 天`)
  const both = holidays.filter((d) => workdays.includes(d))
  if (both.length) errors.push(`${both.join('、')} 同时出现在放假和上班日期中`)
  const weekdays = workdays.filter((d) => !['周六', '周日'].includes(weekdayOf(d)))
  // A State Council notice covers seven festivals (中秋 and 国庆 are sometimes one break): fewer
  // breaks usually means part of the notice was not pasted.
  const breaks = runsOf(holidays).length
  if (holidays.length && breaks < 6)
    warnings.push(
      `只识别出 ${breaks} 段假期（共 ${holidays.length} 天）。国务院通知通常包括元旦、春节、清明节、劳动节、端午节、中秋节、国庆节七个节日，请核对是否漏录`,
    )
  if (weekdays.length)
    warnings.push(`${weekdays.map((d) => `${d}（${weekdayOf(d)}）`).join('、')} 不是周末，调休上班日通常是周六或周日，请核对`)
  return { errors, warnings }
}
