/**
 * §6 Supervision: warnings before a deadline and escalation after it (V1), run by the timer
 * trigger and idempotent; immutable events for every change (V2).
 */
import { harnessPerTest, setNow, U } from '../helpers/emulator'

const h = harnessPerTest('2026-11-30T02:00:00Z') // Monday; handling due Thursday 3 Dec 23:59 Shanghai

async function taken() {
  const c = await h.as(U.wangli)('complaint.submit', { category: 'cleaning', location: '3栋', description: '大堂脏。' })
  await h.as(U.agent)('complaint.act', { id: c.id, action: 'accept', departmentCode: 'cleaning' })
  await h.as(U.cleaning)('complaint.act', { id: c.id, action: 'take' })
  return c
}
const values = (openid: string) => h.emu.recorder.list(openid).map((m) => Object.values(m.data).map((v) => v.value))

describe('V1 supervision', () => {
  it('V1 warns the handler once inside the warning window before the deadline', async () => {
    const c = await taken()
    await h.subscribe(U.cleaning, ['staff_task', 'staff_task'])
    setNow('2026-12-03T07:00:00Z') // 15:00 Thursday: more than 8 hours before 23:59
    await h.emu.fireTimer()
    expect(values(U.cleaning)).toEqual([])
    setNow('2026-12-03T08:00:00Z') // 16:00: inside the 8-hour window
    await h.emu.fireTimer()
    await h.emu.fireTimer()
    expect(values(U.cleaning)).toEqual([expect.arrayContaining(['处理中', '即将到期，请抓紧处理'])])
    const events = await h.docs('events', { complaintId: c.id, action: 'warn_deadline' })
    expect(events).toHaveLength(1)
  })

  it('V1 escalates an overdue complaint to the department supervisor, then a working day later to the manager', async () => {
    const c = await taken()
    await h.subscribe(U.cleaningSupervisor, ['staff_task'])
    await h.subscribe(U.manager, ['staff_task'])
    setNow('2026-12-03T16:30:00Z') // Friday 00:30: overdue
    const first = await h.emu.fireTimer()
    expect(first.data.transitions).toEqual({ escalate: 1 })
    expect(values(U.cleaningSupervisor)).toEqual([expect.arrayContaining(['已超时'])])
    expect(values(U.manager)).toEqual([])
    expect((await h.as(U.cleaningSupervisor)('complaint.get', { id: c.id })).escalationLevel).toBe(1)
    setNow('2026-12-04T10:00:00Z') // Friday 18:00: still within the next working day
    await h.emu.fireTimer()
    expect(values(U.manager)).toEqual([])
    setNow('2026-12-06T10:00:00Z') // Sunday: past Friday's end
    expect((await h.emu.fireTimer()).data.transitions).toEqual({ escalate: 1 })
    expect(values(U.manager)).toEqual([expect.arrayContaining(['已超时'])])
    const view = await h.as(U.manager)('complaint.get', { id: c.id })
    expect(view).toMatchObject({ escalationLevel: 2, due: { overdue: true } })
    expect(view.events.filter((e: any) => e.action === 'escalate').map((e: any) => e.data.level)).toEqual([1, 2])
  })

  it('V1 running the timer twice sends nothing twice', async () => {
    await taken()
    await h.subscribe(U.cleaningSupervisor, ['staff_task', 'staff_task', 'staff_task'])
    setNow('2026-12-04T01:00:00Z')
    await Promise.all([h.emu.fireTimer(), h.emu.fireTimer()])
    await h.emu.fireTimer()
    expect(values(U.cleaningSupervisor)).toHaveLength(1)
  })

  it('V1 the dispatch clock escalates to customer service when nobody dispatches an accepted complaint', async () => {
    const c = await h.as(U.wangli)('complaint.submit', { category: 'cleaning', location: '3栋', description: '大堂脏。' })
    await h.as(U.agent)('complaint.act', { id: c.id, action: 'accept' })
    await h.subscribe(U.csSupervisor, ['staff_task'])
    setNow('2026-12-01T16:30:00Z') // Wednesday 00:30: dispatch was due Tuesday
    await h.emu.fireTimer()
    expect(values(U.csSupervisor)).toEqual([expect.arrayContaining(['已超时'])])
    const events = await h.docs('events', { complaintId: c.id, action: 'escalate' })
    expect(events[0].data).toMatchObject({ clock: 'dispatch', level: 1 })
  })
})

