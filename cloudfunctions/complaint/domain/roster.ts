/**
 * The duty roster (值班表, issue 14): per department and for customer service, shifts by weekday and
 * time of day — on working days, rest days (weekends and holidays by the working calendar, 调休
 * included) or any day — and one-day swaps. `onDuty` answers "who is on duty at instant t", the
 * one question the emergency alert chain asks. Pure, no I/O.
 */
import dayjs from 'dayjs'
import utc from 'dayjs/plugin/utc'
import * as z from 'zod/mini'
import { dayOf, startOfDay, type Day, type WorkCalendar } from './calendar'
import { DEPARTMENT_CODE, type Department } from '@shared/departments'
import type { DepartmentCode } from '@shared/vocabulary'

dayjs.extend(utc)

/** Which days a shift runs on besides its weekdays: any day, working days only, rest days only. */
export const DAY_TYPES = { any: '每天', workday: '工作日', restday: '休息日及节假日' } as const
export type DayType = keyof typeof DAY_TYPES

/** One person's recurring shift. */
export interface DutyShift {
  departmentCode: DepartmentCode
  openid: string
  /** The person's name when the shift was saved (display only; the openid decides). */
  name: string
  /** ISO weekdays the shift starts on: 1 Monday … 7 Sunday. */
  weekdays: number[]
  dayType: DayType
  /** `HH:mm`, Asia/Shanghai. An end at or before the start ends on the next day (a night shift). */
  start: string
  end: string
}

/** On `date` (the day a shift starts), `to` stands in for `from` in their department (调班). */
export interface DutySwap {
  date: Day
  departmentCode: DepartmentCode
  from: string
  to: string
  toName: string
}

export interface DutyRoster {
  shifts: DutyShift[]
  swaps: DutySwap[]
}

const HHMM = /^([01]\d|2[0-3]):[0-5]\d$/
const MINUTE = 60_000
// Whether the office lists the department is checked by the save, on the departments as it leaves them (actions/settings/roster.ts).
const departmentCode = z.string({ error: '请选择值班部门' }).check(z.regex(DEPARTMENT_CODE, { error: '请选择值班部门' }))
// An OPENID: a format, so the content check (domain/free-text.ts) never sends it as text.
const person = z
  .string({ error: '请选择值班人员' })
  .check(z.maxLength(64, { error: '请选择值班人员' }), z.regex(/^[\w-]+$/, { error: '请选择值班人员' }))
const name = z._default(z.string().check(z.trim(), z.maxLength(20)), '')

/** What settings.save accepts for the roster (Chinese messages name the field). */
export const rosterSchema = z.strictObject({
  shifts: z
    .array(
      z.strictObject({
        departmentCode,
        openid: person,
        name,
        weekdays: z.pipe(
          z
            .array(z.number().check(z.int(), z.minimum(1), z.maximum(7)), { error: '请选择星期' })
            .check(z.minLength(1, { error: '每个班次至少选择一天' })),
          z.transform((w: number[]) => [...new Set(w)].sort()),
        ),
        dayType: z._default(z.enum(Object.keys(DAY_TYPES) as [DayType, ...DayType[]], { error: '请选择适用日期' }), 'any'),
        start: z.string().check(z.regex(HHMM, { error: '开始时间格式应为 HH:mm' })),
        end: z.string().check(z.regex(HHMM, { error: '结束时间格式应为 HH:mm' })),
      }),
      { error: '值班班次格式不正确' },
    )
    .check(z.maxLength(300, { error: '值班班次最多 300 个' })),
  swaps: z
    .array(
      z
        .strictObject({
          date: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, { error: '调班日期格式应为 YYYY-MM-DD' })),
          departmentCode,
          from: person,
          to: person,
          toName: name,
        })
        .check(z.refine((s) => s.from !== s.to, { error: '调班的两人不能相同' })),
      { error: '调班格式不正确' },
    )
    .check(z.maxLength(200, { error: '调班记录最多 200 条' })),
})

const minutesOf = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5))

/** ISO weekday (1 Monday … 7 Sunday) of a calendar day; zone-free, so computed in UTC. */
const isoWeekday = (day: Day) => dayjs.utc(day).day() || 7

/**
 * Whether `day` is a working day. A year the calendar does not know falls back to Monday–Friday:
 * an alert must never fail because next year's holidays are not entered.
 */
function isWorkday(day: Day, calendar: WorkCalendar): boolean {
  try {
    return calendar.isWorkday(day)
  } catch {
    return isoWeekday(day) <= 5
  }
}

/** Whether a shift runs on `day`: its weekday, and the kind of day by the working calendar. */
function runsOn(shift: DutyShift, day: Day, calendar: WorkCalendar): boolean {
  if (!shift.weekdays.includes(isoWeekday(day))) return false
  if (shift.dayType === 'any') return true
  return isWorkday(day, calendar) === (shift.dayType === 'workday')
}

/** The instants [from, to) a shift starting on `day` covers. */
function windowOf(shift: DutyShift, day: Day): [number, number] {
  const base = startOfDay(day)
  const start = minutesOf(shift.start)
  const end = minutesOf(shift.end)
  return [base + start * MINUTE, base + (end > start ? end : end + 24 * 60) * MINUTE]
}

/**
 * Who is on duty for `departmentCode` at instant `at` (ms UTC): the people of every shift running
 * then (a night shift that started the day before included), with that day's swaps applied.
 * @returns openids, without repeats; empty when the roster names nobody then.
 */
export function onDuty(roster: DutyRoster | undefined, departmentCode: string, at: number, calendar: WorkCalendar): string[] {
  if (!roster?.shifts.length) return []
  const today = dayOf(at)
  const yesterday = dayjs.utc(today).subtract(1, 'day').format('YYYY-MM-DD')
  const out = new Set<string>()
  for (const day of [yesterday, today])
    for (const s of roster.shifts) {
      if (s.departmentCode !== departmentCode || !runsOn(s, day, calendar)) continue
      const [from, to] = windowOf(s, day)
      if (at < from || at >= to) continue
      const swap = roster.swaps.find((w) => w.date === day && w.departmentCode === departmentCode && w.from === s.openid)
      out.add(swap ? swap.to : s.openid)
    }
  return [...out]
}

/** Whether the roster names anybody at all for the department (else the chain falls back to the whole department). */
export function hasRoster(roster: DutyRoster | undefined, departmentCode: string): boolean {
  return !!roster?.shifts.some((s) => s.departmentCode === departmentCode)
}

/** The roster without the shifts and swaps of departments settings no longer list (removed ones keep only their names). */
export function rosterFor(roster: DutyRoster, departments: readonly Department[]): DutyRoster {
  const listed = new Set(departments.filter((d) => !d.removed).map((d) => d.code))
  return {
    shifts: roster.shifts.filter((s) => listed.has(s.departmentCode)),
    swaps: roster.swaps.filter((w) => listed.has(w.departmentCode)),
  }
}
