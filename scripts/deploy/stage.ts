/**
 * Builds what is uploaded in a staging copy of the work tree (by default under the system's temp
 * folder), so a deploy never overwrites the developer's dist/ or the local function bundles the
 * emulator and the tests load, and never uploads a stale file from an earlier build.
 * The builds are the project's own: `APP_ENV=<env> taro build --type weapp` and
 * `node scripts/build-cloud.mjs --env <env>`.
 */
import { spawnSync, execFileSync } from 'node:child_process'
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync, readdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { DeployError, type FunctionSpec } from './project'

export interface Stage {
  dir: string
  /** The mini-program as uploaded (project.config.json's miniprogramRoot). */
  dist: string
  /** One folder per function holding exactly what is uploaded: index.js, package.json, config.json. */
  functions: Record<string, string>
}

/** Default staging folder for an environment. */
export function defaultStageDir(env: string): string {
  return join(tmpdir(), 'property-complaints-deploy', env)
}

/** The files of the work tree: tracked and untracked, without what .gitignore excludes. */
function workTree(root: string): string[] {
  const out = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  })
  return out.split('\0').filter((f) => f && existsSync(join(root, f)) && statSync(join(root, f)).isFile())
}

const STAMP = '.deploy-build.json'

/**
 * Takes the stage's lock (a folder created atomically beside it, holding the owner's pid), waiting
 * while another live process builds there; a lock left by a dead process is taken over.
 * @returns the release function.
 */
export function lockStage(stageDir: string, timeoutMs = 10 * 60_000): () => void {
  const lock = `${stageDir}.lock`
  mkdirSync(dirname(lock), { recursive: true })
  const t0 = Date.now()
  for (;;) {
    try {
      mkdirSync(lock)
      writeFileSync(join(lock, 'pid'), String(process.pid))
      let held = true
      return () => {
        if (held) rmSync(lock, { recursive: true, force: true })
        held = false
      }
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e
    }
    let owner = 0
    try {
      owner = Number(readFileSync(join(lock, 'pid'), 'utf8'))
    } catch {
      // the owner is still writing its pid
    }
    const alive = (() => {
      try {
        return owner > 0 && (process.kill(owner, 0), true)
      } catch {
        return false
      }
    })()
    if (owner && !alive) rmSync(lock, { recursive: true, force: true })
    else if (Date.now() - t0 > timeoutMs)
      throw new DeployError(
        `${stageDir} is being built by process ${owner}`,
        `wait for it to finish, or remove ${lock} if no deploy or test is running`,
      )
    else Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 500)
  }
}

/** True when the stage was built for `env` after the last change to any source file. */
/** Which checkout the stage was copied from (isFresh keeps only a build of the same one). */
const ORIGIN = '.stage-origin'

export function isFresh(root: string, stageDir: string, env: string): boolean {
  const stampFile = join(stageDir, STAMP)
  if (!existsSync(stampFile)) return false
  const stamp = JSON.parse(readFileSync(stampFile, 'utf8')) as { env: string; builtAt: number }
  if (stamp.env !== env) return false
  // Another checkout's build (a second work tree of the same repository) is never this one's.
  const origin = join(stageDir, ORIGIN)
  if (!existsSync(origin) || readFileSync(origin, 'utf8') !== root) return false
  const newest = Math.max(...workTree(root).map((f) => statSync(join(root, f)).mtimeMs))
  return newest < stamp.builtAt
}

/** Copies the work tree into `stageDir` (emptied first) and links node_modules. */
export function copyWorkTree(root: string, stageDir: string): void {
  rmSync(stageDir, { recursive: true, force: true })
  mkdirSync(stageDir, { recursive: true })
  for (const f of workTree(root)) {
    mkdirSync(dirname(join(stageDir, f)), { recursive: true })
    copyFileSync(join(root, f), join(stageDir, f))
  }
  symlinkSync(join(root, 'node_modules'), join(stageDir, 'node_modules'), 'dir')
  writeFileSync(join(stageDir, ORIGIN), root)
}

