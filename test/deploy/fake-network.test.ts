/**
 * The deploy's network paths against recorded fakes (fakes.ts) of miniprogram-ci and the CloudBase
 * manager, with the migrations running through the real wx-server-sdk on the emulator's database:
 * the calls and their order, idempotence on re-run, refusal of example values and missing
 * secrets, and the message a failed step prints. The build is the staged production build made by
 * global-setup.ts (reused as it is, never rebuilt here).
 */
import { mkdtempSync, writeFileSync, readFileSync, readdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { installDatabase, openStore } from '../../emulator/db/install'
import { deploy } from '../../scripts/deploy/run'
import { listFunctions } from '../../scripts/deploy/project'
import type { DeployOptions } from '../../scripts/deploy/options'
import { resetWorld, world } from './fakes'

jest.mock('miniprogram-ci', () => require('./fakes').fakeMiniprogramCi)
jest.mock('@cloudbase/manager-node', () => require('./fakes').FakeCloudBase)

const root = join(__dirname, '../..')
const shipped = JSON.parse(readFileSync(join(root, 'config/environments.json'), 'utf8'))
const database = JSON.parse(readFileSync(join(root, 'config/database.json'), 'utf8'))
/** The functions in deploy order (alphabetically: alert, complaint, report). */
const fns = listFunctions(join(root, 'cloudfunctions')).map((f) => f.name)
const own = {
  appid: 'wx1234567890abcdef',
  cloudEnv: 'prod-4g1n2c3d4e5f6a7b',
  miniprogramState: 'formal',
  templates: Object.fromEntries(Object.keys(shipped.production.templates).map((t, i) => [t, `Tm${i}_${'x'.repeat(38)}`])),
}
const keyFile = join(mkdtempSync(join(tmpdir(), 'deploy-key-')), `private.${own.appid}.key`)
writeFileSync(keyFile, '-----BEGIN RSA PRIVATE KEY-----\nfake\n-----END RSA PRIVATE KEY-----\n')
const options: DeployOptions = {
  env: 'production',
  dryRun: false,
  robot: 3,
  privateKey: keyFile,
  reuseBuild: 'always',
  stageDir: process.env.DEPLOY_TEST_STAGE,
}
const vars = { TCB_SECRET_ID: 'AKIDfake', TCB_SECRET_KEY: 'fake' } as unknown as NodeJS.ProcessEnv

let db: ReturnType<typeof installDatabase>
async function run(o: Partial<DeployOptions> = {}, environments: Record<string, unknown> = { ...shipped, production: own }) {
  const lines: string[] = []
  const code = await deploy(root, { ...options, ...o }, { out: (l) => lines.push(l), environments, vars })
  return { code, text: lines.join('\n'), lines }
}
const cloudDocs = async (collection: string) => (await require('wx-server-sdk').database().collection(collection).limit(100).get()).data

beforeEach(() => {
  resetWorld()
  db = installDatabase(openStore())
})
afterEach(() => db.dispose())

it('deploys an empty environment: database, migrations, functions, then the mini-program, in that order', async () => {
  const r = await run()
  expect(r.text).not.toMatch(/FAILED/)
  expect(r.code).toBe(0)
  const collections: string[] = database.collections.map((c: { name: string }) => c.name)
  const calls = world.calls
  // Database: each collection created, its indexes created, its rule set to deny all clients.
  expect(calls.filter((c) => c.startsWith('cb.createCollectionIfNotExists')).map((c) => c.split(' ')[1])).toEqual(collections)
  expect(calls).toContain('cb.createIndex complaints.no no:1 unique')
  expect(calls).toContain('cb.createIndex complaints.status_created status:1,createdAt:-1')
  const indexCount = database.collections.reduce((a: number, c: { indexes: unknown[] }) => a + c.indexes.length, 0)
  expect(calls.filter((c) => c.startsWith('cb.createIndex'))).toHaveLength(indexCount)
  expect(calls.filter((c) => c.includes('.ModifySafeRule'))).toEqual(
    collections.map((c) => `cb.tcb@2018-06-08.ModifySafeRule ${c} CUSTOM {"read":false,"write":false}`),
  )
  // Function: created on a current runtime before miniprogram-ci uploads it (which would pick Node 8.9), then its timer.
  const fn = calls.filter((c) => /complaint\b/.test(c) && /Function|Trigger/.test(c))
  expect(fn).toEqual([
    'cb.getFunctionDetail complaint',
    'cb.createFunction complaint runtime=Nodejs16.13 installDependency=true',
    'cb.getFunctionDetail complaint',
    `ci.uploadFunction complaint env=${own.cloudEnv} remoteNpmInstall=true`,
    'cb.createFunctionTriggers complaint supervise=0 * * * * * *',
  ])
  expect(world.functions.get('complaint')!.Runtime).toBe('Nodejs16.13')
  // Order of the steps: the last database call before the first function call, the mini-program last.
  const lastDb = Math.max(...calls.map((c, i) => (c.includes('SafeRule') ? i : -1)))
  expect(lastDb).toBeLessThan(calls.indexOf('cb.getFunctionDetail complaint'))
  expect(calls.at(-1)).toBe('ci.upload 0.1.0 robot=3')
  // The admin console's version list shows the commit and its date, whole and in Chinese.
  expect(world.uploadDesc).toMatch(/^提交 [0-9a-f]{7,}（\d{4}-\d{2}-\d{2}）(，含未提交的修改)?$/)
  expect(calls).toContain(`ci.Project ${own.appid} key=file`)
  // Every migration ran through wx-server-sdk on the environment's database, in order, and was recorded.
  const migrations = readdirSync(join(__dirname, '../../migrations'))
    .filter((f) => /^\d{3}-.*\.mjs$/.test(f))
    .map((f) => f.slice(0, 3))
    .sort()
  expect(migrations.length).toBeGreaterThanOrEqual(3)
  expect((await cloudDocs('schema_migrations')).map((d: any) => d._id)).toEqual(migrations)
  expect(await cloudDocs('invites')).toEqual([expect.objectContaining({ role: 'manager', usedBy: null })])
  // Progress, one line per step and one per function.
  expect(r.lines.filter((l) => /^\[\d\/7\] [^F]/.test(l)).map((l) => l.slice(0, 5))).toEqual([
    '[1/7]',
    '[2/7]',
    '[3/7]',
    '[4/7]',
    '[5/7]',
    ...fns.map(() => '[6/7]'),
    '[7/7]',
  ])
  for (const f of fns) expect(world.functions.get(f)!.Runtime).toBe('Nodejs16.13')
  expect(r.text).toContain('[6/7] Uploading cloud function complaint …')
  expect(r.text).toMatch(/first manager invite code: [0-9A-F]{12}/)
})

it('re-running changes nothing that exists: only the code is uploaded again', async () => {
  await run()
  world.calls = []
  const r = await run({ desc: '物业投诉 1.0 首次上线' })
  expect(r.code).toBe(0)
  expect(world.uploadDesc).toBe('物业投诉 1.0 首次上线')
  expect(
    world.calls.filter((c) =>
      /createIndex|ModifySafeRule|createFunction\b|updateFunctionConfig|createFunctionTriggers|deleteFunctionTrigger/.test(c),
    ),
  ).toEqual([])
  expect(world.calls.filter((c) => c.startsWith('ci.'))).toEqual([
    `ci.Project ${own.appid} key=file`,
    ...fns.map((f) => `ci.uploadFunction ${f} env=${own.cloudEnv} remoteNpmInstall=true`),
    'ci.upload 0.1.0 robot=3',
  ])
  expect(r.text).toContain('all migrations were applied before')
  expect(r.text).toMatch(/0 created, 0 indexes created, 0 rules set/)
  expect(await cloudDocs('invites')).toHaveLength(1)
})

it('a failed step says what to fix, stops before the next, and the re-run finishes the job', async () => {
  world.failOn = {
    call: 'ci.uploadFunction',
    error: new Error(
      '{"errCode":-1,"errMsg":"invalid ip: 203.0.113.7, reference: https://developers.weixin.qq.com/miniprogram/dev/devtools/ci.html"}',
    ),
  }
  const failed = await run()
  expect(failed.code).toBe(1)
  expect(failed.text).toContain(`[6/7] FAILED: Uploading cloud function ${fns[0]}`)
  expect(failed.text).toContain('invalid ip: 203.0.113.7')
  expect(failed.text).toMatch(/Fix: add this machine's public IP to the upload key's IP whitelist/)
  expect(failed.text).toMatch(/run the same command again/)
  expect(world.calls.some((c) => c.startsWith('ci.upload '))).toBe(false)

  world.calls = []
  const again = await run()
  expect(again.code).toBe(0)
  // What the failed run did stays done; the functions after the first, never reached, are created now.
  expect(world.calls.filter((c) => /createIndex|ModifySafeRule|createFunction\b/.test(c))).toEqual(
    fns.slice(1).map((f) => `cb.createFunction ${f} runtime=Nodejs16.13 installDependency=true`),
  )
  expect(world.calls).toContain('cb.createFunctionTriggers complaint supervise=0 * * * * * *')
  expect(world.calls.at(-1)).toBe('ci.upload 0.1.0 robot=3')
})

it('a CloudBase key that is refused points at the key, not at the code', async () => {
  world.failOn = {
    call: 'cb.createCollectionIfNotExists',
    error: Object.assign(new Error('The SecretId is not found'), { code: 'AuthFailure.SecretIdNotFound' }),
  }
  const r = await run()
  expect(r.code).toBe(1)
  expect(r.text).toContain('[4/7] FAILED: Creating collections, indexes and security rules')
  expect(r.text).toMatch(/Fix: check the CloudBase API key \(TCB_SECRET_ID \/ TCB_SECRET_KEY\)/)
  expect(world.calls.some((c) => c.startsWith('ci.'))).toBe(false)
})

it('replaces a timer whose schedule changed, and refuses an index redefined under the same name', async () => {
  await run()
  world.functions.get('complaint')!.Triggers[0].TriggerDesc = JSON.stringify({ cron: '0 0 * * * * *' })
  world.calls = []
  expect((await run()).code).toBe(0)
  expect(world.calls.filter((c) => /Trigger/.test(c))).toEqual([
    'cb.deleteFunctionTrigger complaint supervise',
    'cb.createFunctionTriggers complaint supervise=0 * * * * * *',
  ])

  world.collections.get('complaints')!.indexes.find((i) => i.Name === 'estate_created')!.Keys = [
    { Name: 'estate', Direction: '1' },
    { Name: 'createdAt', Direction: '1' },
  ]
  const r = await run()
  expect(r.code).toBe(1)
  expect(r.text).toMatch(
    /index complaints\.estate_created exists with estate ↑, createdAt ↑, config\/database\.json declares estate ↑, createdAt ↓/,
  )
  expect(r.text).toMatch(/Fix: give the changed index a new name/)
})

it('sets timeout and memory from config.json on a function created elsewhere, once', async () => {
  world.functions.set('complaint', { Runtime: 'Nodejs18.15', Timeout: 3, MemorySize: 256, Triggers: [] })
  expect((await run()).code).toBe(0)
  expect(world.calls).toContain('cb.updateFunctionConfig complaint timeout=20')
  world.calls = []
  expect((await run()).code).toBe(0)
  expect(world.calls.filter((c) => c.startsWith('cb.updateFunctionConfig'))).toEqual([])
})

it('refuses a function left on a runtime too old for the bundle', async () => {
  world.functions.set('complaint', { Runtime: 'Nodejs8.9', Timeout: 3, MemorySize: 256, Triggers: [] })
  const r = await run()
  expect(r.code).toBe(1)
  expect(r.text).toMatch(/function complaint exists with runtime Nodejs8\.9/)
  expect(world.calls).not.toContain(`ci.uploadFunction complaint env=${own.cloudEnv} remoteNpmInstall=true`)
})

it('refuses the shipped example values and missing secrets before building anything', async () => {
  const examples = await run({}, shipped)
  expect(examples.code).toBe(1)
  expect(examples.text).toMatch(/\[1\/7\] FAILED/)
  expect(examples.text).toMatch(
    /config\/environments\.json still holds the shipped example values at production\.appid, production\.cloudEnv, production\.templates\.complaint_accepted/,
  )
  expect(examples.lines.some((l) => l.startsWith('[2/7]'))).toBe(false)

  const lines: string[] = []
  const code = await deploy(
    root,
    { ...options, privateKey: undefined },
    { out: (l) => lines.push(l), environments: { ...shipped, production: own }, vars: {} as NodeJS.ProcessEnv },
  )
  expect(code).toBe(1)
  expect(lines.join('\n')).toMatch(
    /missing the upload key: put it at secrets\/private\.wx1234567890abcdef\.key.*a CloudBase API key: set TCB_SECRET_ID and TCB_SECRET_KEY/s,
  )
  expect(world.calls).toEqual([])
})

it('removes a timer config.json no longer names (the export purge that moved from report to the export function)', async () => {
  await run()
  world.functions
    .get('report')!
    .Triggers.push({ TriggerName: 'purge-exports', Type: 'timer', TriggerDesc: JSON.stringify({ cron: '0 30 3 * * * *' }) })
  world.calls = []
  const r = await run()
  expect(r.code).toBe(0)
  expect(world.calls.filter((c) => /Trigger/.test(c))).toEqual(['cb.deleteFunctionTrigger report purge-exports'])
  expect(r.text).toContain('removed trigger purge-exports (0 30 3 * * * *): config.json no longer names it')
  expect(world.functions.get('export')!.Triggers.map((t) => t.TriggerName)).toEqual(['purge-exports'])
})

it('a dry run with the shipped examples prints the whole plan and calls nothing', async () => {
  const r = await run({ dryRun: true }, shipped)
  expect(r.code).toBe(0)
  expect(world.calls).toEqual([])
  for (const part of [
    'WARNING: config/environments.json still holds the shipped example values',
    '[4/7] Database of example-production-env',
    'complaints  rule none {"read":false,"write":false}',
    'index status_created: status ↑, createdAt ↓',
    // Issue 16: the work lists' indexes start with the estate.
    'index estate_department_status_due_at: estate ↑, departmentCode ↑, status ↑, dueAt ↑, createdAt ↑, _id ↑',
    'estates  rule none',
    '001 first-manager-invite',
    '005 estates',
    'function complaint',
    'dependencies: wx-server-sdk@4.0.2',
    'timer trigger supervise: 0 * * * * * *',
    'openapi permissions: subscribeMessage.send, security.msgSecCheck',
    '[7/7] Mini-program version 0.1.0 to AppID wx0000000000000000',
    'main package',
    'app.js',
  ])
    expect(r.text).toContain(part)
})
