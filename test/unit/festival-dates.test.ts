/**
 * H4 the provisional calendar's festival table (domain/festival-dates.ts), generated with tyme4ts
 * by scripts/festival-dates.ts so that no function bundle carries a lunar calendar: every year of it
 * is what tyme4ts says, and a year beyond it is refused rather than guessed.
 */
import { FESTIVAL_DATES, FESTIVAL_YEARS } from '../../cloudfunctions/complaint/domain/festival-dates'
import { statutoryDays } from '../../cloudfunctions/complaint/domain/provisional-holidays'
import { festivalsOf, FESTIVAL_YEARS as GENERATOR_YEARS } from '../../scripts/festival-dates'

describe('H4 the festival table of the provisional calendar', () => {
  it('covers the years the generator names, one row each', () => {
    expect(FESTIVAL_YEARS).toEqual(GENERATOR_YEARS)
    const years = Object.keys(FESTIVAL_DATES).map(Number)
    expect(years).toEqual(Array.from({ length: FESTIVAL_YEARS.last - FESTIVAL_YEARS.first + 1 }, (_, i) => FESTIVAL_YEARS.first + i))
  })

  it('gives, for every year, the dates tyme4ts computes for 春节, 清明, 端午 and 中秋', () => {
    const differing = Object.entries(FESTIVAL_DATES).filter(([y, row]) => row !== festivalsOf(Number(y)))
    expect(differing).toEqual([])
  })

  it('given 2027, places 除夕 the day before 正月初一 (5 Feb) and the other festivals on their table days', () => {
    const days = statutoryDays(2027)
    expect(days.filter((d) => d.name === '春节').map((d) => d.day)).toEqual(['2027-02-05', '2027-02-06', '2027-02-07', '2027-02-08'])
    expect(days.find((d) => d.name === '清明')?.day).toBe('2027-04-05')
  })

  it('refuses a year beyond the table with CALENDAR_UNKNOWN_YEAR and a Chinese message naming the settings page', () => {
    const past = FESTIVAL_YEARS.last + 1
    expect(() => statutoryDays(past)).toThrow(expect.objectContaining({ code: 'CALENDAR_UNKNOWN_YEAR', details: { year: past } }))
    expect(() => statutoryDays(past)).toThrow(/系统设置 → 工作日历/)
  })
})
