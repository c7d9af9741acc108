/**
 * The migration runner and the migrations themselves, on the emulator's database through the real
 * wx-server-sdk (the API the runner gets in the cloud): order, record, re-run, failure; and
 * migration 001 giving a new environment its first manager through the real invite flow.
 */
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createEmulator, type Emulator } from '../../emulator'
import { runMigrations } from '../../scripts/deploy/migrations'
import { listMigrations, DeployError } from '../../scripts/deploy/project'

const root = join(__dirname, '../..')
const migrations = listMigrations(join(root, 'migrations'))
const load = async (file: string) => require(file)
let emu: Emulator
const db = () => require('wx-server-sdk').database()
const docs = async (c: string, where = {}) => (await db().collection(c).where(where).limit(100).get()).data

beforeEach(async () => {
  if (process.env.DEPLOY_TEST_LOCAL_ERROR) throw new Error(`npm run build:cloud failed:\n${process.env.DEPLOY_TEST_LOCAL_ERROR}`)
  emu = await createEmulator({ dataDir: null, seed: false })
})
afterEach(() => emu.close())

it('migration 001 issues one manager invite that makes the first WeChat account to use it the manager', async () => {
  const log: string[] = []
  const applied = await runMigrations(db(), migrations, { env: 'production', log: (l) => log.push(l), load })
  expect(applied.map((m) => m.version)).toEqual(migrations.map((m) => m.version))
  const [invite] = await docs('invites')
  expect(invite).toMatchObject({ role: 'manager', usedBy: null, code: expect.stringMatching(/^[0-9A-F]{12}$/) })
  expect(log.join('\n')).toContain(`first manager invite code: ${invite.code}`)

  const bound = await emu.call('complaint', { action: 'me.bindInvite', payload: { code: invite.code } }, 'o-first-manager')
  expect(bound).toMatchObject({ ok: true, data: { role: 'manager', openid: 'o-first-manager' } })
  const created = await emu.call(
    'complaint',
    { action: 'invite.create', payload: { role: 'agent', departmentCode: 'customer_service', name: '李客服' } },
    'o-first-manager',
  )
  expect(created.ok).toBe(true)
})

it('records what it applied, so a re-run applies nothing and the invite is not issued twice', async () => {
  await runMigrations(db(), migrations, { env: 'production', log: () => undefined, load })
  expect((await docs('schema_migrations')).map((d: any) => [d._id, d.version, d.name])).toEqual(
    migrations.map((m) => [String(m.version).padStart(3, '0'), m.version, m.name]),
  )
  expect(await runMigrations(db(), migrations, { env: 'production', log: () => undefined, load })).toEqual([])
  expect(await docs('invites')).toHaveLength(1)
})

it('001 issues no invite where a manager exists or an unused one is pending', async () => {
  await db()
    .collection('users')
    .add({ data: { openid: 'o-m', role: 'manager', name: '周经理', phone: '', active: true, createdAt: Date.now() } })
  const log: string[] = []
  await runMigrations(db(), migrations.slice(0, 1), { env: 'production', log: (l) => log.push(l), load })
  expect(await docs('invites')).toEqual([])
  expect(log.join('\n')).toContain('a manager exists already')
})

it('stops at a failing migration, keeping the ones before it recorded', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'migrations-'))
  writeFileSync(
    join(dir, '001-one.mjs'),
    "export async function up(db) { await db.collection('settings').doc('m1').set({ data: { ok: true } }) }\n",
  )
  writeFileSync(join(dir, '002-two.mjs'), "export async function up() { throw new Error('field x is missing') }\n")
  writeFileSync(
    join(dir, '003-three.mjs'),
    "export async function up(db) { await db.collection('settings').doc('m3').set({ data: { ok: true } }) }\n",
  )
  const list = listMigrations(dir)
  await expect(runMigrations(db(), list, { env: 'trial', log: () => undefined, load })).rejects.toThrow(
    'migration 002-two failed: field x is missing',
  )
  expect((await docs('schema_migrations')).map((d: any) => d.version)).toEqual([1])
  expect((await docs('settings')).map((d: any) => d._id)).toEqual(['m1'])
})

it('numbers must run 001, 002, … without gaps, and schemaVersion names the newest', () => {
  const dir = mkdtempSync(join(tmpdir(), 'migrations-'))
  writeFileSync(join(dir, '001-a.mjs'), 'export async function up() {}\n')
  writeFileSync(join(dir, '003-c.mjs'), 'export async function up() {}\n')
  expect(() => listMigrations(dir)).toThrow(DeployError)
  expect(require(join(root, 'config/database.json')).schemaVersion).toBe(migrations.at(-1)!.version)
})
