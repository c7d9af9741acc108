/**
 * H4 past the last official year: the provisional calendar (statutory holidays by rule), deadlines
 * counted on it and marked 暂定, and their recount once the State Council's schedule is entered.
 */
import official from 'chinese-days/dist/chinese-days.json'
import { WorkCalendar, dayOf, endOfDay } from '../../cloudfunctions/complaint/domain/calendar'
import { watchCalendar } from '../../cloudfunctions/complaint/domain/calendar-watch'
import { acceptanceDeadlines, feedbackDeadlines, setFixed } from '../../cloudfunctions/complaint/domain/deadlines'
import type { Complaint, Deadlines } from '../../cloudfunctions/complaint/domain/model'
import { provisionalHolidays, statutoryDays } from '../../cloudfunctions/complaint/domain/provisional-holidays'
import { recountDeadlines } from '../../cloudfunctions/complaint/domain/recount'
import { DEFAULT_DEADLINES } from '../../cloudfunctions/complaint/domain/settings'

/** 10:00 Asia/Shanghai on a day, as ms UTC. */
const at = (day: string, hhmm = '10:00') => Date.parse(`${day}T${hhmm}:00+08:00`)
const weekend = (day: string) => [0, 6].includes(new Date(`${day}T00:00:00Z`).getUTCDay())
const cal = new WorkCalendar({}, { provisional: true })

describe('H4 the provisional calendar: statutory holidays by rule (放假办法 as amended from 2025)', () => {
  it.each([2025, 2026])(
    'given the %i State Council schedule, it reproduces every weekday off that is not a bridging day (调休)',
    (year) => {
      const byRule = [...provisionalHolidays(year).keys()].filter((d) => !weekend(d)).sort()
      const inLieu = official.inLieuDays as Record<string, string>
      const offByNotice = Object.keys(official.holidays)
        .filter((d) => d.startsWith(`${year}-`) && !weekend(d) && !(d in inLieu))
        .sort()
      expect(byRule).toEqual(offByNotice)
    },
  )

  it('given 2027, it takes 春节 from the lunar calendar: 除夕 5 Feb to 初三 8 Feb, the weekend days made up on 9 and 10 Feb', () => {
    expect(
      statutoryDays(2027)
        .filter((d) => d.name === '春节')
        .map((d) => d.day),
    ).toEqual(['2027-02-05', '2027-02-06', '2027-02-07', '2027-02-08'])
    const spring = [...provisionalHolidays(2027).values()].filter((h) => h.name === '春节')
    expect(spring.map((h) => `${h.day}${h.makeUp ? ' 补' : ''}`).sort()).toEqual([
      '2027-02-05',
      '2027-02-06',
      '2027-02-07',
      '2027-02-08',
      '2027-02-09 补',
      '2027-02-10 补',
    ])
  })

  it('given 2027, it places 清明 on its solar term, 端午 and 中秋 on their lunar days, and makes up 劳动节 and 国庆 weekends', () => {
    const off = provisionalHolidays(2027)
    expect(off.get('2027-04-05')?.name).toBe('清明')
    expect(off.get('2027-06-09')?.name).toBe('端午')
    expect(off.get('2027-09-15')?.name).toBe('中秋')
    // 1–2 May 2027 are a Saturday and a Sunday: made up on Monday 3 and Tuesday 4 May.
    expect(['2027-05-03', '2027-05-04'].map((d) => off.get(d))).toEqual([
      { day: '2027-05-03', name: '劳动节', makeUp: true },
      { day: '2027-05-04', name: '劳动节', makeUp: true },
    ])
    // 国庆 Fri 1 – Sun 3 Oct 2027: two weekend days made up on Mon 4 and Tue 5.
    expect(['2027-10-04', '2027-10-05'].every((d) => off.get(d)?.makeUp)).toBe(true)
    expect(cal.isWorkday('2027-10-06')).toBe(true)
  })

  it('given 中秋 on 3 October (2028), the day two festivals share is made up on the next working day', () => {
    const off = provisionalHolidays(2028)
    expect(off.get('2028-10-03')).toMatchObject({ makeUp: false })
    // Sun 1 Oct is made up on Wed 4, the shared Tue 3 on Thu 5.
    expect(['2028-10-04', '2028-10-05'].map((d) => off.get(d)?.makeUp)).toEqual([true, true])
    expect(cal.isWorkday('2028-10-06')).toBe(true)
  })

  it('has no make-up working weekends: the bridging of the real notice cannot be known in advance', () => {
    expect(cal.isWorkday('2027-02-20')).toBe(false)
    expect(cal.isWorkday('2027-02-22')).toBe(true)
  })
})

