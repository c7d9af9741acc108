/**
 * Migration 002 (migrations/002-work-list-order.mjs) on the emulator's database through the real
 * wx-server-sdk: it gives every stored complaint the `dueAt` the complaint function would write
 * (domain/list-order.ts), across pages, and a second run changes nothing.
 */
import { join } from 'node:path'
import fc from 'fast-check'
import { createEmulator, type Emulator } from '../../emulator'
import { dueAtOf, NO_DEADLINE } from '../../cloudfunctions/complaint/domain/list-order'
import type { Complaint } from '../../cloudfunctions/complaint/domain/model'
import { STATUSES, type Status } from '@shared/vocabulary'

const migration = require(join(__dirname, '../../migrations/002-work-list-order.mjs')) as {
  up: (db: unknown, ctx: { log: (l: string) => void; now: number; env: string }) => Promise<void>
  dueAtOf: (c: unknown) => number
  NO_DEADLINE: number
}
const STATES = Object.keys(STATUSES) as Status[]
const db = () => require('wx-server-sdk').database()
let emu: Emulator

beforeEach(async () => {
  emu = await createEmulator({ dataDir: null, seed: false })
})
afterEach(() => emu.close())

/** A stored complaint's fields that decide its place in work lists. */
const orderFields = fc.record({
  status: fc.constantFrom(...STATES),
  emergency: fc.boolean(),
  respondedAt: fc.option(fc.integer({ min: 1, max: 2e12 }), { nil: undefined }),
  deadlines: fc.record(
    {
      dispatchDueAt: fc.integer({ min: 1, max: 2e12 }),
      responseDueAt: fc.integer({ min: 1, max: 2e12 }),
      handlingDueAt: fc.integer({ min: 1, max: 2e12 }),
      returnVisitDueAt: fc.integer({ min: 1, max: 2e12 }),
    },
    { requiredKeys: [] },
  ),
})

it('computes the same dueAt as the complaint function for a complaint in any state', () => {
  expect(migration.NO_DEADLINE).toBe(NO_DEADLINE)
  fc.assert(fc.property(orderFields, (c) => migration.dueAtOf(c) === dueAtOf(c as unknown as Complaint)))
})

it('fills dueAt for every complaint across pages, corrects a wrong one, and a second run changes nothing', async () => {
  const docs = Array.from({ length: 1203 }, (_, i) => ({
    _id: `c${String(i).padStart(5, '0')}`,
    no: `TS-${i}`,
    status: STATES[i % STATES.length],
    emergency: i % 7 === 0,
    deadlines: { dispatchDueAt: 1_000 + i, responseDueAt: 2_000 + i, handlingDueAt: 3_000 + i },
    ...(i === 5 ? { dueAt: 42 } : {}),
  }))
  emu.store.insert('complaints', docs as never[])
  const log: string[] = []
  await migration.up(db(), { log: (l) => log.push(l), now: 0, env: 'test' })
  expect(log).toEqual(['work-list order: 1203 of 1203 complaints given their dueAt'])
  const stored = emu.store.find('complaints', {}) as unknown as Complaint[]
  expect(stored).toHaveLength(1203)
  for (const c of stored) expect([c._id, c.dueAt]).toEqual([c._id, dueAtOf(c)])
  expect(stored.filter((c) => c.dueAt !== NO_DEADLINE).length).toBeGreaterThan(0)

  await migration.up(db(), { log: (l) => log.push(l), now: 0, env: 'test' })
  expect(log[1]).toBe('work-list order: 0 of 1203 complaints given their dueAt')
})
