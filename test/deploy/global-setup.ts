/**
 * Builds the production deploy once for the deploy tests (about 20–30 s) in a staging folder of
 * their own, or keeps that build when no source file changed since; concurrent test runs wait for
 * each other's build (lockStage). A build failure is passed on to the tests (DEPLOY_TEST_*_ERROR), which report it, so a
 * broken weapp build does not hide what the function bundles show, and the reverse.
 */
import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { buildFunctions, buildWeapp, defaultStageDir, lockStage, markBuilt, openStage } from '../../scripts/deploy/stage'
import { listFunctions } from '../../scripts/deploy/project'

/** Newest modification time of the TypeScript and JSON files under `dir`. */
function newestSource(dir: string): number {
  let t = 0
  for (const n of readdirSync(dir)) {
    const p = join(dir, n)
    if (n === 'node_modules') continue
    if (statSync(p).isDirectory()) t = Math.max(t, newestSource(p))
    else if (/\.(ts|json)$/.test(n)) t = Math.max(t, statSync(p).mtimeMs)
  }
  return t
}

/** The local bundles the emulator loads (query-shape recording, migrations), rebuilt when older than their sources. */
function ensureLocalBundles(root: string): void {
  const fns = listFunctions(join(root, 'cloudfunctions'))
  const newest = Math.max(newestSource(join(root, 'config')), ...fns.map((f) => newestSource(f.dir)))
  if (fns.every((f) => existsSync(join(f.dir, 'index.js')) && statSync(join(f.dir, 'index.js')).mtimeMs > newest)) return
  const r = spawnSync(process.execPath, [join(root, 'scripts/build-cloud.mjs'), '--env', 'local', '--quiet'], {
    cwd: root,
    encoding: 'utf8',
  })
  if (r.status !== 0) process.env.DEPLOY_TEST_LOCAL_ERROR = `${r.stdout}${r.stderr}`.trim().split('\n').slice(-10).join('\n')
}

export default async function globalSetup(): Promise<void> {
  const root = join(__dirname, '../..')
  ensureLocalBundles(root)
  const t0 = Date.now()
  const envs = require(join(root, 'config/environments.json'))
  // A folder of the tests' own, one per checkout: a developer's dry run or deploy never shares it
  // with a test run, and test runs of two work trees never rebuild under each other's feet.
  const checkout = createHash('sha256').update(root).digest('hex').slice(0, 12)
  const stageDir = join(defaultStageDir('production'), '..', `test-production-${checkout}`)
  process.env.DEPLOY_TEST_STAGE = stageDir
  const release = lockStage(stageDir)
  try {
    build(root, stageDir, envs.production.appid, t0)
  } finally {
    release()
  }
}

function build(root: string, stageDir: string, appid: string, t0: number): void {
  const stage = openStage({ root, env: 'production', appid, stageDir, functions: listFunctions(join(root, 'cloudfunctions')), reuse: true })
  if (stage.fresh) return
  const errors: string[] = []
  for (const [what, build] of [
    ['WEAPP', () => buildWeapp(stage, 'production')],
    ['CLOUD', () => buildFunctions(stage, 'production')],
  ] as const) {
    try {
      build()
    } catch (e) {
      process.env[`DEPLOY_TEST_${what}_ERROR`] = String((e as Error).message)
      errors.push(what)
    }
  }
  if (!errors.length) markBuilt(stage, 'production')
  console.log(
    `\n[deploy tests] production build in ${stage.dir}: ${((Date.now() - t0) / 1000).toFixed(1)} s${errors.length ? ` (failed: ${errors.join(', ')})` : ''}`,
  )
}
