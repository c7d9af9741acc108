/**
 * S4 (issue 19): the public monthly report (公示) through the BUILT report function — published by
 * the manager for a finished month, frozen, read by any resident — and, property-based, that no
 * name, room, phone, place or text of any complaint can appear in it.
 */
import fc from 'fast-check'
import type { Complaint } from '../../cloudfunctions/complaint/domain/model'
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

/** An October complaint with a standing result, dispatched on time, rated `level`. */
const october = (over: Partial<Complaint> & { day?: number; level?: 1 | 2 | 3 | 4 | 5 } = {}) => {
  const { day = 12, level = 5, ...rest } = over
  const d = String(day).padStart(2, '0')
  return storeComplaint(h, {
    status: 'closed',
    departmentCode: 'cleaning',
    createdAt: sh(`2026-10-${d} 09:00`),
    acceptedAt: sh(`2026-10-${d} 09:30`),
    dispatchedAt: sh(`2026-10-${d} 09:30`),
    resolvedAt: sh(`2026-10-${d} 15:00`),
    deadlines: { handlingDueAt: Date.parse(sh(`2026-10-${d} 23:59`)) },
    rating: { level, comment: '', channel: 'self', at: Date.parse(sh(`2026-10-${d} 16:00`)) },
    ratings: [],
    ...rest,
  } as never)
}
const addAction = (kind: 'corrective' | 'preventive', doneAt: string, title = '更换电梯厅地垫', owner = '赵敏') =>
  h.emu.store.insert('improvement_actions', [
    {
      _id: `a${Math.random().toString(36).slice(2)}`,
      kind,
      status: 'done',
      doneAt: Date.parse(sh(doneAt)),
      title,
      owner,
      createdAt: Date.parse(sh('2026-10-01 09:00')),
    } as never,
  ])

describe('S4: the manager publishes a month; residents read the latest', () => {
  it('S4 publishes October’s figures frozen: categories (small ones suppressed), on-time rates, satisfaction, actions completed', async () => {
    for (let i = 0; i < 4; i++) october({ category: 'cleaning' })
    for (let i = 0; i < 3; i++) october({ category: 'engineering', level: i === 0 ? 2 : 4 })
    october({ category: 'parking' }) // a single parking complaint: suppressed, and its partner too
    addAction('corrective', '2026-10-20 10:00')
    addAction('preventive', '2026-10-28 10:00')
    addAction('corrective', '2026-11-02 10:00') // November: not October's
    const r = await h.report(U.manager)('publicReport.publish', { month: '2026-10' })
    expect(r).toMatchObject({ month: '2026-10', label: '2026年10月', total: 8, revision: 1, minCount: 3, suppressedCount: 4 })
    const cells = Object.fromEntries(r.byCategory.map((c: { key: string; count: number | null }) => [c.key, c.count]))
    expect(cells).toMatchObject({ cleaning: 4, engineering: null, parking: null, landscaping: 0 })
    expect(r.dispatchOnTime).toEqual({ value: 1, base: 8, suppressed: false })
    expect(r.handlingOnTime).toEqual({ value: 1, base: 8, suppressed: false })
    expect(r.satisfaction).toEqual({ value: 0.875, base: 8, suppressed: false })
    expect(r.actionsCompleted).toEqual({ total: 2, corrective: 1, preventive: 1 })
    // Frozen: a complaint stored afterwards does not change what residents read.
    october({ category: 'cleaning' })
    const read = await h.report(U.wangli)('publicReport.latest')
    expect(read).toEqual(r)
  })

  it('S4 a month not yet over, a supervisor, a resident, a malformed month: each refused in Chinese, nothing published', async () => {
    const refused = async (who: string, month: unknown) => (await h.rawReport(who)('publicReport.publish', { month })).error
    expect(await refused(U.manager, '2026-11')).toEqual({ code: 'INVALID_INPUT', message: '2026年11月尚未结束，只能公示已结束的月份' })
    expect(await refused(U.manager, '2026-13')).toEqual({ code: 'INVALID_INPUT', message: '公示月份格式应为 YYYY-MM' })
    expect((await refused(U.cleaningSupervisor, '2026-10')).code).toBe('FORBIDDEN')
    expect((await refused(U.wangli, '2026-10')).code).toBe('FORBIDDEN')
    expect(await h.docs('public_reports')).toEqual([])
    expect(await h.report(U.wangli)('publicReport.latest')).toBeNull()
  })

  it('S4 the latest month is what residents read; publishing a month again replaces it with the next revision', async () => {
    october()
    await h.report(U.manager)('publicReport.publish', { month: '2026-09' })
    await h.report(U.manager)('publicReport.publish', { month: '2026-10' })
    expect((await h.report(U.chen)('publicReport.latest')).month).toBe('2026-10')
    october()
    const again = await h.report(U.manager)('publicReport.publish', { month: '2026-10' })
    expect(again).toMatchObject({ total: 2, revision: 2 })
    expect(await h.report(U.chen)('publicReport.latest')).toEqual(again)
  })
})

/** A string no figure, label or date of the report can contain: CJK text carrying a marker. */
const marked = (prefix: string) => fc.stringMatching(/^[\u4e00-\u9fa5]{1,6}$/).map((s) => `${prefix}${s}Ж`)
const person = fc.record({
  name: marked('名'),
  room: fc
    .tuple(fc.integer({ min: 1, max: 40 }), fc.integer({ min: 1, max: 6 }), fc.integer({ min: 101, max: 3404 }))
    .map(([b, u, r]) => `${b}栋${u}单元${r}Ж`),
  phone: fc.integer({ min: 13_000_000_000, max: 19_999_999_999 }).map(String),
  location: marked('地'),
  description: marked('诉'),
  involved: marked('人'),
  summary: marked('果'),
  comment: marked('评'),
})

it('S4 property: whatever names, rooms, phones, places and texts October’s complaints carry, none appears in the published report or a resident’s copy', async () => {
  await fc.assert(
    fc.asyncProperty(fc.array(person, { minLength: 1, maxLength: 6 }), async (people) => {
      for (const [i, p] of people.entries()) {
        const c = october({ day: 1 + (i % 28), level: ((i % 5) + 1) as 1 | 2 | 3 | 4 | 5, category: i % 2 ? 'security' : 'cleaning' })
        h.emu.store.insert('complaints', [
          {
            ...c,
            _id: `${c._id}p`,
            no: `${c.no}P`,
            complainant: { name: p.name, room: p.room, phone: p.phone },
            location: p.location,
            description: p.description,
            involved: p.involved,
            result: {
              summary: p.summary,
              mode: 'explanation',
              coordinatingDepartments: [],
              files: [],
              by: { openid: 'x', name: p.name, role: 'handler' },
              at: c.resolvedAt,
            },
            rating: { ...c.rating!, comment: p.comment },
            hotline: {
              orderNo: `GD${p.phone}`,
              dueAt: c.createdAt + 1,
              reply: { text: p.summary, at: c.createdAt, by: { openid: 'x', name: p.name, role: 'agent' }, recordedAt: c.createdAt },
            },
          } as never,
        ])
        addAction('corrective', '2026-10-15 10:00', p.description, p.name)
      }
      const published = await h.report(U.manager)('publicReport.publish', { month: '2026-10' })
      const read = await h.report(U.wangli)('publicReport.latest')
      const stored = await h.docs('public_reports')
      const everything = JSON.stringify([published, read, stored])
      for (const p of people) for (const value of Object.values(p)) expect(everything).not.toContain(value)
      expect(everything).not.toContain('Ж')
    }),
    { numRuns: 12 },
  )
})