describe('H4 deadlines counted into a year without an official schedule are 暂定', () => {
  it('given acceptance on Tue 29 Dec 2026 with 3 working days, it falls on Mon 4 Jan 2027 (元旦 and the weekend skipped), provisional', () => {
    expect(cal.countAfter(at('2026-12-29'), 3)).toEqual({ at: endOfDay('2027-01-04'), provisional: true })
    // Dispatch (1 working day) ends on Wed 30 Dec 2026, inside the official year: not provisional.
    expect(cal.countAfter(at('2026-12-29'), 1)).toEqual({ at: endOfDay('2026-12-30'), provisional: false })
  })

  it('given acceptance on Thu 4 Feb 2027, a general complaint is due Mon 15 Feb, after 春节 and its make-up days', () => {
    const d = acceptanceDeadlines({}, 'general', at('2027-02-04'), DEFAULT_DEADLINES, cal)
    expect(dayOf(d.handlingDueAt!)).toBe('2027-02-15')
    expect(dayOf(d.dispatchDueAt!)).toBe('2027-02-11')
    expect(d.provisional).toEqual({
      dispatchDueAt: { from: at('2027-02-04'), workdays: 1 },
      handlingDueAt: { from: at('2027-02-04'), workdays: 3 },
    })
  })

  it("a count ending on 31 December is official; one starting on 31 December counts only next year's days and is provisional", () => {
    expect(cal.countAfter(at('2026-12-30'), 1)).toEqual({ at: endOfDay('2026-12-31'), provisional: false })
    expect(cal.countAfter(at('2026-12-31'), 1)).toEqual({ at: endOfDay('2027-01-04'), provisional: true })
  })

  it('an emergency (hours) and a date someone chose are never provisional, and replace the 暂定 note', () => {
    const d = acceptanceDeadlines({}, 'emergency', at('2027-02-04'), DEFAULT_DEADLINES, cal)
    expect(d.provisional).toBeUndefined()
    const general = acceptanceDeadlines({}, 'general', at('2027-02-04'), DEFAULT_DEADLINES, cal)
    expect(setFixed(general, 'handlingDueAt', endOfDay('2027-02-26')).provisional).toEqual({
      dispatchDueAt: { from: at('2027-02-04'), workdays: 1 },
    })
  })

  it('the default calendar (statistics) still refuses to count where no official schedule exists', () => {
    expect(() => new WorkCalendar().deadlineAfter(at('2026-12-29'), 3)).toThrow(expect.objectContaining({ code: 'CALENDAR_UNKNOWN_YEAR' }))
  })
})

/** A complaint in `status` with `deadlines`, enough for the recount. */
const complaint = (status: Complaint['status'], deadlines: Deadlines) => ({ status, deadlines }) as Complaint

/** A 2027 schedule as the State Council might publish it: its days off and make-up working days. */
const year2027 = (holidays: string[], workdays: string[] = []) =>
  new WorkCalendar({ years: { 2027: { holidays, workdays, source: '国办发明电〔2026〕' } } }, { provisional: true })

describe('H4 entering the official schedule recounts running provisional deadlines, never shorter than the complainant was told', () => {
  const accepted = at('2026-12-29')
  const told = acceptanceDeadlines({}, 'general', accepted, DEFAULT_DEADLINES, cal) // handling Mon 4 Jan 2027, 暂定

  it('given a schedule whose make-up Saturday (调休) makes the count earlier, it keeps the later date the complainant was told', () => {
    // Official: Fri 1 Jan off, Sat 2 Jan a working day → the count ends on Sat 2 Jan.
    const r = recountDeadlines(complaint('dispatched', told), year2027(['2027-01-01'], ['2027-01-02']))!
    expect(r.deadlines.handlingDueAt).toBe(endOfDay('2027-01-04'))
    expect(r.deadlines.provisional).toBeUndefined()
    expect(r.changes).toEqual([
      {
        clock: 'handlingDueAt',
        before: endOfDay('2027-01-04'),
        after: endOfDay('2027-01-04'),
        counted: endOfDay('2027-01-02'),
        provisional: false,
      },
    ])
  })

  it('given a schedule with more days off, it moves the deadline later', () => {
    const r = recountDeadlines(complaint('investigating', told), year2027(['2027-01-01', '2027-01-04']))!
    expect(dayOf(r.deadlines.handlingDueAt!)).toBe('2027-01-05')
    expect(r.changes[0]).toMatchObject({ clock: 'handlingDueAt', after: endOfDay('2027-01-05'), provisional: false })
  })

  it('given the return-visit clock (never told to the complainant), it takes the official count even when earlier', () => {
    const resolved = feedbackDeadlines({}, at('2026-12-30'), DEFAULT_DEADLINES, cal) // Thu 31, Mon 4, Tue 5 Jan: 暂定
    expect(dayOf(resolved.returnVisitDueAt!)).toBe('2027-01-05')
    const r = recountDeadlines(complaint('resolved', resolved), year2027(['2027-01-01'], ['2027-01-02']))!
    expect(dayOf(r.deadlines.returnVisitDueAt!)).toBe('2027-01-04')
  })

  it('leaves clocks that stopped running, and complaints whose counts have not changed, alone', () => {
    expect(recountDeadlines(complaint('closed', told), year2027(['2027-01-01', '2027-01-04']))).toBeNull()
    // Still without a 2027 schedule: the same provisional count, nothing to write.
    expect(recountDeadlines(complaint('dispatched', told), cal)).toBeNull()
  })

  it('given the schedule entered exactly as the rule predicted, it only drops the 暂定 mark', () => {
    const r = recountDeadlines(complaint('dispatched', told), year2027(['2027-01-01']))!
    expect(r.deadlines).toEqual({ dispatchDueAt: told.dispatchDueAt, handlingDueAt: told.handlingDueAt })
  })
})

describe('H4 the warning from 1 November', () => {
  it('is silent on 31 October and warns the manager from 1 November (Shanghai) that deadlines into next year are 暂定', () => {
    expect(watchCalendar(cal, Date.parse('2026-10-31T23:59:00+08:00')).message).toBeNull()
    const w = watchCalendar(cal, Date.parse('2026-11-01T00:00:00+08:00'))
    expect(w).toMatchObject({ missingYear: 2027, urgent: false })
    expect(w.message).toContain('暂定')
    expect(w.message).toContain('系统设置 → 工作日历')
  })

  it('once the year has begun without its schedule, the warning is urgent', () => {
    expect(watchCalendar(cal, at('2027-01-04'))).toMatchObject({ missingYear: 2027, urgent: true })
  })
})
