/**
 * The duty roster (值班表, issue 14): who is on duty at an instant — by weekday and time of day, on
 * working days, rest days (weekends and holidays by the working calendar, 调休 included) or any day,
 * night shifts running past midnight, one-day swaps.
 */
import { WorkCalendar } from '../../cloudfunctions/complaint/domain/calendar'
import { onDuty, rosterFor, rosterSchema, type DutyRoster, type DutyShift } from '../../cloudfunctions/complaint/domain/roster'
import { DEFAULT_DEPARTMENTS } from '@shared/departments'
import { at } from './fixtures'

const cal = new WorkCalendar()
const ALL = [1, 2, 3, 4, 5, 6, 7]
const shift = (openid: string, over: Partial<DutyShift> = {}): DutyShift => ({
  departmentCode: 'engineering',
  openid,
  name: openid,
  weekdays: ALL,
  dayType: 'any',
  start: '08:00',
  end: '17:30',
  ...over,
})
const roster = (shifts: DutyShift[], swaps: DutyRoster['swaps'] = []): DutyRoster => ({ shifts, swaps })
const who = (r: DutyRoster, day: string, hhmm: string, dept = 'engineering') => onDuty(r, dept, at(day, hhmm), cal)

describe('who is on duty at instant t', () => {
  const r = roster([
    shift('day-a', { dayType: 'workday' }),
    shift('holiday-b', { dayType: 'restday', start: '09:00', end: '18:00' }),
    shift('night-c', { start: '17:30', end: '08:00' }),
    shift('cs-d', { departmentCode: 'customer_service', start: '00:00', end: '00:00' }),
  ])

  it('given a working day, the day shift from its start up to (not including) its end, the night shift after', () => {
    expect(who(r, '2026-12-01', '07:59')).toEqual(['night-c'])
    expect(who(r, '2026-12-01', '08:00')).toEqual(['day-a'])
    expect(who(r, '2026-12-01', '17:29')).toEqual(['day-a'])
    expect(who(r, '2026-12-01', '17:30')).toEqual(['night-c'])
  })

  it('given a night shift, it runs past midnight into the next morning', () => {
    expect(who(r, '2026-12-02', '03:00')).toEqual(['night-c'])
  })

  it('given a weekend, the rest-day shift instead of the working-day one', () => {
    expect(who(r, '2026-12-05', '10:00')).toEqual(['holiday-b']) // Saturday
  })

  it('given National Day (a Thursday) the rest-day shift, and given a make-up Saturday (调休) the working-day one', () => {
    expect(who(r, '2026-10-01', '10:00')).toEqual(['holiday-b'])
    expect(who(r, '2026-10-10', '10:00')).toEqual(['day-a'])
  })

  it('given another department, only its own shifts; a 24-hour shift (00:00–00:00) covers the whole day', () => {
    expect(who(r, '2026-12-01', '03:00', 'customer_service')).toEqual(['cs-d'])
    expect(who(r, '2026-12-01', '23:59', 'customer_service')).toEqual(['cs-d'])
    expect(who(r, '2026-12-01', '10:00', 'cleaning')).toEqual([])
  })

  it('given weekdays, only shifts starting on those days (a Friday night shift covers Saturday morning)', () => {
    const fridays = roster([shift('fri-night', { weekdays: [5], start: '20:00', end: '08:00' })])
    expect(who(fridays, '2026-12-05', '07:00')).toEqual(['fri-night'])
    expect(who(fridays, '2026-12-06', '07:00')).toEqual([])
  })

  it('given a swap on the day a shift starts, the stand-in is on duty instead, that day only', () => {
    const swapped = roster(
      [shift('night-c', { start: '17:30', end: '08:00' })],
      [{ date: '2026-12-01', departmentCode: 'engineering', from: 'night-c', to: 'stand-in', toName: '替班' }],
    )
    expect(who(swapped, '2026-12-01', '23:00')).toEqual(['stand-in'])
    expect(who(swapped, '2026-12-02', '07:00')).toEqual(['stand-in']) // the same shift, past midnight
    expect(who(swapped, '2026-12-02', '23:00')).toEqual(['night-c'])
  })

  it('given a year the calendar does not know, working days fall back to Monday–Friday rather than failing the alert', () => {
    expect(who(r, '2027-03-02', '10:00')).toEqual(['day-a'])
    expect(who(r, '2027-03-06', '10:00')).toEqual(['holiday-b'])
  })

  it('given an empty roster, nobody (the chain then alerts the whole department)', () => {
    expect(who(roster([]), '2026-12-01', '10:00')).toEqual([])
  })
})

describe('the roster as the manager saves it', () => {
  it('refuses a shift with no day or a time that is not HH:mm, and a swap with the same person twice', () => {
    const bad = (r: unknown) => rosterSchema.safeParse(r).error?.issues[0].message
    expect(bad({ shifts: [shift('a', { weekdays: [] })], swaps: [] })).toBe('每个班次至少选择一天')
    expect(bad({ shifts: [shift('a', { start: '25:00' })], swaps: [] })).toBe('开始时间格式应为 HH:mm')
    expect(bad({ shifts: [], swaps: [{ date: '2026-12-01', departmentCode: 'engineering', from: 'a', to: 'a' }] })).toBe(
      '调班的两人不能相同',
    )
    expect(rosterSchema.parse({ shifts: [shift('a', { weekdays: [3, 1, 1] })], swaps: [] }).shifts[0].weekdays).toEqual([1, 3])
  })

  it('given department codes, only their spelling here — a department added in settings (dept_1) parses; whether the office lists it is the save’s check', () => {
    const bad = (r: unknown) => rosterSchema.safeParse(r).error?.issues[0].message
    expect(rosterSchema.parse({ shifts: [shift('a', { departmentCode: 'dept_1' })], swaps: [] }).shifts[0].departmentCode).toBe('dept_1')
    expect(bad({ shifts: [shift('a', { departmentCode: 'Lift Team' })], swaps: [] })).toBe('请选择值班部门')
  })

  it('given a department removed from settings, its shifts and swaps leave the roster; a deactivated one keeps them', () => {
    const departments = [
      ...DEFAULT_DEPARTMENTS.map((d) => (d.code === 'parking' ? { ...d, active: false } : d)),
      { code: 'dept_1', name: '电梯维保组', active: false, removed: true },
    ]
    const swap = (departmentCode: string) => ({ date: '2026-12-01', departmentCode, from: 'a', to: 'b', toName: 'b' })
    const r = roster(
      [shift('a'), shift('p', { departmentCode: 'parking' }), shift('l', { departmentCode: 'dept_1' })],
      [swap('dept_1'), swap('engineering')],
    )
    expect(rosterFor(r, departments)).toEqual(roster([shift('a'), shift('p', { departmentCode: 'parking' })], [swap('engineering')]))
  })
})
