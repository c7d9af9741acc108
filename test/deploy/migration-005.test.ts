/**
 * Migration 005 (migrations/005-estates.mjs) on the emulator's database through the real
 * wx-server-sdk, on data as the release before estates made it: one office's settings in
 * `settings/office`, users with a role and department and no memberships, and complaints with their
 * events and outbox entries made by the complaint function, carrying no estate. The single-estate
 * database becomes the company's first estate with nothing lost, a second run changes nothing, and
 * the complaint function then serves the same people the same complaints.
 */
import { join } from 'node:path'
import { createEmulator, type Emulator } from '../../emulator'

const migration = require(join(__dirname, '../../migrations/005-estates.mjs')) as {
  up: (db: unknown, ctx: { log: (l: string) => void; now: number; env: string }) => Promise<void>
  SCOPED: string[]
}
const db = () => require('wx-server-sdk').database()
let emu: Emulator
let log: string[]
const run = () => migration.up(db(), { log: (l) => log.push(l), now: 1_700_000_000_000, env: 'test' })
const all = async (name: string) => (await db().collection(name).limit(1000).get()).data as any[]
const call = async (openid: string, action: string, payload: Record<string, unknown> = {}) => {
  const r = await emu.call('complaint', { action, payload }, openid)
  if (!r.ok) throw new Error(`${action}: ${JSON.stringify(r.error)}`)
  return r.data
}

const OFFICE = {
  officeName: '阳光花园物业管理处',
  estate: { buildings: [{ name: '3', units: 2 }], areas: ['东门'] },
  calendar: { years: { '2026': { holidays: ['2026-10-01'], workdays: ['2026-10-10'] } }, closures: ['2026-12-31'] },
  wecomRobots: { office: 'abcdefgh1234' },
}
const USERS = [
  { openid: 'o-manager', role: 'manager', name: '周经理', phone: '13911110014', departmentCode: 'customer_service' },
  { openid: 'o-agent', role: 'agent', name: '林晓', phone: '13911110001', departmentCode: 'customer_service' },
  { openid: 'o-cleaning', role: 'handler', name: '张洁', phone: '13911110003', departmentCode: 'cleaning' },
  { openid: 'o-resident', role: 'resident', name: '王丽', phone: '13800001111', room: '3栋2单元1502' },
]

/** What the release left: its settings and users, and a complaint it filed, accepted and dispatched — none with an estate. */
async function releaseData(): Promise<string> {
  await db().collection('settings').doc('office').set({ data: OFFICE })
  for (const u of USERS)
    await db()
      .collection('users')
      .add({ data: { ...u, active: true, createdAt: 1 } })
  const { id } = await call('o-resident', 'complaint.submit', { category: 'cleaning', location: '3栋大堂', description: '大堂地面很脏。' })
  await call('o-agent', 'complaint.act', { id, action: 'accept' })
  await call('o-agent', 'complaint.act', { id, action: 'dispatch' })
  await call('o-resident', 'conversation.send', { id, text: '请尽快处理' })
  await call('o-manager', 'invite.create', { role: 'handler', departmentCode: 'security', name: '王强' })
  const _ = db().command
  for (const name of migration.SCOPED)
    await db()
      .collection(name)
      .where({ estate: _.exists(true) })
      .update({ data: { estate: _.remove() } })
  return id
}

/** Every scoped record, as stored, without its estate: what the migration must keep. */
async function scopedWithoutEstate(): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {}
  for (const name of migration.SCOPED) out[name] = (await all(name)).map(({ estate: _e, ...rest }) => rest)
  return out
}

beforeEach(async () => {
  emu = await createEmulator({ dataDir: null, seed: false })
  log = []
})
afterEach(() => emu.close())

it('given a database of the release before estates, it becomes the first estate with nothing lost; a second run changes nothing', async () => {
  const id = await releaseData()
  const kept = await scopedWithoutEstate()
  expect((await all('complaints')).every((c) => c.estate === undefined)).toBe(true)
  await run()
  for (const name of migration.SCOPED) for (const d of await all(name)) expect([name, d.estate]).toEqual([name, 'default'])
  expect(await scopedWithoutEstate()).toEqual(kept)
  expect(await all('estates')).toEqual([expect.objectContaining({ _id: 'default', code: 'default', name: '阳光花园' })])
  const settings = Object.fromEntries((await all('settings')).map(({ _id, ...s }) => [_id, s]))
  expect(settings.office).toEqual(OFFICE)
  expect(settings.company).toEqual({ calendar: { years: OFFICE.calendar.years } })
  expect(settings['estate-default']).toEqual({ ...OFFICE, calendar: { closures: OFFICE.calendar.closures } })
  const users = Object.fromEntries((await all('users')).map((u) => [u.openid, u]))
  expect(users['o-cleaning'].memberships).toEqual([{ estate: 'default', role: 'handler', departmentCode: 'cleaning' }])
  expect(users['o-resident']).toEqual(expect.objectContaining({ estates: ['default'], estate: 'default', room: '3栋2单元1502' }))
  expect(users['o-resident'].memberships).toBeUndefined()
  expect(users['o-manager'].companyRole).toBe('admin')
  expect(users['o-agent'].companyRole).toBeUndefined()

  const snapshot = emu.store.collectionNames().map((n) => [n, emu.store.findJson(n).sort()])
  await run()
  expect(emu.store.collectionNames().map((n) => [n, emu.store.findJson(n).sort()])).toEqual(snapshot)
  expect(log.filter((l) => l.includes('complaints'))).toEqual(['estates: 1 complaints given the first estate'])

  // The function serves the same people the same complaints, from the split settings.
  expect((await call('o-cleaning', 'complaint.list', { scope: 'tasks' })).items.map((c: any) => c.id)).toEqual([id])
  expect((await call('o-resident', 'complaint.get', { id })).id).toBe(id)
  expect((await call('o-manager', 'settings.get')).settings).toEqual(
    expect.objectContaining({
      officeName: OFFICE.officeName,
      calendar: { years: OFFICE.calendar.years, closures: OFFICE.calendar.closures },
    }),
  )
  expect((await call('o-manager', 'me.get')).user).toEqual(
    expect.objectContaining({ companyRole: 'admin', estate: { code: 'default', name: '阳光花园' } }),
  )
  expect((await call('o-manager', 'invite.list')).map((i: any) => i.name)).toEqual(['王强'])
})

it('given an empty database (a new environment), it creates the first estate and nothing else', async () => {
  await run()
  expect((await all('estates')).map((e) => e._id)).toEqual(['default'])
  expect(await all('settings')).toEqual([])
  expect(await all('users')).toEqual([])
})
