/**
 * The company's part of the benchmark (issues 16, 17): the floor of report.company — the same
 * figures by three aggregates straight on the store's complaints and events, grouped by estate —
 * checked against the product's figures; and an estate's task list and monthly report at 50
 * estates against the same estate alone in a store of its own size (the ratio issue 16 asks for).
 */
import { performance } from 'node:perf_hooks'
import type { DocumentStore } from '../../emulator/db/store'
import { WorkCalendar } from '../../cloudfunctions/complaint/domain/calendar'
import { factFields, workdayTable } from '../../cloudfunctions/report/domain/facts'
import { periodOf } from '../../cloudfunctions/report/domain/period'
import { DEFAULT_ESTATE } from '@shared/matters'
import { SUPERVISED } from '@shared/status-groups'
import { SATISFIED_MIN } from '@shared/thresholds'
import { loadCompany } from './load'
import { floorRow, type BenchRow } from './rollups'

const one = (cond: unknown) => ({ $sum: { $cond: [cond, 1, 0] } })

/**
 * The floor of report.company for `date`'s month at `now`: complaints, outcomes and ratings of the
 * month per estate, dispatch events per estate, and open overdue complaints per estate, each one
 * aggregate on the store. Fails when its total disagrees with the product's (`product.data.total`).
 */
export function companyFloorRow(store: DocumentStore, date: string, now: number, runs: number, product: BenchRow): BenchRow {
  const period = periodOf('month', date)
  const f = factFields({ start: period.start, now, workdays: workdayTable(new WorkCalendar(), period.start, now) })
  const range = { $gte: period.start, $lt: period.end }
  let totals = { n: 0, standing: 0, late: 0, rated: 0, dispatched: 0, overdue: 0 }
  const row = floorRow(store, 'floor: report.company month (three aggregates on the store)', product.name, runs, () => {
    const cs = store.aggregate('complaints', [
      { $match: { createdAt: range } },
      { $project: { estate: 1, standing: f.standing, late: f.late, level: f.level, resulted: f.resulted, reopened: f.reopened } },
      {
        $group: {
          _id: '$estate',
          n: { $sum: 1 },
          standing: { $sum: '$standing' },
          late: { $sum: '$late' },
          rated: one({ $gt: ['$level', 0] }),
          satisfied: one({ $gte: ['$level', SATISFIED_MIN] }),
          resulted: { $sum: '$resulted' },
          reopened: { $sum: '$reopened' },
        },
      },
    ]) as Record<string, number>[]
    const ds = store.aggregate('events', [
      { $match: { action: 'dispatch', at: range } },
      { $group: { _id: '$estate', n: { $sum: 1 }, late: one({ $eq: ['$data.onTime', false] }) } },
    ]) as Record<string, number>[]
    const oo = store.aggregate('complaints', [
      { $match: { status: { $in: [...SUPERVISED] }, 'deadlines.handlingDueAt': { $gt: 0, $lt: now } } },
      { $group: { _id: '$estate', n: { $sum: 1 } } },
    ]) as Record<string, number>[]
    const sum = (rows: Record<string, number>[], k: string) => rows.reduce((s, r) => s + r[k], 0)
    totals = {
      n: sum(cs, 'n'),
      standing: sum(cs, 'standing'),
      late: sum(cs, 'late'),
      rated: sum(cs, 'rated'),
      dispatched: sum(ds, 'n'),
      overdue: sum(oo, 'n'),
    }
  })
  const t = product.data.total
  const fromProduct = {
    n: t.complaints,
    standing: t.handlingOnTime.denominator,
    late: t.handlingOnTime.denominator - t.handlingOnTime.numerator,
    rated: t.satisfaction.denominator,
    dispatched: t.dispatchOnTime.denominator,
    overdue: t.openOverdue,
  }
  if (JSON.stringify(fromProduct) !== JSON.stringify(totals))
    throw new Error(`report.company disagrees with its floor: ${JSON.stringify(fromProduct)} vs ${JSON.stringify(totals)}`)
  return row
}

/** One call measured `runs` times on `store`: the median wall time, the last run's calls and reads. */
async function measure(store: DocumentStore, run: () => Promise<any>, runs: number): Promise<{ ms: number; read: number; calls: number }> {
  const times: number[] = []
  let read = 0
  let calls = 0
  for (let i = 0; i < runs; i++) {
    store.resetStats()
    const t0 = performance.now()
    const r = await run()
    times.push(performance.now() - t0)
    if (!r?.ok) throw new Error(`call failed: ${JSON.stringify(r?.error)}`)
    read = store.stats.docsRead
    calls = store.stats.calls
  }
  times.sort((a, b) => a - b)
  return { ms: times[Math.floor(times.length / 2)], read, calls }
}

/**
 * Issue 16: an estate's task list and monthly report in the company (`company`, measured on the
 * company's store) against the same calls on a store holding that estate alone with `size`
 * complaints; prints both and the ratio.
 */
export async function estateRatios(size: number, from: number, now: number, runs: number, company: { tasks: BenchRow; report: BenchRow }) {
  const alone = await loadCompany(size, [DEFAULT_ESTATE], from, now)
  const call = (fn: string, openid: string, action: string, payload: object) => alone.emu.call(fn, { action, payload }, openid)
  const store = alone.emu.store
  const tasks = await measure(store, () => call('complaint', 'demo-cleaning-handler', 'complaint.list', { scope: 'tasks' }), runs)
  const report = await measure(store, () => call('report', 'demo-manager', 'report.period', { period: 'month', date: '2026-10-15' }), runs)
  alone.emu.close()
  console.log(
    `\nan estate in the company against the same estate alone (${size.toLocaleString()} complaints, ${(alone.ms / 1000).toFixed(1)} s to load):`,
  )
  console.log('| call | in the company: wall ms · db calls · docs read | alone: wall ms · db calls · docs read | ratio (ms · docs) |')
  console.log('|---|---:|---:|---:|')
  for (const [name, inCompany, own] of [
    ['complaint.list tasks (handler)', company.tasks, tasks],
    ['report.period month (manager)', company.report, report],
  ] as const)
    console.log(
      `| ${name} | ${inCompany.ms.toFixed(0)} · ${inCompany.calls} · ${inCompany.read} | ${own.ms.toFixed(0)} · ${own.calls} · ${own.read} | ${(inCompany.ms / Math.max(own.ms, 0.5)).toFixed(2)} · ${(inCompany.read / Math.max(own.read, 1)).toFixed(2)} |`,
    )
}