describe('V2 records', () => {
  it('V2 records an immutable event for every change: who, when, from, to and why', async () => {
    const c = await taken()
    await h.as(U.cleaning)('complaint.act', { id: c.id, action: 'request_extension', newDeadline: '2026-12-07', reason: '等待材料' })
    const events = await h.docs('events', { complaintId: c.id })
    expect(events.map((e) => e.action)).toEqual(['submit', 'accept', 'dispatch', 'take', 'request_extension'])
    expect(events.at(-1)).toMatchObject({
      actor: { openid: U.cleaning, name: '张洁', role: 'handler' },
      at: Date.parse('2026-11-30T02:00:00Z'),
      from: 'investigating',
      to: 'investigating',
      reason: '等待材料',
      complaintNo: c.no,
    })
    // No action of the function updates or removes an event.
    const before = JSON.stringify(events)
    await h.as(U.cleaningSupervisor)('complaint.act', { id: c.id, action: 'approve_extension' })
    const after = await h.docs('events', { complaintId: c.id })
    expect(JSON.stringify(after.slice(0, events.length))).toBe(before)
  })

  it('V2 the registration form of any complaint can be printed by staff who may see it', async () => {
    const c = await taken()
    const form = await h.as(U.cleaningSupervisor)('complaint.form', { id: c.id })
    expect(form.events.map((e: any) => e.action)).toEqual(['提交投诉', '受理', '派单', '接单'])
    expect((await h.raw(U.wangli)('complaint.form', { id: c.id })).error.code).toBe('FORBIDDEN')
    expect((await h.raw(U.engineering)('complaint.form', { id: c.id })).error.code).toBe('NOT_FOUND')
  })
})

describe('H4 the calendar running out', () => {
  it("H4 from November the manager is warned, once a day, that next year's holidays must be entered, until they are", async () => {
    const meta = await h.as(U.manager)('meta.get')
    expect(meta.calendar).toMatchObject({ lastKnownYear: 2026, missingYear: 2027, message: expect.stringContaining('2027 年法定节假日') })
    expect((await h.as(U.wangli)('meta.get')).calendar).toBeNull()
    // Other staff cannot enter the year: they are not troubled with it until deadlines fail.
    expect((await h.as(U.agent)('meta.get')).calendar).toBeNull()
    expect((await h.as(U.cleaningSupervisor)('meta.get')).calendar).toBeNull()
    // Issue 16: the official years are the company's: the manager of each of the demo's three estates is warned.
    expect((await h.emu.fireTimer()).data.calendarReminders).toBe(3)
    await h.as(U.manager)('messages.markRead')
    expect((await h.emu.fireTimer()).data.calendarReminders).toBe(0)
    expect((await h.as(U.manager)('messages.list')).items.filter((m: any) => m.kind === 'calendar')).toEqual([
      expect.objectContaining({ title: '请录入 2027 年节假日安排', read: true }),
    ])
    setNow('2026-12-01T02:00:00Z')
    expect((await h.emu.fireTimer()).data.calendarReminders).toBe(3)
    // The year entered in one estate's settings is the company's: no estate's manager is warned again.
    await h.as(U.manager)('settings.save', {
      calendar: { years: { 2027: { holidays: ['2027-01-01'], workdays: [], source: '国办发明电' } } },
    })
    expect((await h.as(U.manager)('meta.get')).calendar).toMatchObject({ lastKnownYear: 2027, missingYear: null, message: null })
    setNow('2026-12-02T02:00:00Z')
    expect((await h.emu.fireTimer()).data.calendarReminders).toBe(0)
  })

  it('H4 once the current year is missing and every deadline is 暂定, every staff member sees the warning', async () => {
    setNow('2027-01-04T02:00:00Z')
    const seen = await h.as(U.agent)('meta.get')
    expect(seen.calendar).toMatchObject({
      missingYear: 2027,
      urgent: true,
      message: expect.stringContaining('现在的工作日期限都按周末和法定节日暂定'),
    })
    expect(seen.calendar.message).toContain('系统设置 → 工作日历')
    expect((await h.as(U.wangli)('meta.get')).calendar).toBeNull()
  })
})
