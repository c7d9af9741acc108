/**
 * The rollups' part of the benchmark (issue 17): building the rollups of the generated complaints
 * (as migration 004 would, straight into the store), the calls that write them (submit, one act)
 * measured through the built complaint function, and a floor row per report — the same figures
 * computed by the aggregation pipelines in one pass directly on the store's complaints and events
 * (no function, no SDK, no rollups) — with the product/floor ratio.
 */
import { performance } from 'node:perf_hooks'
import type { DocumentStore } from '../../emulator/db/store'
import { WorkCalendar } from '../../cloudfunctions/complaint/domain/calendar'
import { flatCounters, nestCounters, recountRollups, type Counters } from '../../cloudfunctions/complaint/domain/rollup'
import { factConditions } from '../../cloudfunctions/report/domain/filters'
import { factFields, workdayTable } from '../../cloudfunctions/report/domain/facts'
import { periodOf, previousPeriod } from '../../cloudfunctions/report/domain/period'
import { matterCountStages, recurringOnceStages } from '../../cloudfunctions/report/domain/matters'
import { dispatchStages, periodStages, responsibilityStages, type Stage } from '../../cloudfunctions/report/domain/pipelines'
import { DEFAULT_DEPARTMENTS } from '@shared/departments'
import type { Generated } from './generate'

/** Accumulates the rollups of generated batches (document id → flat counters), then stores them. */
export class RollupSeed {
  private readonly docs = new Map<string, { day: string; estate: string; dept: string; flat: Counters; names: Record<string, string> }>()

  /** Adds one generated batch: its complaints on their creation days, its dispatch events on theirs. */
  add(batch: Generated): void {
    for (const d of recountRollups(batch.complaints, batch.events, 0).values()) {
      const acc = this.docs.get(d._id) ?? { day: d.day, estate: d.estate, dept: d.dept, flat: {}, names: {} }
      for (const [k, v] of Object.entries(flatCounters(d.c))) acc.flat[k] = (acc.flat[k] ?? 0) + v
      Object.assign(acc.names, d.names)
      this.docs.set(d._id, acc)
    }
  }

  /** Inserts the rollups of days before `day` into the store and forgets them. @returns how many documents. */
  flushBefore(day: string, store: DocumentStore, at: number): number {
    const done = [...this.docs.entries()].filter(([, d]) => d.day < day)
    if (!done.length) return 0
    const docs = done.map(([id, d]) => ({
      _id: id,
      day: d.day,
      estate: d.estate,
      dept: d.dept,
      c: nestCounters(d.flat),
      names: d.names,
      updatedAt: at,
    }))
    store.insert('rollups', docs as never[])
    for (const [id] of done) this.docs.delete(id)
    return docs.length
  }
}

/** One measured row: wall ms, database calls, documents read. */
export interface BenchRow {
  name: string
  ms: number
  calls: number
  read: number
  limit?: number
  /** The product row this floor row is the floor of. */
  floorOf?: string
  data?: any
}

/** A floor: `fn` run directly on the store `runs` times; the median wall time and the last run's reads. */
export function floorRow(store: DocumentStore, name: string, floorOf: string, runs: number, fn: () => void): BenchRow {
  const times: number[] = []
  let calls = 0
  let read = 0
  for (let i = 0; i < runs; i++) {
    store.resetStats()
    const t0 = performance.now()
    fn()
    times.push(performance.now() - t0)
    calls = store.stats.calls
    read = store.stats.docsRead
  }
  times.sort((a, b) => a - b)
  return { name, ms: times[Math.floor(times.length / 2)], calls, read, floorOf }
}

