/**
 * Issue 16 (read from rollups, issue 17): report.company compares the estates for the company
 * administrator and the quality department — a row per estate and the company's total, equal to a
 * recount of the stored complaints and dispatch events; `estate` drills into that estate's period
 * report; export.company writes the comparison as .xlsx; everyone else is FORBIDDEN. BUILT
 * report and export functions on the emulator, complaints of four estates stored with their rollups.
 */
import { RESULT_STANDS, SUPERVISED } from '@shared/status-groups'
import { SATISFIED_MIN } from '@shared/thresholds'
import type { Complaint } from '../../cloudfunctions/complaint/domain/model'
import { setNow, U } from '../helpers/emulator'
import { readXlsx, startReportHarness, storeComplaint, type Fixture, type ReportHarness } from '../helpers/report'

let h: ReportHarness
const NOW = Date.parse('2026-11-30T02:00:00Z')
const november = { period: 'month', date: '2026-11-15' }
const NOV_START = Date.parse('2026-10-31T16:00:00Z')
const NOV_END = Date.parse('2026-11-30T16:00:00Z')
const QUALITY = 'co-quality'
const ADMIN = 'co-admin'
const ESTATES = ['north', 'south', 'east', undefined] as const
const stored: Complaint[] = []
const dispatchVerdicts: { estate: string; at: number; onTime: boolean }[] = []

const sh = (day: number, hour = 10) => Date.UTC(2026, 10, day, hour - 8)
const estateOf = (c: Complaint) => c.estate ?? 'default'

/** A complaint of estate `estate` in one of a dozen states, created on November `day` (or in October). */
function fixture(i: number, estate: string | undefined): Fixture {
  const created = i % 7 === 0 ? Date.UTC(2026, 9, 20 + (i % 5), 2) : sh(1 + (i % 27))
  const base: Fixture = { createdAt: created, ...(estate ? { estate } : {}), category: i % 2 ? 'cleaning' : 'engineering' }
  const accepted = created + 3_600_000
  const dueAt = created + (i % 3 === 0 ? 2 : 9) * 86_400_000
  const resolvedAt = created + ((i % 4) + 1) * 86_400_000
  const level = ((i % 5) + 1) as 1 | 2 | 3 | 4 | 5
  switch (i % 6) {
    case 0:
      return { ...base, status: 'submitted' }
    case 1:
      return {
        ...base,
        status: 'handling',
        departmentCode: 'cleaning',
        acceptedAt: accepted,
        dispatchedAt: accepted + 600_000,
        deadlines: { handlingDueAt: dueAt },
        dispatchOnTime: i % 4 !== 1,
      }
    case 2:
      return {
        ...base,
        status: 'resolved',
        departmentCode: 'engineering',
        acceptedAt: accepted,
        dispatchedAt: accepted,
        resolvedAt,
        deadlines: { handlingDueAt: dueAt, returnVisitDueAt: resolvedAt + 3 * 86_400_000 },
      }
    case 3:
      return {
        ...base,
        status: 'closed',
        departmentCode: 'cleaning',
        acceptedAt: accepted,
        dispatchedAt: accepted,
        dispatchOnTime: false,
        resolvedAt,
        closedAt: resolvedAt + 86_400_000,
        deadlines: { handlingDueAt: dueAt },
        rating: { level, comment: '', channel: 'self', at: resolvedAt + 3_600_000 } as never,
        ratings: [{ level, comment: '', channel: 'self', at: resolvedAt + 3_600_000 }] as never,
        reopenCount: i % 5 === 0 ? 1 : 0,
      }
    case 4:
      return {
        ...base,
        status: 'reopened',
        departmentCode: 'engineering',
        acceptedAt: accepted,
        dispatchedAt: accepted,
        resolvedAt,
        reopenCount: 1,
        deadlines: { handlingDueAt: dueAt },
      }
    default:
      return {
        ...base,
        status: 'refused',
        refusal: { ground: 'A4-R3', explanation: '不属于物业服务范围', by: { openid: U.agent, name: '林晓' }, at: accepted } as never,
      }
  }
}