function run(cwd: string, cmd: string, args: string[], env: Record<string, string>, what: string, fix: string): string {
  const r = spawnSync(cmd, args, { cwd, env: { ...process.env, ...env }, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
  const output = `${r.stdout ?? ''}${r.stderr ?? ''}`
  if (r.status !== 0) {
    const tail = output.trim().split('\n').slice(-25).join('\n')
    throw new DeployError(`${what} failed (exit ${r.status ?? r.signal}):\n${tail}`, fix)
  }
  return output
}

/**
 * The staging folder for `env`: `fresh` when an up-to-date earlier build can be kept (`reuse`),
 * otherwise the work tree is copied in anew, with `appid` written into the staged
 * project.config.json, which miniprogram-ci reads.
 */
export function openStage(o: {
  root: string
  env: string
  appid: string
  stageDir?: string
  functions: FunctionSpec[]
  reuse?: boolean | 'always'
}): Stage & { fresh: boolean } {
  const dir = o.stageDir ?? defaultStageDir(o.env)
  const stage: Stage = {
    dir,
    dist: join(dir, 'dist'),
    functions: Object.fromEntries(o.functions.map((f) => [f.name, join(dir, '.upload', 'cloudfunctions', f.name)])),
  }
  // 'always' (tests of the upload steps): any complete build of this environment will do.
  if (o.reuse === 'always' && existsSync(join(dir, STAMP)) && JSON.parse(readFileSync(join(dir, STAMP), 'utf8')).env === o.env)
    return { ...stage, fresh: true }
  if (o.reuse && isFresh(o.root, dir, o.env)) return { ...stage, fresh: true }
  copyWorkTree(o.root, dir)
  const pc = JSON.parse(readFileSync(join(dir, 'project.config.json'), 'utf8'))
  writeFileSync(join(dir, 'project.config.json'), JSON.stringify({ ...pc, appid: o.appid }, null, 2))
  return { ...stage, fresh: false }
}

/** `APP_ENV=<env> taro build --type weapp` in the stage. */
export function buildWeapp(stage: Stage, env: string): void {
  run(
    stage.dir,
    'npx',
    ['taro', 'build', '--type', 'weapp'],
    { APP_ENV: env, NODE_ENV: 'production', TARO_ENV: 'weapp' },
    'taro build --type weapp',
    `fix the build error above (APP_ENV=${env} npx taro build --type weapp shows the same), then re-run the deploy`,
  )
  if (!existsSync(join(stage.dist, 'app.json')))
    throw new DeployError('taro build produced no dist/app.json', `run APP_ENV=${env} npx taro build --type weapp and read its output`)
}

/** `node scripts/build-cloud.mjs --env <env>` in the stage, then one upload folder per function. */
export function buildFunctions(stage: Stage, env: string): void {
  run(
    stage.dir,
    process.execPath,
    ['scripts/build-cloud.mjs', '--env', env, '--quiet'],
    {},
    'build-cloud',
    `fix the error above (node scripts/build-cloud.mjs --env ${env} shows the same), then re-run the deploy`,
  )
  for (const [name, out] of Object.entries(stage.functions)) {
    rmSync(out, { recursive: true, force: true })
    mkdirSync(out, { recursive: true })
    for (const file of ['index.js', 'package.json', 'config.json'])
      copyFileSync(join(stage.dir, 'cloudfunctions', name, file), join(out, file))
  }
}

/** Records that the stage holds a complete build of `env` (for `reuse`). */
export function markBuilt(stage: Stage, env: string): void {
  writeFileSync(join(stage.dir, STAMP), JSON.stringify({ env, builtAt: Date.now() }))
}

export interface FileSize {
  path: string
  size: number
}
export interface Package {
  name: string
  size: number
  files: FileSize[]
}

function filesUnder(dir: string, base = dir): FileSize[] {
  const out: FileSize[] = []
  for (const name of readdirSync(dir)) {
    const p = join(dir, name)
    if (statSync(p).isDirectory()) out.push(...filesUnder(p, base))
    else out.push({ path: p.slice(base.length + 1), size: statSync(p).size })
  }
  return out
}

/**
 * The mini-program's packages as WeChat counts them: the main package (everything outside the
 * subpackage roots of app.json) and each subpackage, without source maps.
 */
export function miniProgramPackages(dist: string): Package[] {
  const app = JSON.parse(readFileSync(join(dist, 'app.json'), 'utf8'))
  const roots: string[] = (app.subPackages ?? app.subpackages ?? []).map((p: { root: string }) => p.root.replace(/\/$/, ''))
  const packages: Package[] = [{ name: 'main', size: 0, files: [] }, ...roots.map((r) => ({ name: r, size: 0, files: [] as FileSize[] }))]
  for (const f of filesUnder(dist).filter((f) => !f.path.endsWith('.map'))) {
    const root = roots.find((r) => f.path === r || f.path.startsWith(`${r}/`))
    const p = packages.find((x) => x.name === (root ?? 'main'))!
    p.files.push(f)
    p.size += f.size
  }
  for (const p of packages) p.files.sort((a, b) => b.size - a.size)
  return packages
}

/** Each function's upload folder, file by file. */
export function functionPackages(stage: Stage): Package[] {
  return Object.entries(stage.functions).map(([name, dir]) => {
    const files = filesUnder(dir)
    return { name, files, size: files.reduce((a, f) => a + f.size, 0) }
  })
}
