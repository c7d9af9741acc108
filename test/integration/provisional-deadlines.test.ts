/**
 * H4 on the built function: with the clock in late December and next year's holidays not entered,
 * the desk still accepts complaints; deadlines reaching into that year are 暂定 wherever they are
 * shown, and entering the State Council's schedule recounts every running one — never earlier than
 * what the complainant was told.
 */
import { harnessPerTest, setNow, U } from '../helpers/emulator'

const h = harnessPerTest('2026-12-29T02:00:00Z') // Tuesday 29 December 2026, 10:00 in Shanghai
const endOf = (day: string) => Date.parse(`${day}T23:59:59.999+08:00`)

/** The 2027 schedule as the manager enters it from the notice. */
const enter2027 = (holidays: string[], workdays: string[] = []) =>
  h.as(U.manager)('settings.save', { calendar: { years: { 2027: { holidays, workdays, source: '国办发明电〔2026〕' } } } })

async function filed(openid: string = U.wangli, description = '电梯厅地面有积水和烟头。') {
  return h.as(openid)('complaint.submit', { category: 'cleaning', location: '3栋2单元电梯厅', description })
}

/** Filed and accepted now by customer service; dispatched to cleaning unless `dispatch` is false. */
async function accepted(openid: string = U.wangli, extra: Record<string, unknown> = { departmentCode: 'cleaning' }) {
  const c = await filed(openid)
  return h.as(U.agent)('complaint.act', { id: c.id, action: 'accept', ...extra })
}

/** Accepted, taken and answered now: the return-visit clock (F2) runs. */
async function resolved(openid: string) {
  const c = await accepted(openid)
  await h.as(U.cleaning)('complaint.act', { id: c.id, action: 'take' })
  return h.as(U.cleaning)('complaint.act', { id: c.id, action: 'give_result', mode: 'rectification', summary: '已清理地面。' })
}

describe('H4 accepting on 29 December without the 2027 schedule', () => {
  it('H4 受理 succeeds: dispatch is due on Wed 30 Dec (official), handling on Mon 4 Jan 2027 marked 暂定', async () => {
    const c = await accepted(U.wangli, {})
    expect(c.status).toBe('accepted')
    expect(c.deadlines).toMatchObject({ dispatchDueAt: endOf('2026-12-30'), handlingDueAt: endOf('2027-01-04') })
    expect(c.deadlines.provisional).toEqual({ handlingDueAt: true })
    expect(c.due).toEqual({ kind: 'dispatch', at: endOf('2026-12-30'), overdue: false, near: false })
    const [stored] = await h.docs('complaints', { _id: c.id })
    expect(stored.deadlines.provisional).toEqual({ handlingDueAt: { from: Date.parse('2026-12-29T02:00:00Z'), workdays: 3 } })
  })

  it('H4 the complainant and the handler see the handling deadline marked provisional, in the view, the list and the messages', async () => {
    const c = await accepted()
    const mine = await h.as(U.wangli)('complaint.get', { id: c.id })
    expect(mine.due).toMatchObject({ kind: 'handling', at: endOf('2027-01-04'), provisional: true })
    expect(mine.deadlines.provisional).toEqual({ handlingDueAt: true })
    const tasks = await h.as(U.cleaning)('complaint.list', { scope: 'tasks' })
    expect(tasks.items.find((i: any) => i.id === c.id).due).toMatchObject({ provisional: true })
    const told = (await h.as(U.wangli)('messages.list')).items.find((m: any) => m.kind === 'accepted')
    expect(JSON.stringify(told)).toContain('暂定1月4日 23:59前处理完毕')
  })

  it('H4 a deadline inside the official year carries no mark', async () => {
    setNow('2026-12-21T02:00:00Z') // Monday: three working days end on Thursday 24 December
    const c = await accepted()
    expect(c.deadlines).toMatchObject({ handlingDueAt: endOf('2026-12-24') })
    expect(c.deadlines.provisional).toBeUndefined()
    expect(c.due.provisional).toBeUndefined()
  })
})

