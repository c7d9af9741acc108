/**
 * W3, W4 (issue 18): the 12345 work orders' line of the period report — orders, replies on time,
 * the hotline's satisfaction — from the report's own pipeline, evaluated in-process by mingo (the
 * emulator's engine), as in report-figures.test.ts.
 */
import { Aggregator } from 'mingo'
import { WorkCalendar } from '../../cloudfunctions/complaint/domain/calendar'
import type { Complaint, HotlineOrder } from '../../cloudfunctions/complaint/domain/model'
import { workdayTable, type FactParams } from '../../cloudfunctions/report/domain/facts'
import { periodFigures } from '../../cloudfunctions/report/domain/figures'
import { periodStages, type PeriodRow } from '../../cloudfunctions/report/domain/pipelines'
import { periodOf } from '../../cloudfunctions/report/domain/period'
import { reportSheets } from '../../cloudfunctions/report/domain/sheets'
import { DEFAULT_DEPARTMENTS } from '@shared/departments'

const sh = (t: string) => Date.parse(`${t.replace(' ', 'T')}:00+08:00`)
const november = periodOf('month', '2026-11-15')
const NOW = sh('2026-11-30 12:00')
const facts: FactParams = { start: november.start, now: NOW, workdays: workdayTable(new WorkCalendar(), sh('2026-10-01 00:00'), NOW) }
const agent = { openid: 'a', name: '林晓', role: 'agent' as const }

let seq = 0
function stored(over: Partial<Complaint>, created = '2026-11-10 09:00'): Complaint {
  seq += 1
  return {
    _id: `c${seq}`,
    no: `TS${seq}`,
    version: 1,
    status: 'dispatched',
    channel: 'hotline',
    category: 'cleaning',
    tier: 'general',
    emergency: false,
    complainant: { name: '钱七', room: '', phone: '13900001234' },
    location: '5栋电梯厅',
    description: '垃圾未清运',
    photos: [],
    confirmation: { required: false },
    investigation: [],
    ratings: [],
    reopenCount: 0,
    deadlines: {},
    supervision: { level: 0 },
    createdAt: sh(created),
    updatedAt: sh(created),
    ...over,
  }
}
const order = (dueAt: string, reply?: string, result?: NonNullable<HotlineOrder['satisfaction']>['result']): HotlineOrder => ({
  orderNo: `GD${seq}`,
  dueAt: sh(dueAt),
  ...(reply && { reply: { text: '已处理', at: sh(reply), by: agent, recordedAt: sh(reply) } }),
  ...(result && { satisfaction: { result, note: '', by: agent, at: sh(reply ?? dueAt) } }),
})

function figuresOf(docs: Complaint[]) {
  const rows = new Aggregator(periodStages(facts, DEFAULT_DEPARTMENTS), { idKey: '_id', scriptEnabled: false }).run(docs) as PeriodRow[]
  return periodFigures(rows, [], DEFAULT_DEPARTMENTS).hotline
}

it('W3 W4: given work orders replied on time, late, not yet due and overdue unreplied, it counts orders, replies on time over replies due, and the hotline’s results', () => {
  const docs = [
    stored({ hotline: order('2026-11-12 17:00', '2026-11-11 15:00', 'satisfied') }), // on time, 满意
    stored({ hotline: order('2026-11-12 17:00', '2026-11-13 09:00', 'dissatisfied') }), // late, 不满意
    stored({ hotline: order('2026-11-20 17:00', '2026-11-19 09:00', 'basically_satisfied') }), // on time, 基本满意
    stored({ hotline: order('2026-11-25 17:00') }), // due and unreplied: late
    stored({ hotline: order('2026-12-05 17:00') }), // not due yet: not counted
    stored({ channel: 'phone' }), // not a work order
    stored({ hotline: order('2026-10-12 17:00', '2026-10-11 09:00', 'satisfied') }, '2026-10-10 09:00'), // previous month
  ]
  const f = figuresOf(docs)
  expect(f.orders).toEqual({ value: 5, previous: 1, change: 4, changePct: 4 })
  expect(f.repliedOnTime).toMatchObject({ numerator: 2, denominator: 4, value: 0.5, previous: { numerator: 1, denominator: 1, value: 1 } })
  expect(f.satisfaction).toMatchObject({ numerator: 2, denominator: 3, value: 0.6667, change: -0.3333 })
  expect(f.results.map((r) => [r.label, r.value])).toEqual([
    ['满意', 1],
    ['基本满意', 1],
    ['不满意', 1],
  ])
})

it('W3 W4: the exported report carries the line in its overview and the hotline’s results as a sheet', () => {
  const docs = [
    stored({ hotline: order('2026-11-12 17:00', '2026-11-11 15:00', 'satisfied') }),
    stored({ hotline: order('2026-11-12 17:00') }),
  ]
  const rows = new Aggregator(periodStages(facts, DEFAULT_DEPARTMENTS), { idKey: '_id', scriptEnabled: false }).run(docs) as PeriodRow[]
  const figures = periodFigures(rows, [], DEFAULT_DEPARTMENTS)
  const sheets = reportSheets({
    period: november,
    previous: november,
    scope: { departmentCode: null, departmentName: '全部部门' },
    generatedAt: NOW,
    figures,
    warnings: [],
  })
  const overview = Object.fromEntries(sheets[0].rows.map((r) => [r[0], r.slice(1, 3)]))
  expect(overview['12345热线工单']).toEqual([2, ''])
  expect(overview['按时回复热线（W3）']).toEqual(['50.0%', '1/2'])
  expect(overview['热线满意率（W4，满意及基本满意）']).toEqual(['100.0%', '1/1'])
  expect(sheets.find((s) => s.name === '热线满意度')?.rows.map((r) => r.slice(0, 2))).toEqual([
    ['满意', 1],
    ['基本满意', 0],
    ['不满意', 0],
  ])
})

it('given no work orders, the line reads zero orders and no rates (null, not 0 %)', () => {
  const f = figuresOf([stored({ channel: 'letter' })])
  expect(f.orders.value).toBe(0)
  expect(f.repliedOnTime.value).toBeNull()
  expect(f.satisfaction.value).toBeNull()
})
