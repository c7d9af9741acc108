/**
 * Rollups under load and faults (issue 17), through the BUILT complaint and report functions:
 * 100 concurrent results and ratings leave every counter equal to a recount of the stored
 * complaints and events; a failed or conflicting transaction leaves the counters as they were;
 * the nightly recount repairs a drift once even when two runs go at the same time, and the
 * manager is told.
 */
import { flatCounters, recountRollups, type RollupDoc } from '../../cloudfunctions/complaint/domain/rollup'
import type { Complaint, ComplaintEvent } from '../../cloudfunctions/complaint/domain/model'
import { setNow, U } from '../helpers/emulator'
import { startReportHarness, storeComplaint, type ReportHarness } from '../helpers/report'

const sh = (t: string) => `${t.replace(' ', 'T')}:00+08:00`
let h: ReportHarness

beforeEach(async () => {
  setNow(sh('2026-11-30 10:00'))
  h = await startReportHarness()
})
afterEach(() => {
  h.close()
  jest.useRealTimers()
})

/** Stored rollups as { id: counters } (names left out; zeros dropped). */
async function stored(): Promise<Record<string, Record<string, number>>> {
  const docs = (await h.docs('rollups')) as RollupDoc[]
  return Object.fromEntries(docs.map((d) => [d._id, flatCounters(d.c)]).filter(([, c]) => Object.keys(c).length))
}

/** The rollups recounted from the stored complaints and dispatch events. */
async function recounted(): Promise<Record<string, Record<string, number>>> {
  const complaints = (await h.docs('complaints')) as Complaint[]
  const events = (await h.docs('events', { action: 'dispatch' })) as ComplaintEvent[]
  return Object.fromEntries([...recountRollups(complaints, events, 0).values()].map((d) => [d._id, flatCounters(d.c)]))
}

const wang = { openid: U.wangli, name: '王丽', room: '1栋101', phone: '13800001111' }
const handler = { openid: U.cleaning, name: '张洁', role: 'handler' as const }

/** A cleaning complaint in handling with the cleaning handler, created on `day`. */
const inHandling = (day = '2026-11-27', i = 0) =>
  storeComplaint(h, {
    status: 'handling',
    createdAt: sh(`${day} 09:00`) as never,
    acceptedAt: sh(`${day} 09:30`) as never,
    dispatchedAt: sh(`${day} 10:00`) as never,
    departmentCode: 'cleaning',
    assignee: handler,
    complainant: wang,
    location: `${i % 5}栋大堂`,
    deadlines: { handlingDueAt: Date.parse(sh('2026-12-02 23:59')) },
  })

/** A complaint whose result waits for 王丽's rating. */
const resolved = (i: number) =>
  storeComplaint(h, {
    status: 'resolved',
    createdAt: sh('2026-11-26 09:00') as never,
    acceptedAt: sh('2026-11-26 09:30') as never,
    dispatchedAt: sh('2026-11-26 10:00') as never,
    resolvedAt: sh('2026-11-28 10:00') as never,
    departmentCode: 'cleaning',
    assignee: handler,
    complainant: wang,
    location: `${i % 5}栋大堂`,
    result: { summary: '已处理', by: handler, at: Date.parse(sh('2026-11-28 10:00')) } as never,
    deadlines: { handlingDueAt: Date.parse(sh('2026-12-01 23:59')), returnVisitDueAt: Date.parse(sh('2026-12-05 23:59')) },
  })

it('given 100 concurrent results and ratings, every counter equals a recount of the complaints', async () => {
  const toResult = Array.from({ length: 50 }, (_, i) => inHandling('2026-11-27', i))
  const toRate = Array.from({ length: 50 }, (_, i) => resolved(i))
  const calls = [
    ...toResult.map((c) =>
      h.raw(U.cleaning)('complaint.act', { id: c._id, action: 'give_result', mode: 'rectification', summary: '已清扫。' }),
    ),
    ...toRate.map((c, i) =>
      h.raw(U.wangli)('complaint.act', { id: c._id, action: 'rate', level: i % 2 ? 5 : 2, comment: i % 2 ? '' : '第二天又脏了' }),
    ),
  ]
  const answers = await Promise.all(calls)
  expect(answers.filter((a) => !a.ok)).toEqual([])
  expect(await stored()).toEqual(await recounted())
  const f = (await h.report(U.manager)('report.period', { period: 'month', date: '2026-11-30' })).figures
  expect(f.total.value).toBe(100)
  expect(f.handlingOnTime).toMatchObject({ numerator: 75, denominator: 75 })
  expect(f.reopenRate).toMatchObject({ numerator: 25, denominator: 100 })
})

it('given a transaction that fails while writing the rollups, neither the complaint nor any counter changes', async () => {
  const c = inHandling()
  const [before] = await h.docs('complaints', { _id: c._id })
  const counters = await stored()
  h.emu.failDatabase((_action, p) => p.transactionId !== undefined && JSON.stringify(p).includes('"rollups"'))
  const r = await h.raw(U.cleaning)('complaint.act', { id: c._id, action: 'give_result', mode: 'rectification', summary: '已清扫。' })
  expect(r.ok).toBe(false)
  expect((await h.docs('complaints', { _id: c._id }))[0]).toEqual(before)
  expect(await stored()).toEqual(counters)
})

