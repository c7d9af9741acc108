/**
 * S1 / G3-P6: the period report's figures on hand-computed fixtures (stored complaints in the
 * shapes of model.ts), through the BUILT report function on the emulator. November 2026 against
 * October 2026, "now" Monday 30 November 12:00 in Shanghai. The expected numbers are worked out
 * in the comments next to each fixture.
 */
import { endOfDay } from '../../cloudfunctions/complaint/domain/calendar'
import { setNow, U } from '../helpers/emulator'
import { startReportHarness, storeComplaint, type ReportHarness } from '../helpers/report'

/** A Shanghai wall-clock time, `2026-11-02 09:00`, as ms UTC. */
const sh = (t: string) => Date.parse(`${t.replace(' ', 'T')}:00+08:00`)
const rating = (level: 1 | 2 | 3 | 4 | 5, at: string) => ({
  level,
  comment: level <= 2 ? '没有解决' : '',
  channel: 'self' as const,
  at: sh(at),
})
const cleaner = { openid: U.cleaning, name: '张洁', role: 'handler' as const }
const engineer = { openid: U.engineering, name: '赵工', role: 'handler' as const }

let h: ReportHarness
const month = { period: 'month', date: '2026-11-15' }

function novemberAndOctober() {
  // N1 — created 2026-10-31T16:30Z = 1 November 00:30 Shanghai; dispatched on time; result after 2 working days (Nov 3, 4), on time; rated 5.
  storeComplaint(h, {
    createdAt: '2026-10-31T16:30:00Z',
    category: 'cleaning',
    location: '3栋大堂',
    departmentCode: 'cleaning',
    assignee: cleaner,
    status: 'closed',
    closure: 'satisfied',
    acceptedAt: sh('2026-11-02 09:00'),
    dispatchedAt: sh('2026-11-02 10:00'),
    resolvedAt: sh('2026-11-04 10:00'),
    deadlines: { dispatchDueAt: endOfDay('2026-11-03'), handlingDueAt: endOfDay('2026-11-05') },
    rating: rating(5, '2026-11-05 09:00'),
    ratings: [rating(5, '2026-11-05 09:00')],
  })
  // N2 — phone; dispatched late; first result late, rated 2 and reopened; second result on the new deadline, rated 4. Standing: on time, 8 working days (Nov 4–6, 9–13).
  storeComplaint(h, {
    createdAt: sh('2026-11-03 09:00'),
    channel: 'phone',
    category: 'cleaning',
    location: '3栋大堂',
    departmentCode: 'cleaning',
    assignee: cleaner,
    status: 'closed',
    closure: 'satisfied',
    acceptedAt: sh('2026-11-03 10:00'),
    dispatchedAt: sh('2026-11-05 10:00'),
    dispatchOnTime: false,
    resolvedAt: sh('2026-11-13 10:00'),
    reopenCount: 1,
    deadlines: { dispatchDueAt: endOfDay('2026-11-04'), handlingDueAt: endOfDay('2026-11-16') },
    rating: rating(4, '2026-11-14 09:00'),
    ratings: [rating(2, '2026-11-11 09:00'), rating(4, '2026-11-14 09:00')],
  })
  // N3 — on site, complex, still being investigated past its handling deadline (19 November).
  storeComplaint(h, {
    createdAt: sh('2026-11-10 10:00'),
    channel: 'onsite',
    category: 'engineering',
    tier: 'complex',
    location: '5栋电梯',
    departmentCode: 'engineering',
    assignee: engineer,
    status: 'investigating',
    acceptedAt: sh('2026-11-10 10:00'),
    dispatchedAt: sh('2026-11-10 11:00'),
    deadlines: { dispatchDueAt: endOfDay('2026-11-11'), handlingDueAt: endOfDay('2026-11-19') },
  })
  // N4 — refused as a repeat (A4-R4), linked to the complaint it repeats.
  storeComplaint(h, {
    createdAt: sh('2026-11-12 10:00'),
    category: 'parking',
    location: '地下车库B1',
    status: 'refused',
    repeatOf: 'fixture-earlier',
    refusal: { ground: 'A4-R4', explanation: '重复投诉', by: { openid: U.agent, name: '林晓', role: 'agent' }, at: sh('2026-11-12 11:00') },
    closedAt: sh('2026-11-12 11:00'),
  })
  // N5 — phone, refused: no valid contact (A4-R2).
  storeComplaint(h, {
    createdAt: sh('2026-11-20 10:00'),
    channel: 'phone',
    category: 'security',
    location: '东门岗亭',
    status: 'refused',
    refusal: { ground: 'A4-R2', explanation: '无法联系', by: { openid: U.agent, name: '林晓', role: 'agent' }, at: sh('2026-11-20 11:00') },
    closedAt: sh('2026-11-20 11:00'),
  })
  // N6 — emergency from an owner group, accepted and dispatched at once (no onTime flag: on time), handled the same day (0 working days); its return visit is not yet due (30 Nov).
  storeComplaint(h, {
    createdAt: sh('2026-11-25 10:00'),
    channel: 'owner_group',
    category: 'cleaning',
    tier: 'emergency',
    emergency: true,
    location: '3栋大堂',
    departmentCode: 'cleaning',
    assignee: cleaner,
    status: 'resolved',
    acceptedAt: sh('2026-11-25 10:00'),
    dispatchedAt: sh('2026-11-25 10:00'),
    dispatchOnTime: null,
    resolvedAt: sh('2026-11-25 20:00'),
    deadlines: { dispatchDueAt: sh('2026-11-25 10:00'), handlingDueAt: sh('2026-11-26 10:00'), returnVisitDueAt: endOfDay('2026-11-30') },
  })
  // N7 — result late (due 19 Nov, given 20 Nov: 4 working days), never rated: closed as no response (F4) — due for a return visit, not covered.
  storeComplaint(h, {
    createdAt: sh('2026-11-16 09:00'),
    category: 'landscaping',
    location: '中心花园',
    departmentCode: 'landscaping',
    assignee: { openid: U.landscaping, name: '李青', role: 'handler' },
    status: 'closed',
    closure: 'no_response',
    acceptedAt: sh('2026-11-16 10:00'),
    dispatchedAt: sh('2026-11-16 11:00'),
    resolvedAt: sh('2026-11-20 10:00'),
    closedAt: sh('2026-11-27 10:00'),
    deadlines: {
      dispatchDueAt: endOfDay('2026-11-17'),
      handlingDueAt: endOfDay('2026-11-19'),
      returnVisitDueAt: endOfDay('2026-11-25'),
      autoCloseAt: sh('2026-11-27 10:00'),
    },
  })
  // N8 — by e-mail, not yet accepted.
  storeComplaint(h, { createdAt: sh('2026-11-27 10:00'), channel: 'email', category: 'customer_service', location: '客服中心' })

  // O1 — 31 October 23:59 Shanghai (15:59Z): October, not November.
  storeComplaint(h, { createdAt: '2026-10-31T15:59:00Z', category: 'cleaning', location: '3栋大堂' })
  // O2 — accepted Friday 9 Oct; dispatch due Saturday 10 Oct (a make-up working day), dispatched Monday: late. Result 13 Oct: 3 working days (10, 12, 13), on time; rated 3.
  storeComplaint(h, {
    createdAt: sh('2026-10-09 10:00'),
    channel: 'phone',
    category: 'engineering',
    location: '5栋电梯',
    departmentCode: 'engineering',
    assignee: engineer,
    status: 'closed',
    closure: 'satisfied',
    acceptedAt: sh('2026-10-09 10:00'),
    dispatchedAt: sh('2026-10-12 10:00'),
    dispatchOnTime: false,
    resolvedAt: sh('2026-10-13 10:00'),
    deadlines: { dispatchDueAt: endOfDay('2026-10-10'), handlingDueAt: endOfDay('2026-10-13') },
    rating: rating(3, '2026-10-14 09:00'),
    ratings: [rating(3, '2026-10-14 09:00')],
  })
  // O3 — rated 2, reopened, second result 2 Nov (9 working days after 20 Oct) on its new deadline, rated 1: escalated (F3).
  storeComplaint(h, {
    createdAt: sh('2026-10-20 09:00'),
    category: 'security',
    location: '东门岗亭',
    departmentCode: 'security',
    assignee: { openid: U.security, name: '王强', role: 'handler' },
    status: 'escalated',
    acceptedAt: sh('2026-10-20 10:00'),
    dispatchedAt: sh('2026-10-20 11:00'),
    resolvedAt: sh('2026-11-02 10:00'),
    reopenCount: 2,
    deadlines: { dispatchDueAt: endOfDay('2026-10-21'), handlingDueAt: endOfDay('2026-11-03') },
    rating: rating(1, '2026-11-03 09:00'),
    ratings: [rating(2, '2026-10-29 09:00'), rating(1, '2026-11-03 09:00')],
  })
  // O4 — refused: outside the office's responsibilities (A4-R1).
  storeComplaint(h, {
    createdAt: sh('2026-10-21 10:00'),
    category: 'parking',
    location: '地下车库B1',
    status: 'refused',
    refusal: {
      ground: 'A4-R1',
      explanation: '不属于职责',
      by: { openid: U.agent, name: '林晓', role: 'agent' },
      at: sh('2026-10-21 11:00'),
    },
    closedAt: sh('2026-10-21 11:00'),
  })
  // September: in neither period.
  storeComplaint(h, { createdAt: sh('2026-09-30 23:00'), category: 'cleaning', location: '3栋大堂' })
}

