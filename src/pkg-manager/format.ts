/**
 * How report figures read on screen: rates as percentages, changes against the previous period
 * with a tone that says whether the move is good or bad. Presentation only: the numbers are the
 * report function's.
 */
import type { Count, Percentile, Rate } from '@/services/report'

/** Whether a rise of the figure is good news, bad news, or neither. */
export type Sense = 'up-good' | 'up-bad' | 'neutral'

export interface Change {
  text: string
  tone: 'good' | 'bad' | 'flat'
}

const toneOf = (delta: number, sense: Sense): Change['tone'] => {
  if (!delta || sense === 'neutral') return 'flat'
  return delta > 0 === (sense === 'up-good') ? 'good' : 'bad'
}

const signed = (n: number, digits = 0) => `${n > 0 ? '+' : ''}${n.toFixed(digits)}`

/** "96.2%" or "—" when there was nothing to divide. */
export function percent(v: number | null | undefined): string {
  return v === null || v === undefined ? '—' : `${(v * 100).toFixed(1).replace(/\.0$/, '')}%`
}

/** A count's change: "较上期 +3（+12%）", "较上期持平". */
export function countChange(c: Count, sense: Sense): Change {
  if (!c.change) return { text: '较上期持平', tone: 'flat' }
  const pct = c.changePct === null ? '' : `（${signed(c.changePct * 100)}%）`
  return { text: `较上期 ${signed(c.change)}${pct}`, tone: toneOf(c.change, sense) }
}

/** A rate's change in percentage points; nothing to compare when either period had no denominator. */
export function rateChange(r: Rate, sense: Sense): Change {
  if (r.change === null) return { text: r.previous.denominator ? '本期暂无数据' : '上期无数据', tone: 'flat' }
  if (!r.change) return { text: '较上期持平', tone: 'flat' }
  return { text: `较上期 ${signed(r.change * 100, 1)} 个百分点`, tone: toneOf(r.change, sense) }
}

/** Working days of a percentile: "2", "20 以上", "—". */
export function workdays(p: Percentile): string {
  if (p.over) return '20 以上'
  return p.value === null ? '—' : String(p.value)
}

/** A percentile's change in working days (fewer is better). */
export function daysChange(p: Percentile): Change {
  if (p.change === null) return { text: p.previous === null ? '上期无数据' : '本期暂无数据', tone: 'flat' }
  if (!p.change) return { text: '较上期持平', tone: 'flat' }
  return { text: `较上期 ${signed(p.change)} 个工作日`, tone: toneOf(p.change, 'up-bad') }
}
