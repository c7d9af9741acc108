import { WorkCalendar, dayOf, endOfDay, formatInstant, PACKAGE_YEARS } from '../../cloudfunctions/complaint/domain/calendar'
import { handlingDue, dispatchDue, extensionCap, responseDue } from '../../cloudfunctions/complaint/domain/deadlines'
import { DEFAULT_DEADLINES } from '../../cloudfunctions/complaint/domain/settings'

/** 10:00 Asia/Shanghai on a day, as ms UTC. */
const at = (day: string, hhmm = '10:00') => Date.parse(`${day}T${hhmm}:00+08:00`)
const cal = new WorkCalendar()

describe('H4 working-day calendar (PRC holidays with 调休, Asia/Shanghai)', () => {
  it('H4-1 gives a general complaint accepted on a plain Monday until the end of Thursday', () => {
    expect(formatInstant(handlingDue('general', at('2026-11-30'), DEFAULT_DEADLINES, cal))).toBe('2026年12月3日 23:59')
  })

  it('H4-1 skips the National Day holiday and counts the Saturday make-up working day (调休)', () => {
    // Accepted Wed 30 Sep 2026: Oct 1–7 off; Thu 8, Fri 9, Sat 10 (make-up day) are working days.
    expect(dayOf(handlingDue('general', at('2026-09-30'), DEFAULT_DEADLINES, cal))).toBe('2026-10-10')
  })

  it('H4-1 counts from the next working day when a complaint is accepted at the weekend', () => {
    expect(dayOf(handlingDue('general', at('2026-11-28'), DEFAULT_DEADLINES, cal))).toBe('2026-12-02')
  })

  it('H4-1 skips the Spring Festival week and its Saturday make-up days of 2026', () => {
    // Fri 13 Feb 2026 → Sat 14 Feb is a make-up working day; 15–23 Feb off; Tue 24 Feb.
    expect(dayOf(handlingDue('general', at('2026-02-13'), DEFAULT_DEADLINES, cal))).toBe('2026-02-25')
  })

  it('H1 dispatch is due at the end of the next working day', () => {
    expect(dayOf(dispatchDue(at('2026-12-04'), DEFAULT_DEADLINES, cal))).toBe('2026-12-07')
  })

  it('H4-2 gives complex complaints 7 working days and caps extensions at 15', () => {
    expect(dayOf(handlingDue('complex', at('2026-11-30'), DEFAULT_DEADLINES, cal))).toBe('2026-12-09')
    expect(dayOf(extensionCap(at('2026-11-30'), DEFAULT_DEADLINES, cal))).toBe('2026-12-21')
  })

  it('H4-3 runs the emergency clocks around the clock: response in 2 hours, handled in 24', () => {
    const t = at('2026-10-01', '23:30') // a public holiday, late at night
    expect(responseDue(t, DEFAULT_DEADLINES) - t).toBe(2 * 3_600_000)
    expect(handlingDue('emergency', t, DEFAULT_DEADLINES, cal) - t).toBe(24 * 3_600_000)
  })

  it('H4 computes the Shanghai calendar day, not the host day: 23:30 UTC is the next day in Shanghai', () => {
    expect(dayOf(Date.parse('2026-11-30T23:30:00Z'))).toBe('2026-12-01')
    expect(endOfDay('2026-12-01')).toBe(Date.parse('2026-12-01T15:59:59.999Z'))
  })

  it('H4 the official calendar (statistics) refuses to guess beyond the last known year instead of treating it as plain weekdays', () => {
    expect(PACKAGE_YEARS.last).toBe(2026)
    expect(() => handlingDue('general', at('2026-12-30'), DEFAULT_DEADLINES, cal)).toThrow(
      expect.objectContaining({ code: 'CALENDAR_UNKNOWN_YEAR', message: expect.stringContaining('2027') }),
    )
  })

  it('H4 uses a year the office entered (its holidays and make-up days) and its own closures', () => {
    const office = new WorkCalendar({
      years: { 2027: { holidays: ['2027-01-01'], workdays: ['2027-01-02'], source: 'test schedule' } },
      closures: ['2026-12-31'],
    })
    // Wed 30 Dec 2026 → Thu 31 closed (office), Fri 1 Jan holiday, Sat 2 make-up, Mon 4, Tue 5.
    expect(dayOf(office.deadlineAfter(at('2026-12-30'), 3))).toBe('2027-01-05')
    expect(office.lastKnownYear()).toBe(2027)
    expect(() => office.isWorkday('2028-03-01')).toThrow(expect.objectContaining({ code: 'CALENDAR_UNKNOWN_YEAR' }))
  })

  it('counts whole working days between two instants (for handling-time statistics)', () => {
    expect(cal.workdaysBetween(at('2026-09-30'), at('2026-10-10', '18:00'))).toBe(3)
    expect(cal.workdaysBetween(at('2026-11-30', '09:00'), at('2026-11-30', '18:00'))).toBe(0)
  })
})
