/**
 * Migration 003 (migrations/003-departments-in-settings.mjs) on the emulator's database through the
 * real wx-server-sdk: it writes the six departments every office had while they were code constants
 * into the office's settings when they are not there, leaves settings that list departments alone,
 * and a second run changes nothing; the built complaint function then reads the office's list.
 */
import { join } from 'node:path'
import { createEmulator, type Emulator } from '../../emulator'
import { DEFAULT_DEPARTMENTS } from '@shared/departments'

const migration = require(join(__dirname, '../../migrations/003-departments-in-settings.mjs')) as {
  up: (db: unknown, ctx: { log: (l: string) => void; now: number; env: string }) => Promise<void>
  DEPARTMENTS: unknown[]
}
const db = () => require('wx-server-sdk').database()
const office = async () => (await db().collection('settings').where({ _id: 'office' }).get()).data[0]
let emu: Emulator
let log: string[]
const run = () => migration.up(db(), { log: (l) => log.push(l), now: 0, env: 'test' })

beforeEach(async () => {
  emu = await createEmulator({ dataDir: null, seed: false })
  log = []
})
afterEach(() => emu.close())

it('writes the six departments an office has always had — the same as shared/departments.ts DEFAULT_DEPARTMENTS', () => {
  expect(migration.DEPARTMENTS).toEqual(DEFAULT_DEPARTMENTS)
})

it('given settings without departments, it adds them and keeps everything else; a second run changes nothing', async () => {
  const before = { officeName: '阳光花园物业管理处', routing: { cleaning: 'cleaning' }, wecomRobots: { office: 'abcdefgh1234' } }
  await db().collection('settings').doc('office').set({ data: before })
  await run()
  const after = await office()
  expect(after).toEqual({ _id: 'office', ...before, departments: DEFAULT_DEPARTMENTS })
  await run()
  expect(await office()).toEqual(after)
  expect(log).toEqual([
    "departments: the 6 departments written into the office's settings",
    'departments: settings list 6 already, left as they are',
  ])
})

it('given settings that list the office’s own departments, it leaves them as they are', async () => {
  const own = [
    { code: 'customer_service', name: '客服中心', active: true },
    { code: 'dept_1', name: '电梯维保组', active: true },
  ]
  await db()
    .collection('settings')
    .doc('office')
    .set({ data: { departments: own } })
  await run()
  expect((await office()).departments).toEqual(own)
})

it('given no settings at all, it writes the departments, and the complaint function serves them', async () => {
  await run()
  expect(await office()).toEqual({ _id: 'office', departments: DEFAULT_DEPARTMENTS })
  const meta = await emu.call('complaint', { action: 'meta.get', payload: {} }, 'o-anyone')
  expect(meta.data.departments).toEqual(DEFAULT_DEPARTMENTS)
})