/** The floor rows of the monthly report, weak points and drill-down page 1 of `date`'s month at `now`, for `estate`'s complaints. */
export function floorRows(store: DocumentStore, date: string, now: number, runs: number, estate: string): BenchRow[] {
  const period = periodOf('month', date)
  const previous = previousPeriod(period)
  const facts = { start: period.start, now, workdays: workdayTable(new WorkCalendar(), previous.start, now) }
  const created = { estate, createdAt: { $gte: previous.start, $lt: period.end } }
  const run = (coll: string, match: object, stages: Stage[]) => store.aggregate(coll, [{ $match: match }, ...stages])
  return [
    floorRow(store, 'floor: report.period month (three aggregates on the store)', 'report.period month (manager)', runs, () => {
      run('complaints', created, [...periodStages(facts, DEFAULT_DEPARTMENTS), { $limit: 2 }])
      run('complaints', created, [...matterCountStages(facts), { $limit: 2 }])
      run('events', { estate, action: 'dispatch', at: created.createdAt }, [...dispatchStages(period.start), { $limit: 2 }])
    }),
    floorRow(store, 'floor: report.weakPoints month (three aggregates)', 'report.weakPoints month', runs, () => {
      run('complaints', created, [...recurringOnceStages(facts, 2), { $limit: 20 }])
      run('complaints', created, [...recurringOnceStages(facts, 0), { $limit: 5000 }])
      run('complaints', created, [...responsibilityStages(facts), { $limit: 5000 }])
    }),
    floorRow(store, 'floor: report.complaints page 1 (one aggregate)', 'report.complaints page 1', runs, () => {
      const cond = factConditions({ period: 'month', date, clock: 'handling', onTime: false } as never)
      run('complaints', { estate, createdAt: { $gte: period.start, $lt: period.end } }, [
        { $addFields: { _f: factFields(facts) } },
        { $match: cond },
        { $sort: { createdAt: -1, _id: 1 } },
        { $limit: 20 },
      ])
    }),
  ]
}

type Call = (fn: string, openid: string, action: string, payload: Record<string, unknown>) => Promise<any>

/**
 * submit and one act (accept) through the built complaint function, `runs` times each (a fresh
 * complaint per act): the writes that now move rollups in their transaction.
 */
export async function writeRows(store: DocumentStore, call: Call, runs: number): Promise<BenchRow[]> {
  const submit = { description: '楼道灯坏了三天，晚上很黑。', category: 'engineering', location: '3栋楼道' }
  const rows: Record<string, { times: number[]; calls: number; read: number }> = {}
  const note = (name: string, ms: number) => {
    const r = (rows[name] ??= { times: [], calls: 0, read: 0 })
    r.times.push(ms)
    r.calls = store.stats.calls
    r.read = store.stats.docsRead
  }
  for (let i = 0; i < runs; i++) {
    store.resetStats()
    let t0 = performance.now()
    const made = await call('complaint', `demo-resident-0${1 + (i % 9)}`, 'complaint.submit', submit)
    if (!made?.ok) throw new Error(`complaint.submit failed: ${JSON.stringify(made?.error)}`)
    note('complaint.submit (resident)', performance.now() - t0)
    store.resetStats()
    t0 = performance.now()
    const acted = await call('complaint', 'demo-agent', 'complaint.act', { id: made.data.id, action: 'accept' })
    if (!acted?.ok) throw new Error(`complaint.act accept failed: ${JSON.stringify(acted?.error)}`)
    note('complaint.act accept (agent)', performance.now() - t0)
  }
  return Object.entries(rows).map(([name, r]) => {
    const t = [...r.times].sort((a, b) => a - b)
    return { name, ms: t[Math.floor(t.length / 2)], calls: r.calls, read: r.read }
  })
}

/** Prints the rows in the bench's table format, with the product/floor ratio (wall ms and docs read) on each report and floor. */
export function printTable(rows: BenchRow[], runs: number): void {
  const byName = new Map(rows.map((r) => [r.name, r]))
  console.log(`\n| call | wall ms (median of ${runs}) | db calls | docs read | allowed | product/floor (ms · docs) |`)
  console.log('|---|---:|---:|---:|---:|---:|')
  for (const r of rows) {
    const floor = rows.find((f) => f.floorOf === r.name)
    const product = r.floorOf ? byName.get(r.floorOf) : undefined
    const pair = floor ? [r, floor] : product ? [product, r] : null
    const ratio = pair
      ? `${(pair[0].ms / Math.max(pair[1].ms, 0.5)).toFixed(2)} · ${(pair[0].read / Math.max(pair[1].read, 1)).toFixed(3)}`
      : '—'
    console.log(
      `| ${r.name} | ${r.ms.toFixed(0)} | ${r.calls} | ${r.read.toLocaleString()} | ${r.limit?.toLocaleString() ?? '—'} | ${ratio} |`,
    )
  }
}