beforeEach(async () => {
  setNow(sh('2026-11-30 12:00'))
  h = await startReportHarness()
})
afterEach(() => {
  h.close()
  jest.useRealTimers()
})

const byKey = (list: { key: string; value: number; previous: number }[], key: string) => list.find((x) => x.key === key)

describe('S1 monthly figures, November 2026 against October 2026', () => {
  beforeEach(novemberAndOctober)

  it('S1 counts a complaint created at 00:30 Shanghai time on 1 November in November, and one at 23:59 on 31 October in October', async () => {
    const r = await h.report(U.manager)('report.period', month)
    expect(r.period).toMatchObject({
      key: '2026-11',
      label: '2026年11月',
      start: Date.parse('2026-10-31T16:00:00Z'),
      end: Date.parse('2026-11-30T16:00:00Z'),
    })
    expect(r.previous).toMatchObject({ key: '2026-10', label: '2026年10月' })
    expect(r.figures.total).toEqual({ value: 8, previous: 4, change: 4, changePct: 1 })
    const nov = await h.report(U.manager)('report.complaints', { filter: { ...month, location: '3栋大堂' } })
    expect(nov.items.map((c: any) => c.createdAt).sort()).toEqual([
      Date.parse('2026-10-31T16:30:00Z'),
      sh('2026-11-03 09:00'),
      sh('2026-11-25 10:00'),
    ])
    const oct = await h.report(U.manager)('report.complaints', { filter: { ...month, previous: true, location: '3栋大堂' } })
    expect(oct.items.map((c: any) => c.createdAt)).toEqual([Date.parse('2026-10-31T15:59:00Z')])
  })

  it('S1 counts by category, department, channel, tier and location, with the previous month beside each', async () => {
    const f = (await h.report(U.manager)('report.period', month)).figures
    expect(byKey(f.byCategory, 'cleaning')).toMatchObject({ label: '清洁卫生', value: 3, previous: 1, change: 2 })
    expect(byKey(f.byCategory, 'engineering')).toMatchObject({ value: 1, previous: 1, change: 0, changePct: 0 })
    expect(byKey(f.byCategory, 'other')).toMatchObject({ value: 0, previous: 0, changePct: null })
    expect(byKey(f.byDepartment, 'cleaning')).toMatchObject({ label: '保洁部', value: 3, previous: 0 })
    expect(byKey(f.byDepartment, 'none')).toMatchObject({ label: '未派单', value: 3, previous: 2 })
    expect(Object.fromEntries(f.byChannel.filter((c: any) => c.value).map((c: any) => [c.key, c.value]))).toEqual({
      miniprogram: 3,
      phone: 2,
      onsite: 1,
      owner_group: 1,
      email: 1,
    })
    expect(Object.fromEntries(f.byTier.map((c: any) => [c.key, [c.value, c.previous]]))).toEqual({
      general: [6, 4],
      complex: [1, 0],
      emergency: [1, 0],
    })
    expect(f.emergency).toMatchObject({ value: 1, previous: 0 })
    expect(f.byLocation[0]).toMatchObject({ key: '3栋大堂', value: 3, previous: 1 })
    expect(f.locations).toBe(6)
  })

  it('S1 H1 dispatch on time counts dispatch events at or before their deadline; an emergency dispatched on acceptance is on time', async () => {
    const f = (await h.report(U.manager)('report.period', month)).figures
    // November: N1, N3, N6 (no flag), N7 on time; N2 late. October: O3 on time, O2 late (due on the make-up Saturday).
    expect(f.dispatchOnTime).toEqual({
      numerator: 4,
      denominator: 5,
      value: 0.8,
      previous: { numerator: 1, denominator: 2, value: 0.5 },
      change: 0.3,
    })
  })

  it('S1 H4 handling on time judges the result that stands, on the deadline in force, for complaints created in the period', async () => {
    const f = (await h.report(U.manager)('report.period', month)).figures
    // Standing results: N1, N2 (second result, on its new deadline), N6, N7 (late). N3 is still open; October: O2, O3.
    expect(f.handlingOnTime).toEqual({
      numerator: 3,
      denominator: 4,
      value: 0.75,
      previous: { numerator: 2, denominator: 2, value: 1 },
      change: -0.25,
    })
    expect(f.openOverdue).toMatchObject({ value: 1, previous: 0 })
  })

  it('S1 handling time in working days: median and 90th percentile, nearest rank, against October', async () => {
    const f = (await h.report(U.manager)('report.period', month)).figures
    // November: N6 0, N1 2, N7 4, N2 8 → median 2, p90 8. October: O2 3, O3 9 → median 3, p90 9.
    expect(f.handlingDays.median).toEqual({ value: 2, over: false, previous: 3, change: -1 })
    expect(f.handlingDays.p90).toEqual({ value: 8, over: false, previous: 9, change: -1 })
    expect(f.handlingDays.count).toMatchObject({ value: 4, previous: 2 })
  })

  it('S1 F2 satisfaction rate, the five levels, and return-visit coverage of finished complaints', async () => {
    const f = (await h.report(U.manager)('report.period', month)).figures
    // Rated standing results: N1 5, N2 4 (its earlier 2 is history); October O2 3, O3 1.
    expect(f.satisfaction).toEqual({
      numerator: 2,
      denominator: 2,
      value: 1,
      previous: { numerator: 0, denominator: 2, value: 0 },
      change: 1,
    })
    expect(f.satisfactionLevels.map((l: any) => [l.key, l.value, l.previous])).toEqual([
      ['5', 1, 0],
      ['4', 1, 0],
      ['3', 0, 1],
      ['2', 0, 0],
      ['1', 0, 1],
    ])
    // Due for a return visit: N1, N2, N7 (N6's window runs to 30 Nov); covered: N1, N2.
    expect(f.returnVisitCoverage).toEqual({
      numerator: 2,
      denominator: 3,
      value: 0.6667,
      previous: { numerator: 2, denominator: 2, value: 1 },
      change: -0.3333,
    })
  })

  it('S1 A4 refusals by ground, the repeat rate (A4-R4 or linked) and the reopen rate (F3)', async () => {
    const f = (await h.report(U.manager)('report.period', month)).figures
    expect(f.refusals.total).toMatchObject({ value: 2, previous: 1 })
    expect(f.refusals.byGround.map((g: any) => [g.key, g.value, g.previous])).toEqual([
      ['A4-R1', 0, 1],
      ['A4-R2', 1, 0],
      ['A4-R3', 0, 0],
      ['A4-R4', 1, 0],
      ['A4-R5', 0, 0],
    ])
    expect(f.repeatRate).toEqual({
      numerator: 1,
      denominator: 8,
      value: 0.125,
      previous: { numerator: 0, denominator: 4, value: 0 },
      change: 0.125,
    })
    // Complaints that got a result: N1, N2, N6, N7 (N2 reopened); October O2, O3 (O3 reopened).
    expect(f.reopenRate).toEqual({
      numerator: 1,
      denominator: 4,
      value: 0.25,
      previous: { numerator: 1, denominator: 2, value: 0.5 },
      change: -0.25,
    })
  })

  it('G3-P6 a department supervisor sees only their own department; asking for another is FORBIDDEN', async () => {
    const r = await h.report(U.cleaningSupervisor)('report.period', month)
    expect(r.scope).toEqual({ departmentCode: 'cleaning', departmentName: '保洁部' })
    expect(r.figures.total).toMatchObject({ value: 3, previous: 0 })
    expect(r.figures.dispatchOnTime).toMatchObject({ numerator: 2, denominator: 3 })
    expect(r.figures.byCategory.filter((c: any) => c.value).map((c: any) => c.key)).toEqual(['cleaning'])
    const other = await h.rawReport(U.cleaningSupervisor)('report.period', { ...month, departmentCode: 'engineering' })
    expect(other).toEqual({ ok: false, error: { code: 'FORBIDDEN', message: '部门主管只能查看本部门的统计' } })
    const mgr = await h.report(U.manager)('report.period', { ...month, departmentCode: 'engineering' })
    expect(mgr.figures.total).toMatchObject({ value: 1, previous: 1 })
  })
})

it.each([
  ['a resident', U.wangli],
  ['a handler', U.cleaning],
  ['a customer-service agent', U.agent],
  ['a WeChat user without an account', U.stranger],
])('G3-P6 %s gets FORBIDDEN from every report action', async (_who, openid) => {
  for (const action of ['report.period', 'report.weakPoints', 'report.complaints', 'action.list', 'export.report']) {
    const r = await h.rawReport(openid)(action, month)
    expect(r).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    expect(r.error.message).toMatch(/[\u4e00-\u9fa5]/)
  }
})

it('S1 rejects an unknown period kind or an impossible date with a Chinese message', async () => {
  expect(await h.rawReport(U.manager)('report.period', { period: 'year', date: '2026-11-01' })).toMatchObject({
    ok: false,
    error: { code: 'INVALID_INPUT', message: '请选择统计周期：日、周、月或季度' },
  })
  expect(await h.rawReport(U.manager)('report.period', { period: 'month', date: '2026-02-30' })).toMatchObject({
    ok: false,
    error: { code: 'INVALID_INPUT', message: '统计日期不是有效的日期' },
  })
})