beforeAll(async () => {
  setNow(new Date(NOW).toISOString())
  h = await startReportHarness()
  h.emu.store.insert('estates', [
    { _id: 'north', code: 'north', name: '北苑', address: '北路 1 号', households: 400 },
    { _id: 'south', code: 'south', name: '南苑', address: '南路 2 号', households: 250 },
  ] as never[])
  const person = (openid: string, companyRole: string, name: string) => ({
    openid,
    role: 'supervisor',
    name,
    phone: '',
    active: true,
    companyRole,
    createdAt: NOW,
  })
  h.emu.store.insert('users', [person(QUALITY, 'quality', '品质部孙'), person(ADMIN, 'admin', '公司管理员钱')] as never[])
  for (let i = 0; i < 96; i++) {
    const f = fixture(i, ESTATES[i % 4])
    const c = storeComplaint(h, f)
    stored.push(c)
    if (c.dispatchedAt !== undefined) dispatchVerdicts.push({ estate: estateOf(c), at: c.dispatchedAt, onTime: f.dispatchOnTime !== false })
  }
})
afterAll(() => {
  h.close()
  jest.useRealTimers()
})

/** The figures of one estate (or all, '*') recounted from the stored complaints and dispatch verdicts, straight from the definitions. */
function recount(estate: string) {
  const mine = (e: string) => estate === '*' || e === estate
  const created = stored.filter((c) => mine(estateOf(c)) && c.createdAt >= NOV_START && c.createdAt < NOV_END)
  const standing = created.filter((c) => (c.resolvedAt ?? 0) > 0 && RESULT_STANDS.includes(c.status))
  const late = standing.filter((c) => c.resolvedAt! > (c.deadlines.handlingDueAt ?? Infinity))
  const rated = standing.filter((c) => c.rating && c.rating.at >= c.resolvedAt!)
  const resulted = created.filter((c) => (c.resolvedAt ?? 0) > 0)
  const dispatched = dispatchVerdicts.filter((d) => mine(d.estate) && d.at >= NOV_START && d.at < NOV_END)
  const overdue = stored.filter((c) => mine(estateOf(c)) && SUPERVISED.includes(c.status) && (c.deadlines.handlingDueAt ?? Infinity) < NOW)
  return {
    complaints: created.length,
    dispatchOnTime: [dispatched.filter((d) => d.onTime).length, dispatched.length],
    handlingOnTime: [standing.length - late.length, standing.length],
    satisfaction: [rated.filter((c) => c.rating!.level >= SATISFIED_MIN).length, rated.length],
    reopenRate: [resulted.filter((c) => c.reopenCount > 0).length, resulted.length],
    openOverdue: overdue.length,
  }
}

const asFigures = (r: any) => ({
  complaints: r.complaints,
  dispatchOnTime: [r.dispatchOnTime.numerator, r.dispatchOnTime.denominator],
  handlingOnTime: [r.handlingOnTime.numerator, r.handlingOnTime.denominator],
  satisfaction: [r.satisfaction.numerator, r.satisfaction.denominator],
  reopenRate: [r.reopenRate.numerator, r.reopenRate.denominator],
  openOverdue: r.openOverdue,
})

