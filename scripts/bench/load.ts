/**
 * Loading the benchmark's company (issues 16, 17): `n` generated complaints spread over estates,
 * their dispatch events and their rollups, written straight into a fresh emulator store — fast:
 * the collections' indexes are dropped for the load and built once after it (SQLite builds an index
 * in one sorted pass far faster than it keeps 25 of them up to date row by row), rows go in batches
 * of 5,000 in one SQLite transaction each, and the rollups of days the generator has left behind
 * are written as it goes (so a million complaints' counters never sit in memory at once). Measuring
 * goes through the built functions afterwards (run.ts).
 */
import { performance } from 'node:perf_hooks'
import { createEmulator, type Emulator } from '../../emulator'
import type { DocumentStore } from '../../emulator/db/store'
import { dueAtOf } from '../../cloudfunctions/complaint/domain/list-order'
import { reportFacts } from '../../cloudfunctions/complaint/domain/report-facts'
import { DEFAULT_ESTATE } from '@shared/matters'
import { generate, handlerPool } from './generate'
import { RollupSeed } from './rollups'

const DAY = 86_400_000
/** Rollups of days this far behind the batch being generated are complete (a dispatch comes at most ~3 days after its complaint). */
const SETTLED_DAYS = 6
/** The collections loaded in bulk. */
const BULK = ['complaints', 'events', 'rollups']

/** The company's quality department member (issue 16), who calls report.company. */
export const QUALITY = 'bench-quality'

export interface Loaded {
  emu: Emulator
  complaints: number
  events: number
  rollups: number
  ms: number
}

/** Drops the SQLite indexes of `collections`; the returned function builds them again. */
function withoutIndexes(store: DocumentStore, collections: string[]): () => void {
  for (const name of collections) {
    const ixs = store.db.prepare(`SELECT name FROM sqlite_master WHERE type = 'index' AND name LIKE ?`).all(`ix\\_${name}\\_%`) as {
      name: string
    }[]
    // LIKE's `_` is a wildcard: keep only this collection's own (`ix_<name>_…`).
    for (const ix of ixs) if (ix.name.startsWith(`ix_${name}_`)) store.db.exec(`DROP INDEX "${ix.name}"`)
  }
  return () => {
    for (const name of collections) store.ensureCollection({ name, indexes: [] })
  }
}

/** The Shanghai day `days` before instant `at`. */
const dayBefore = (at: number, days: number) => new Date(at + 8 * 3_600_000 - days * DAY).toISOString().slice(0, 10)

/**
 * A fresh emulator holding `n` complaints created between `from` and `now`, spread over `estates`
 * (the first, DEFAULT_ESTATE, is the demo accounts'), their dispatch events, rollups and report
 * facts, the estates on record, the default estate's handlers and a quality department member.
 */
export async function loadCompany(n: number, estates: readonly string[], from: number, now: number): Promise<Loaded> {
  const emu = await createEmulator({ dataDir: null, functions: ['complaint', 'report'] })
  const store = emu.store
  const t0 = performance.now()
  const rebuild = withoutIndexes(store, BULK)
  const seed = new RollupSeed()
  let complaints = 0
  let events = 0
  let rollups = 0
  generate(
    n,
    from,
    now,
    (b) => {
      seed.add(b)
      store.insert('complaints', b.complaints.map((c) => ({ ...c, dueAt: dueAtOf(c), rf: reportFacts(c) })) as never[])
      if (b.events.length) store.insert('events', b.events as never[])
      complaints += b.complaints.length
      events += b.events.length
      rollups += seed.flushBefore(dayBefore(b.complaints[0].createdAt, SETTLED_DAYS), store, now)
    },
    5000,
    estates,
  )
  rollups += seed.flushBefore('9999-12-31', store, now)
  rebuild()
  const users = Object.entries(handlerPool(DEFAULT_ESTATE)).flatMap(([d, hs]) =>
    hs
      .slice(1)
      .map((h) => ({ openid: h.openid, role: 'handler', name: h.name, phone: '', departmentCode: d, active: true, createdAt: from })),
  )
  const quality = { openid: QUALITY, role: 'supervisor', name: '品质部', phone: '', active: true, companyRole: 'quality', createdAt: from }
  store.insert('users', [...users, quality] as never[])
  // The emulator's seed has the demo's estates on record already: the company's are written afresh.
  store.remove('estates', { _id: { $in: estates } }, { multi: true })
  store.insert(
    'estates',
    estates.map((code, i) => ({
      _id: code,
      code,
      name: i ? `小区${code.slice(3)}` : '示范小区',
      address: '',
      households: 1500 + 37 * i,
    })) as never[],
  )
  return { emu, complaints, events, rollups, ms: performance.now() - t0 }
}