it('given a transaction that fails on another of its writes (its events), no counter moves', async () => {
  const c = inHandling()
  const counters = await stored()
  h.emu.failDatabase((_action, p) => p.transactionId !== undefined && JSON.stringify(p).includes('"events"'))
  const r = await h.raw(U.cleaning)('complaint.act', { id: c._id, action: 'give_result', mode: 'rectification', summary: '已清扫。' })
  expect(r.ok).toBe(false)
  expect(await stored()).toEqual(counters)
})

it('given two staff acting on one complaint at once, the loser’s conflict moves no counter', async () => {
  const cs = Array.from({ length: 5 }, (_, i) => inHandling('2026-11-27', i))
  const answers = await Promise.all(
    cs.flatMap((c) => [
      h.raw(U.cleaning)('complaint.act', { id: c._id, action: 'give_result', mode: 'rectification', summary: '已清扫。' }),
      h.raw(U.cleaning)('complaint.act', { id: c._id, action: 'give_result', mode: 'rectification', summary: '已清扫干净。' }),
    ]),
  )
  expect(answers.filter((a) => a.ok)).toHaveLength(5)
  expect(await stored()).toEqual(await recounted())
  const f = (await h.report(U.manager)('report.period', { period: 'month', date: '2026-11-30' })).figures
  expect(f.handlingOnTime.denominator).toBe(5)
})

describe('the nightly recount', () => {
  /** Puts `n` more complaints on yesterday's rollups than there are: a drift to repair. */
  function drift(id: string, n: number) {
    const [doc] = h.emu.store.find('rollups', { _id: id }) as unknown as RollupDoc[]
    h.emu.store.update('rollups', { _id: id }, { $inc: { 'c.n': n, 'c.ch.miniprogram': n } })
    return doc
  }

  it('given a drifted rollup of yesterday, two runs at once after 02:00 repair it once, record it and tell the manager', async () => {
    setNow(sh('2026-11-29 10:00'))
    for (let i = 0; i < 3; i++) inHandling('2026-11-29', i)
    const id = '2026-11-29|default|*'
    drift(id, 4)
    expect((await stored())[id].n).toBe(7)
    setNow(sh('2026-11-30 01:55'))
    await h.emu.fireTimer('report')
    expect(await h.docs('rollup_repairs')).toEqual([]) // not before 02:00
    setNow(sh('2026-11-30 02:05'))
    const runs = await Promise.all([h.emu.fireTimer('report'), h.emu.fireTimer('report')])
    expect(runs.map((r) => r.ok)).toEqual([true, true])
    expect(runs.reduce((n, r) => n + (r.data.rollupRepairs ?? 0), 0)).toBe(1)
    expect(await stored()).toEqual(await recounted())
    expect((await stored())[id].n).toBe(3)
    const repairs = await h.docs('rollup_repairs', { kind: 'repair' })
    expect(repairs).toEqual([expect.objectContaining({ rollupId: id, day: '2026-11-29', drift: { n: -4, 'ch.miniprogram': -4 } })])
    expect(await h.docs('inbox', { kind: 'rollup_drift' })).toEqual([
      expect.objectContaining({
        openid: U.manager,
        title: '统计数据已校正',
        fields: [expect.stringContaining('2026-11-29 的统计有 1 处')],
      }),
    ])
    const report = await h.report(U.manager)('report.period', { period: 'month', date: '2026-11-30' })
    expect(report.warnings).toEqual([expect.stringContaining('夜间校对发现 1 处统计与投诉记录不一致（2026-11-29）')])
    // A later run the same day does nothing more.
    setNow(sh('2026-11-30 04:00'))
    await h.emu.fireTimer('report')
    expect(await h.docs('rollup_repairs', { kind: 'repair' })).toHaveLength(1)
  })

  it('given rollups that agree with the complaints, it repairs nothing and tells nobody', async () => {
    setNow(sh('2026-11-29 10:00'))
    inHandling('2026-11-29')
    setNow(sh('2026-11-30 02:30'))
    await h.emu.fireTimer('report')
    expect(await h.docs('rollup_repairs', { kind: 'repair' })).toEqual([])
    expect(await h.docs('rollup_repairs', { _id: 'recount-2026-11-29' })).toEqual([expect.objectContaining({ repairs: 0 })])
    expect(await h.docs('inbox', { kind: 'rollup_drift' })).toEqual([])
  })
})

it('given 300 complaints in the month, drill-down page 1 of late results reads its page and a few documents more, and lists the newest first', async () => {
  const late = (i: number) =>
    storeComplaint(h, {
      status: 'closed',
      createdAt: Date.parse(sh('2026-11-02 09:00')) + i * 60_000,
      acceptedAt: Date.parse(sh('2026-11-02 09:00')) + i * 60_000,
      resolvedAt: sh('2026-11-20 10:00') as never,
      departmentCode: 'cleaning',
      complainant: wang,
      deadlines: { handlingDueAt: Date.parse(sh(i % 3 ? '2026-11-25 23:59' : '2026-11-06 23:59')) },
    })
  const made = Array.from({ length: 300 }, (_, i) => late(i))
  h.emu.store.resetStats()
  const page = await h.report(U.manager)('report.complaints', {
    filter: { period: 'month', date: '2026-11-30', clock: 'handling', onTime: false },
    pageSize: 20,
  })
  const read = h.emu.store.stats.docsRead
  expect(page.total).toBe(100)
  expect(page.items.map((r: { id: string }) => r.id)).toEqual(
    made
      .filter((_, i) => i % 3 === 0)
      .reverse()
      .slice(0, 20)
      .map((c) => c._id),
  )
  expect(read).toBeLessThanOrEqual(20 + 5)
})
