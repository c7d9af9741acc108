/**
 * S1 figures without the emulator: the pipelines of report/domain (facts, counters) evaluated
 * in-process by mingo — the engine the emulator uses for the cloud database — and assembled by
 * periodFigures; the drill-down filters (filters.ts) against the very same facts, so a figure of
 * N complaints drills down to those N. Plus the arithmetic of counts, rates and percentiles.
 */
import { Aggregator } from 'mingo'
import { WorkCalendar } from '../../cloudfunctions/complaint/domain/calendar'
import type { Complaint } from '../../cloudfunctions/complaint/domain/model'
import { factFields, workdayTable, type FactParams } from '../../cloudfunctions/report/domain/facts'
import { count, percentile, periodFigures, rate } from '../../cloudfunctions/report/domain/figures'
import { factConditions, parseFilter, type DrillFilter } from '../../cloudfunctions/report/domain/filters'
import { HIST_MAX, periodStages, type PeriodRow, type Stage } from '../../cloudfunctions/report/domain/pipelines'
import { periodOf, previousPeriod } from '../../cloudfunctions/report/domain/period'
import { reportSheets } from '../../cloudfunctions/report/domain/sheets'
import { DISSATISFIED_MAX, SATISFIED_MIN } from '@shared/thresholds'
import { DEFAULT_DEPARTMENTS } from '@shared/departments'

/** A Shanghai wall-clock time, `2026-11-02 09:00`, as ms UTC. */
const sh = (t: string) => Date.parse(`${t.replace(' ', 'T')}:00+08:00`)
const run = <T>(docs: object[], stages: Stage[]) => new Aggregator(stages, { idKey: '_id', scriptEnabled: false }).run(docs) as T[]

const november = periodOf('month', '2026-11-15')
const NOW = sh('2026-11-30 12:00')
const facts: FactParams = { start: november.start, now: NOW, workdays: workdayTable(new WorkCalendar(), sh('2026-10-01 00:00'), NOW) }
const rating = (level: 1 | 2 | 3 | 4 | 5, at: string) => ({ level, comment: '', channel: 'self' as const, at: sh(at) })

let seq = 0
/** A complaint created in November with a standing result, as stored (model.ts). */
function resolved(overrides: Partial<Complaint>): Complaint {
  seq += 1
  return {
    _id: `c${seq}`,
    no: `TS${seq}`,
    version: 1,
    status: 'closed',
    channel: 'miniprogram',
    category: 'cleaning',
    tier: 'general',
    emergency: false,
    complainant: { name: '王丽', room: '1栋101', phone: '13800001111' },
    location: '3栋大堂',
    description: '地面很脏',
    photos: [],
    confirmation: { required: false },
    departmentCode: 'cleaning',
    investigation: [],
    ratings: [],
    reopenCount: 0,
    deadlines: { handlingDueAt: sh('2026-11-06 23:59') },
    supervision: { level: 0 },
    createdAt: sh('2026-11-02 09:00'),
    acceptedAt: sh('2026-11-02 10:00'),
    resolvedAt: sh('2026-11-04 10:00'),
    updatedAt: sh('2026-11-04 10:00'),
    ...overrides,
  }
}

// Mon 2 Nov accepted, resolved Wed 4 Nov: 2 working days, on time; rated 5.
const A = resolved({ rating: rating(5, '2026-11-05 09:00'), ratings: [rating(5, '2026-11-05 09:00')] })
// Rated 2 (reopened), then 4 on the second result, given Tue 10 Nov after its deadline: late, 6 working days.
const B = resolved({
  resolvedAt: sh('2026-11-10 10:00'),
  reopenCount: 1,
  rating: rating(4, '2026-11-11 09:00'),
  ratings: [rating(2, '2026-11-05 09:00'), rating(4, '2026-11-11 09:00')],
})
// Rated 3: neither satisfied nor dissatisfied; 1 working day.
const C = resolved({ resolvedAt: sh('2026-11-03 10:00'), rating: rating(3, '2026-11-04 09:00'), ratings: [rating(3, '2026-11-04 09:00')] })
// Created in October (the previous period), rated 1.
const D = resolved({
  createdAt: sh('2026-10-20 09:00'),
  acceptedAt: sh('2026-10-20 10:00'),
  resolvedAt: sh('2026-10-21 10:00'),
  rating: rating(1, '2026-10-22 09:00'),
  ratings: [rating(1, '2026-10-22 09:00')],
})
const DOCS = [A, B, C, D]

const figures = () => periodFigures(run<PeriodRow>(DOCS, periodStages(facts, DEFAULT_DEPARTMENTS)), [], DEFAULT_DEPARTMENTS)
/** The complaints of November a drill-down filter selects, by evaluating its fact conditions on the same facts. */
const drill = (f: Partial<DrillFilter>) =>
  run<Complaint>(
    DOCS.filter((d) => d.createdAt >= november.start && d.createdAt < november.end),
    [
      { $addFields: { _f: factFields(facts) } },
      { $match: factConditions(parseFilter({ period: 'month', date: '2026-11-15', ...f }, DEFAULT_DEPARTMENTS)) },
    ],
  ).map((d) => d._id)