it('given complaints of four estates, it gives a row per estate (on record, or seen in the rollups by its code) and the company total, each equal to a recount', async () => {
  const r = await h.report(QUALITY)('report.company', november)
  expect(r.period.key).toBe('2026-11')
  expect(r.rows.map((x: any) => [x.estate, x.name, x.households])).toEqual([
    ['default', '阳光花园', 0], // the demo's estates, on record from the seed, no roster yet
    ['east', 'east', null],
    ['lakeside', '湖畔雅苑', 0],
    ['maple', '枫林苑', 0],
    ['north', '北苑', 400],
    ['south', '南苑', 250],
  ])
  for (const row of r.rows) expect([row.estate, asFigures(row)]).toEqual([row.estate, recount(row.estate)])
  expect(asFigures(r.total)).toEqual(recount('*'))
  // The fixtures reach every figure: late and on-time dispatches and results, ratings, reopenings, overdue work.
  expect(r.total.complaints).toBeGreaterThan(40)
  for (const k of ['dispatchOnTime', 'handlingOnTime', 'satisfaction', 'reopenRate']) {
    expect([k, r.total[k].numerator > 0]).toEqual([k, true])
    expect([k, r.total[k].numerator < r.total[k].denominator]).toEqual([k, true])
  }
  expect(r.total.openOverdue).toBeGreaterThan(0)
  const north = r.rows.find((x: any) => x.estate === 'north')
  expect(north.per100).toBe(Math.round((north.complaints * 100 * 100) / 400) / 100)
  expect(r.rows.find((x: any) => x.estate === 'east').per100).toBeNull()
  expect(r.total.per100).toBeNull() // two estates have no household count
  expect(north.handlingOnTime.value).toBe(Math.round((north.handlingOnTime.numerator / north.handlingOnTime.denominator) * 10_000) / 10_000)
})

it('given an estate, it drills into that estate’s period report, whose figures are the comparison row’s', async () => {
  const r = await h.report(ADMIN)('report.company', november)
  for (const row of r.rows) {
    const d = await h.report(ADMIN)('report.company', { ...november, estate: row.estate })
    expect(d.estate).toMatchObject({ code: row.estate, name: row.name })
    expect(d.scope.departmentCode).toBeNull()
    expect(d.figures.total.value).toBe(row.complaints)
    for (const k of ['dispatchOnTime', 'handlingOnTime', 'satisfaction', 'reopenRate'])
      expect([k, d.figures[k].numerator, d.figures[k].denominator, d.figures[k].value]).toEqual([
        k,
        row[k].numerator,
        row[k].denominator,
        row[k].value,
      ])
  }
})

it('an estate neither on record nor in the rollups is NOT_FOUND; a malformed code or an unknown field is INVALID_INPUT', async () => {
  expect(await h.rawReport(QUALITY)('report.company', { ...november, estate: 'nowhere' })).toMatchObject({
    ok: false,
    error: { code: 'NOT_FOUND' },
  })
  expect(await h.rawReport(QUALITY)('report.company', { ...november, estate: 'A B' })).toMatchObject({
    ok: false,
    error: { code: 'INVALID_INPUT' },
  })
  expect(await h.rawReport(QUALITY)('report.company', { ...november, departmentCode: 'cleaning' })).toMatchObject({
    ok: false,
    error: { code: 'INVALID_INPUT', message: '不支持的字段：departmentCode' },
  })
})

it('anyone without a company role — the office manager, a supervisor, a resident, a stranger — is FORBIDDEN, the file too', async () => {
  for (const who of [U.manager, U.cleaningSupervisor, U.wangli, U.stranger]) {
    expect(await h.rawReport(who)('report.company', november)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    expect(await h.rawReport(who)('export.company', november)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
  }
})

it('export.company writes the comparison as .xlsx: a row per estate and the total, as report.company gives them', async () => {
  const r = await h.report(QUALITY)('report.company', november)
  const file = await h.report(QUALITY)('export.company', november)
  expect(file.fileName).toBe('各小区对比-2026-11.xlsx')
  const sheets = await readXlsx(h, file.fileID)
  const rows = sheets['各小区对比']
  const body = rows.slice(2)
  expect(body.map((x) => [x[1], x[3], x[13]])).toEqual([
    ...r.rows.map((x: any) => [x.name, x.complaints, x.openOverdue]),
    ['全公司', r.total.complaints, r.total.openOverdue],
  ])
  const drilled = await h.report(QUALITY)('export.company', { ...november, estate: 'north' })
  expect(drilled.fileName).toBe('投诉统计-north-2026-11.xlsx')
})
