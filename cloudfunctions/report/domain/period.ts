/**
 * Reporting periods in Asia/Shanghai (S1): a day, a week (Monday–Sunday), a calendar month or a
 * quarter, named by any date inside it, and the period of the same kind just before it. Pure.
 * Boundaries are Shanghai midnights as ms since epoch, UTC; `end` is exclusive.
 */
import dayjs from 'dayjs'
import utc from 'dayjs/plugin/utc'
import { startOfDay, type Day } from '../../complaint/domain/calendar'
import { invalidInput } from '../../complaint/domain/errors'

dayjs.extend(utc)

export const PERIOD_KINDS = { day: '日', week: '周', month: '月', quarter: '季度' } as const
export type PeriodKind = keyof typeof PERIOD_KINDS

export interface Period {
  kind: PeriodKind
  /** Stable name: `2026-11-01`, `2026-11-02~2026-11-08`, `2026-11`, `2026-Q4`. */
  key: string
  /** For people: `2026年11月1日`, `2026年11月2日–11月8日`, `2026年11月`, `2026年第4季度`. */
  label: string
  firstDay: Day
  lastDay: Day
  /** First millisecond, Shanghai midnight of `firstDay`; ms since epoch, UTC. */
  start: number
  /** First millisecond after the period (exclusive); ms since epoch, UTC. */
  end: number
}

// Calendar days are zone-free dates: step through them in UTC so the host zone cannot shift them.
const d = (day: Day) => dayjs.utc(day)
const fmt = (x: dayjs.Dayjs): Day => x.format('YYYY-MM-DD')

/** The first day of the period of `kind` containing `day`. */
function firstDayOf(kind: PeriodKind, day: Day): dayjs.Dayjs {
  const x = d(day)
  switch (kind) {
    case 'day':
      return x
    case 'week':
      return x.subtract((x.day() + 6) % 7, 'day') // Monday
    case 'month':
      return x.startOf('month')
    case 'quarter':
      return x.startOf('month').month(Math.floor(x.month() / 3) * 3)
  }
}

const STEP: Record<PeriodKind, [number, dayjs.ManipulateType]> = {
  day: [1, 'day'],
  week: [7, 'day'],
  month: [1, 'month'],
  quarter: [3, 'month'],
}

function build(kind: PeriodKind, first: dayjs.Dayjs): Period {
  const [n, unit] = STEP[kind]
  const next = first.add(n, unit)
  const last = next.subtract(1, 'day')
  const cn = (x: dayjs.Dayjs) => `${x.year()}年${x.month() + 1}月${x.date()}日`
  const key = {
    day: fmt(first),
    week: `${fmt(first)}~${fmt(last)}`,
    month: first.format('YYYY-MM'),
    quarter: `${first.year()}-Q${first.month() / 3 + 1}`,
  }[kind]
  const label = {
    day: cn(first),
    week: `${cn(first)}–${last.year() === first.year() ? '' : `${last.year()}年`}${last.month() + 1}月${last.date()}日`,
    month: `${first.year()}年${first.month() + 1}月`,
    quarter: `${first.year()}年第${first.month() / 3 + 1}季度`,
  }[kind]
  return { kind, key, label, firstDay: fmt(first), lastDay: fmt(last), start: startOfDay(fmt(first)), end: startOfDay(fmt(next)) }
}

/**
 * The period of `kind` that contains the Shanghai calendar day `date`.
 * @throws AppError INVALID_INPUT for an unknown kind or a date that is not a real `YYYY-MM-DD`.
 */
export function periodOf(kind: string, date: string): Period {
  if (!Object.prototype.hasOwnProperty.call(PERIOD_KINDS, kind)) throw invalidInput('请选择统计周期：日、周、月或季度')
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date ?? '') || fmt(d(date)) !== date) throw invalidInput('统计日期格式应为 YYYY-MM-DD')
  return build(kind as PeriodKind, firstDayOf(kind as PeriodKind, date))
}

/** The period of the same kind immediately before `p` (S1 trend). */
export function previousPeriod(p: Period): Period {
  const [n, unit] = STEP[p.kind]
  return build(p.kind, d(p.firstDay).subtract(n, unit))
}

/** The period of the same kind immediately after `p`. */
export function nextPeriod(p: Period): Period {
  const [n, unit] = STEP[p.kind]
  return build(p.kind, d(p.firstDay).add(n, unit))
}