describe('H4 entering the official schedule recounts running provisional deadlines', () => {
  it('H4 given a make-up Saturday (调休) that makes the count earlier, told deadlines stay, the return visit moves earlier, and 暂定 goes', async () => {
    const general = await accepted(U.wangli) // handling Mon 4 Jan 暂定
    const complex = await accepted(U.chen, { departmentCode: 'cleaning', tier: 'complex' }) // 7 days: Fri 8 Jan 暂定
    expect(complex.deadlines.handlingDueAt).toBe(endOf('2027-01-08'))
    setNow('2026-12-30T02:00:00Z')
    const answered = await resolved(U.liu) // return visit: Thu 31, Mon 4, Tue 5 Jan 暂定
    // Only the running clock is 暂定: the handling deadline stopped with the result.
    expect(answered.deadlines).toMatchObject({ returnVisitDueAt: endOf('2027-01-05'), provisional: { returnVisitDueAt: true } })
    expect(answered.deadlines.provisional.handlingDueAt).toBeUndefined()

    // Official 2027: Fri 1 Jan off, Sat 2 Jan a working day.
    const saved = await enter2027(['2027-01-01'], ['2027-01-02'])
    expect(saved.recounted).toBe(3)
    const after = async (id: string) => (await h.as(U.manager)('complaint.get', { id })).deadlines
    // Counted on the official calendar: 2 Jan and 7 Jan — but the complainants were told 4 and 8 Jan.
    expect(await after(general.id)).toEqual({ dispatchDueAt: general.deadlines.dispatchDueAt, handlingDueAt: endOf('2027-01-04') })
    expect((await after(complex.id)).handlingDueAt).toBe(endOf('2027-01-08'))
    // Customer service's own clock takes the official count: Thu 31, Sat 2, Mon 4 Jan.
    const visit = await after(answered.id)
    expect(visit.returnVisitDueAt).toBe(endOf('2027-01-04'))
    expect(visit.provisional).toBeUndefined()

    const staff = await h.as(U.manager)('complaint.get', { id: general.id })
    expect(staff.events.at(-1)).toMatchObject({ action: 'recount_deadlines', actionLabel: '重新计算期限', actorRoleLabel: '系统' })
    expect(staff.events.at(-1).reason).toContain('办结期限 2027年1月4日 23:59（保持不变，正式日历计为 2027年1月2日 23:59）')
    // Nothing moved later, so the complainant is not messaged about it.
    const kinds = (await h.as(U.wangli)('messages.list')).items.map((m: any) => m.kind)
    expect(kinds).not.toContain('deadline_recounted')
  })

  it('H4 given more days off than the rule knew, the deadline moves later and the complainant is told the new date', async () => {
    const c = await accepted()
    const saved = await enter2027(['2027-01-01', '2027-01-04'])
    expect(saved.recounted).toBe(1)
    const mine = await h.as(U.wangli)('complaint.get', { id: c.id })
    expect(mine.deadlines.handlingDueAt).toBe(endOf('2027-01-05'))
    expect(mine.due).toEqual({ kind: 'handling', at: endOf('2027-01-05'), overdue: false, near: false })
    const told = (await h.as(U.wangli)('messages.list')).items.find((m: any) => m.kind === 'deadline_recounted')
    expect(told).toMatchObject({ title: '投诉处理期限已按放假安排确定' })
    // Saving the same schedule again changes nothing more.
    expect((await enter2027(['2027-01-01', '2027-01-04'])).recounted).toBe(0)
  })

  it('H4 a clock that stopped running keeps its date; only running clocks are recounted', async () => {
    const c = await accepted(U.wangli, {})
    await h.as(U.agent)('complaint.act', { id: c.id, action: 'dispatch' })
    await enter2027(['2027-01-01', '2027-01-04'])
    const after = await h.as(U.manager)('complaint.get', { id: c.id })
    expect(after.deadlines.dispatchDueAt).toBe(c.deadlines.dispatchDueAt) // dispatched on time: history
    expect(after.deadlines.handlingDueAt).toBe(endOf('2027-01-05'))
  })

  it('H4 a recount cut short while saving (a failed write) is finished by the next timer run, nothing lost', async () => {
    const c = await accepted()
    const [before] = await h.docs('complaints', { _id: c.id })
    h.emu.failDatabase((action, p) => action === 'database.insertDocument' && p.collectionName === 'events')
    const saved = await enter2027(['2027-01-01', '2027-01-04'])
    expect(saved.recounted).toBe(0)
    // The schedule itself is saved, and the complaint is exactly as it was: still 暂定, at its old date.
    expect(saved.calendar.lastKnownYear).toBe(2027)
    expect((await h.docs('complaints', { _id: c.id }))[0]).toEqual(before)
    expect((await h.emu.fireTimer()).data.recounted).toBe(1)
    const [done] = await h.docs('complaints', { _id: c.id })
    expect(done.deadlines.handlingDueAt).toBe(endOf('2027-01-05'))
    expect(done.deadlines.provisional).toBeUndefined()
  })
})

describe('H4 the warning to enter the schedule', () => {
  it('H4 the manager is warned from 1 November (Shanghai) that deadlines into next year are 暂定, not before', async () => {
    setNow('2026-10-31T15:59:00Z') // 31 October, 23:59 in Shanghai
    expect((await h.as(U.manager)('meta.get')).calendar).toMatchObject({ missingYear: null, message: null })
    setNow('2026-10-31T16:00:00Z') // 1 November, 00:00 in Shanghai
    const w = (await h.as(U.manager)('meta.get')).calendar
    expect(w).toMatchObject({ missingYear: 2027, urgent: false })
    expect(w.message).toContain('暂定')
  })
})
