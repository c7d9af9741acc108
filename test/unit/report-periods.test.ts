/**
 * S1 reporting periods (report/domain/period.ts) and the months of an action's effect (S3,
 * report/domain/improvement.ts): Asia/Shanghai calendar boundaries, whatever the host zone. Pure.
 */
import { effectMonths, EFFECT_MONTHS } from '../../cloudfunctions/report/domain/improvement'
import { nextPeriod, periodOf, previousPeriod } from '../../cloudfunctions/report/domain/period'

/** A Shanghai wall-clock time, `2026-11-02 09:00`, as ms UTC. */
const sh = (t: string) => Date.parse(`${t.replace(' ', 'T')}:00+08:00`)

describe('S1 periods in Asia/Shanghai', () => {
  it('given a date, it finds the month containing it, bounded by Shanghai midnights', () => {
    const p = periodOf('month', '2026-11-15')
    expect(p).toMatchObject({ kind: 'month', key: '2026-11', label: '2026年11月', firstDay: '2026-11-01', lastDay: '2026-11-30' })
    expect(p.start).toBe(sh('2026-11-01 00:00'))
    expect(p.end).toBe(sh('2026-12-01 00:00'))
  })

  it('given a Sunday, its week is the Monday before to that Sunday', () => {
    const p = periodOf('week', '2026-11-08')
    expect(p).toMatchObject({ key: '2026-11-02~2026-11-08', label: '2026年11月2日–11月8日' })
  })

  it('given a week across the new year, its label names both years', () => {
    expect(periodOf('week', '2026-12-31').label).toBe('2026年12月28日–2027年1月3日')
  })

  it('given a date in November, its quarter is the fourth', () => {
    expect(periodOf('quarter', '2026-11-15')).toMatchObject({
      key: '2026-Q4',
      label: '2026年第4季度',
      firstDay: '2026-10-01',
      lastDay: '2026-12-31',
    })
  })

  it('given January, the previous month is December of the year before, and the next one February', () => {
    const jan = periodOf('month', '2027-01-10')
    expect(previousPeriod(jan).key).toBe('2026-12')
    expect(nextPeriod(jan).key).toBe('2027-02')
    expect(previousPeriod(periodOf('day', '2026-03-01')).key).toBe('2026-02-28')
  })

  it('given a date that does not exist or an unknown kind, it refuses with a Chinese message', () => {
    expect(() => periodOf('month', '2026-02-30')).toThrow('统计日期格式应为 YYYY-MM-DD')
    expect(() => periodOf('year', '2026-02-01')).toThrow('请选择统计周期')
  })
})

describe('S3 the months an action’s effect is shown for', () => {
  it('given an action created mid-November, it starts with October as the baseline and ends with the current month', () => {
    const { months, shown, last } = effectMonths(sh('2026-11-15 10:00'), sh('2027-01-05 10:00'))
    expect(months.map((m) => m.key)).toEqual(['2026-10', '2026-11', '2026-12', '2027-01'])
    expect(shown).toEqual(months)
    expect(last.key).toBe('2027-01')
  })

  it('given an action older than a year, it shows the baseline and the 12 latest months', () => {
    const { months, shown } = effectMonths(sh('2025-01-15 10:00'), sh('2026-11-20 10:00'))
    expect(months).toHaveLength(24) // December 2024 … November 2026
    expect(shown).toHaveLength(EFFECT_MONTHS)
    expect(shown[0].key).toBe('2024-12')
    expect(shown[1].key).toBe('2025-12')
    expect(shown.at(-1)!.key).toBe('2026-11')
  })
})