describe('S1 figures computed by the pipelines, in-process', () => {
  it(`given ratings 5, 4 and 3, satisfaction counts the ratings of ${SATISFIED_MIN} or more: 2 of 3`, () => {
    expect(figures().satisfaction).toMatchObject({ numerator: 2, denominator: 3, value: 0.6667 })
    expect(figures().satisfactionLevels.map((l) => [l.key, l.value, l.previous])).toEqual([
      ['5', 1, 0],
      ['4', 1, 0],
      ['3', 1, 0],
      ['2', 0, 0],
      ['1', 0, 1],
    ])
  })

  it(`given a complaint once rated ${DISSATISFIED_MAX} and then satisfied, it still counts as dissatisfied (F3) and as reopened`, () => {
    const rows = run<PeriodRow>(DOCS, periodStages(facts, DEFAULT_DEPARTMENTS))
    expect(rows.find((r) => r._id === 1)).toMatchObject({ dissatisfied: 1, reopened: 1, resulted: 3 })
    expect(figures().reopenRate).toMatchObject({ numerator: 1, denominator: 3, previous: { numerator: 0, denominator: 1 } })
  })

  it('given results on and after their deadline, handling on time is 2 of 3, with the working days of each', () => {
    const f = figures()
    expect(f.handlingOnTime).toMatchObject({ numerator: 2, denominator: 3 })
    expect(f.handlingDays.median).toMatchObject({ value: 2, previous: 1, change: 1 })
    expect(f.handlingDays.p90.value).toBe(6)
  })

  it('given the previous period, every count carries its change', () => {
    expect(figures().total).toEqual({ value: 3, previous: 1, change: 2, changePct: 2 })
  })

  it('given the same complaints, each figure drills down to exactly the complaints it counted', () => {
    expect(drill({ satisfied: true })).toEqual([A._id, B._id])
    expect(drill({ satisfied: false })).toEqual([C._id])
    expect(drill({ dissatisfied: true })).toEqual([B._id])
    expect(drill({ clock: 'handling', onTime: false })).toEqual([B._id])
    expect(drill({ handlingDays: 2 })).toEqual([A._id])
    expect(drill({ reopened: true })).toEqual([B._id])
  })
})

describe('counts, rates and percentiles', () => {
  it('given no previous complaints, the change in percent is null rather than infinite', () => {
    expect(count(4, 0)).toEqual({ value: 4, previous: 0, change: 4, changePct: null })
    expect(count(3, 4)).toEqual({ value: 3, previous: 4, change: -1, changePct: -0.25 })
  })

  it('given an empty denominator, a rate is null and so is its change', () => {
    expect(rate(0, 0, 1, 2)).toEqual({
      numerator: 0,
      denominator: 0,
      value: null,
      previous: { numerator: 1, denominator: 2, value: 0.5 },
      change: null,
    })
    expect(rate(1, 3, 1, 2).change).toBe(-0.1667)
  })

  it('given a histogram, the percentile is the nearest rank; beyond the histogram it answers over', () => {
    const row = { _id: 1, n: 4, pairs: [], hd_0: 1, hd_2: 2, hd_5: 1 } as PeriodRow
    expect(percentile(row, 0.5)).toEqual({ value: 2, over: false })
    expect(percentile(row, 0.9)).toEqual({ value: 5, over: false })
    expect(percentile({ _id: 1, n: 2, pairs: [], hd_1: 1, hd_over: 1 } as PeriodRow, 0.9)).toEqual({ value: null, over: true })
    expect(percentile(undefined, 0.5)).toEqual({ value: null, over: false })
    expect(HIST_MAX).toBe(20)
  })
})

describe('the period report export (S1)', () => {
  it('given the figures, the overview sheet lists each with its numerator/denominator and change, then one sheet per breakdown', () => {
    const sheets = reportSheets({
      period: november,
      previous: previousPeriod(november),
      scope: { departmentCode: null, departmentName: '全部部门' },
      generatedAt: NOW,
      figures: figures(),
      warnings: [],
    })
    expect(sheets.map((s) => s.name)).toEqual([
      '概览',
      '按类别',
      '按部门',
      '按渠道',
      '按级别',
      '按地点',
      '不予受理理由',
      '满意度分布',
      '催办（按部门）',
      '撤销原因',
      '热线满意度',
    ])
    const overview = Object.fromEntries(sheets[0].rows.map((r) => [r[0], r.slice(1)]))
    expect(overview['投诉总数']).toEqual([3, '', 1, '+2（+200.0%）'])
    expect(overview[`满意率（${SATISFIED_MIN}–5 分）`]).toEqual(['66.7%', '2/3', '0.0%', '+66.7 个百分点'])
    expect(overview['处理时长中位数（工作日）']).toEqual([2, '办结 3 件', 1, ''])
    // C2, C3: the urge rate and withdrawals, counted apart.
    expect(Object.keys(overview)).toEqual(expect.arrayContaining(['催办率（C2）', '多次催办', '业主撤销（C3，不计入办结和满意率）']))
  })
})
