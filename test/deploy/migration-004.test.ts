/**
 * Migration 004 (migrations/004-rollups.mjs) on the emulator's database through the real
 * wx-server-sdk: it counts each stored complaint exactly as the complaint function does
 * (domain/rollup.ts), builds the rollups of every complaint and dispatch event across pages,
 * corrects a wrong rollup and empties one with nothing behind it, and a second run writes nothing.
 */
import { join } from 'node:path'
import fc from 'fast-check'
import { createEmulator, type Emulator } from '../../emulator'
import { cohortCounters, flatCounters, recountRollups, type RollupDoc } from '../../cloudfunctions/complaint/domain/rollup'
import type { Complaint, ComplaintEvent } from '../../cloudfunctions/complaint/domain/model'
import { reportFacts } from '../../cloudfunctions/complaint/domain/report-facts'
import { storedComplaint } from '../helpers/rollup-arbitraries'

const migration = require(join(__dirname, '../../migrations/004-rollups.mjs')) as {
  up: (db: unknown, ctx: { log: (l: string) => void; now: number; env: string }) => Promise<void>
  counters: (c: unknown) => Record<string, number>
  reportFacts: (c: unknown) => Record<string, number>
}
const db = () => require('wx-server-sdk').database()
let emu: Emulator
let log: string[]
const run = () => migration.up(db(), { log: (l) => log.push(l), now: 1, env: 'test' })

beforeEach(async () => {
  emu = await createEmulator({ dataDir: null, seed: false })
  log = []
})
afterEach(() => emu.close())

it('counts a stored complaint in any state exactly as the complaint function does', () => {
  fc.assert(
    fc.property(storedComplaint, (c) => expect(migration.counters(c)).toEqual(cohortCounters(c))),
    { numRuns: 500 },
  )
})

it('gives a stored complaint in any state the report facts the complaint function writes', () => {
  fc.assert(
    fc.property(storedComplaint, (c) => expect(migration.reportFacts(c)).toEqual(reportFacts(c))),
    { numRuns: 500 },
  )
})

it('builds the rollups of every complaint and dispatch event across pages, repairs a wrong one, empties an orphan; a second run writes nothing', async () => {
  const complaints = fc
    .sample(storedComplaint, { numRuns: 1203, seed: 17 })
    .map((c, i) => ({ ...c, _id: `c${String(i).padStart(5, '0')}`, no: `TS${i}` }))
  const events: ComplaintEvent[] = complaints
    .filter((c) => c.departmentCode)
    .map((c, i) => ({
      _id: `e${String(i).padStart(5, '0')}`,
      complaintId: c._id,
      complaintNo: c.no,
      action: 'dispatch',
      actor: { openid: 'demo-agent', name: '林晓', role: 'agent' },
      at: c.createdAt + 3_600_000,
      from: 'accepted',
      to: 'dispatched',
      data: { departmentCode: c.departmentCode, onTime: i % 3 !== 0 },
    }))
  emu.store.insert('complaints', complaints as never[])
  emu.store.insert('events', events as never[])
  const expected = recountRollups(complaints as Complaint[], events, 0)
  const [someId] = [...expected.keys()]
  emu.store.insert('rollups', [
    { _id: someId, day: someId.slice(0, 10), estate: 'default', dept: '*', c: { n: 999 }, names: {} },
    { _id: '2020-01-01|default|*', day: '2020-01-01', estate: 'default', dept: '*', c: { n: 2 }, names: {} },
  ] as never[])

  await run()
  const stored = emu.store.find('rollups', {}) as unknown as RollupDoc[]
  const counters = Object.fromEntries(stored.map((d) => [d._id, flatCounters(d.c)]).filter(([, c]) => Object.keys(c).length))
  expect(counters).toEqual(Object.fromEntries([...expected.values()].map((d) => [d._id, flatCounters(d.c)])))
  expect(stored.find((d) => d._id === '2020-01-01|default|*')?.c).toEqual({})
  expect(log).toEqual([
    `rollups: ${expected.size + 1} of ${expected.size + 1} rollups written from 1203 complaints and ${events.length} dispatch events`,
    'report facts: 1203 of 1203 complaints given their rf',
  ])
  for (const c of emu.store.find('complaints', {}) as unknown as (Complaint & { rf: unknown })[]) expect(c.rf).toEqual(reportFacts(c))

  await run()
  expect(log.slice(2)).toEqual([
    `rollups: 0 of ${expected.size + 1} rollups written from 1203 complaints and ${events.length} dispatch events`,
    'report facts: 0 of 1203 complaints given their rf',
  ])
})
