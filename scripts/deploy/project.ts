/**
 * What a deploy is made of, read from the repository without touching the network: the
 * environment entry (validated), the database spec, the cloud functions with their config.json,
 * the migrations, the version and description, and where the secrets are.
 */
import { execFileSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { homedir } from 'node:os'
import { join, resolve } from 'node:path'
import { examplesIn, problemsOf, type Environment } from '../../config/environments'

export interface IndexSpec {
  name: string
  keys: Record<string, 1 | -1>
  unique?: boolean
}
export interface CollectionSpec {
  name: string
  rule: string
  indexes: IndexSpec[]
}
export interface DatabaseSpec {
  schemaVersion: number
  rules: Record<string, { read: unknown; write: unknown }>
  collections: CollectionSpec[]
}
export interface Trigger {
  name: string
  type: string
  config: string
}
export interface FunctionSpec {
  name: string
  /** Source folder (cloudfunctions/<name>/). */
  dir: string
  config: { permissions?: { openapi?: string[] }; triggers?: Trigger[]; timeout?: number; memorySize?: number }
  dependencies: Record<string, string>
}
export interface Migration {
  version: number
  name: string
  file: string
}

export interface Project {
  root: string
  env: Environment
  /** `name.key` paths still holding the shipped example values (config/environments.json). */
  examples: string[]
  database: DatabaseSpec
  functions: FunctionSpec[]
  migrations: Migration[]
  version: string
  description: string
  /** Uncommitted changes in the work tree (the deploy is then not reproducible from a tag). */
  dirty: boolean
}

const readJson = (file: string) => JSON.parse(readFileSync(file, 'utf8'))

/** Thrown for anything the person deploying must fix; `fix` says what to do. */
export class DeployError extends Error {
  constructor(
    message: string,
    readonly fix: string,
  ) {
    super(message)
  }
}

/**
 * Reads and validates everything the deploy of environment `name` needs from `root`
 * (`envs`: config/environments.json, unless given).
 * @throws DeployError naming the file and key to edit.
 */
export function loadProject(
  root: string,
  name: string,
  envs: Record<string, unknown> = readJson(join(root, 'config/environments.json')),
): Project {
  if (name === 'local')
    throw new DeployError(
      '"local" is the emulator on this machine, not a cloud environment',
      'deploy to development, trial or production: npm run deploy -- --env production',
    )
  const problems = problemsOf(name, envs[name])
  if (problems.length) {
    throw new DeployError(
      `config/environments.json: ${problems.join('; ')}`,
      `edit the "${name}" entry of config/environments.json (docs/DEPLOY.md, "Configure the environment")`,
    )
  }
  const env = { ...(envs[name] as Omit<Environment, 'name'>), name }
  const database = readJson(join(root, 'config/database.json')) as DatabaseSpec
  for (const c of database.collections) {
    if (!database.rules?.[c.rule])
      throw new DeployError(
        `config/database.json: collection ${c.name} names rule "${c.rule}", which "rules" does not define`,
        'add the rule to "rules" in config/database.json or correct the collection\'s "rule"',
      )
  }
  const migrations = listMigrations(join(root, 'migrations'))
  const newest = migrations.at(-1)?.version ?? 0
  if (newest !== database.schemaVersion) {
    throw new DeployError(
      `config/database.json has schemaVersion ${database.schemaVersion} but the newest migration is ${newest}`,
      'set "schemaVersion" in config/database.json to the number of the newest file in migrations/',
    )
  }
  return {
    root,
    env,
    examples: examplesIn(name, envs[name]),
    database,
    migrations,
    functions: listFunctions(join(root, 'cloudfunctions')),
    version: String(readJson(join(root, 'package.json')).version),
    ...gitState(root),
  }
}

/** Every deployable function: a folder of cloudfunctions/ with index.ts, config.json and package.json. */
export function listFunctions(dir: string): FunctionSpec[] {
  return readdirSync(dir)
    .filter((n) => existsSync(join(dir, n, 'index.ts')))
    .sort()
    .map((name) => {
      const fdir = join(dir, name)
      const missing = ['config.json', 'package.json'].filter((f) => !existsSync(join(fdir, f)))
      if (missing.length)
        throw new DeployError(
          `cloudfunctions/${name} has no ${missing.join(' or ')}`,
          `add ${missing.join(' and ')} to cloudfunctions/${name} (see cloudfunctions/complaint)`,
        )
      const pkg = readJson(join(fdir, 'package.json'))
      return { name, dir: fdir, config: readJson(join(fdir, 'config.json')), dependencies: pkg.dependencies ?? {} }
    })
}

/** migrations/NNN-name.mjs in version order; gaps and duplicates are errors (order must be certain). */
export function listMigrations(dir: string): Migration[] {
  if (!existsSync(dir)) return []
  const list = readdirSync(dir)
    .filter((f) => /^\d{3}-[a-z0-9-]+\.mjs$/.test(f))
    .map((f) => ({ version: Number(f.slice(0, 3)), name: f.slice(4, -4), file: join(dir, f) }))
    .sort((a, b) => a.version - b.version)
  list.forEach((m, i) => {
    if (m.version !== i + 1)
      throw new DeployError(
        `migrations/: expected version ${String(i + 1).padStart(3, '0')}, found ${m.file}`,
        'number migrations 001, 002, … without gaps or repeats',
      )
  })
  return list
}

/** Version description for the WeChat admin console: the commit it was built from. */
function gitState(root: string): { description: string; dirty: boolean } {
  const git = (...args: string[]) => execFileSync('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim()
  try {
    const dirty = git('status', '--porcelain').length > 0
    // WeChat shows it in the version list to the office's staff: short, whole, in Chinese (the
    // commit message is for developers; --desc sets a description of one's own).
    const [sha, date] = git('log', '-1', '--format=%h %cs').split(' ')
    return { description: `提交 ${sha}（${date}）${dirty ? '，含未提交的修改' : ''}`, dirty }
  } catch {
    return { description: '未在 git 中构建', dirty: true }
  }
}

export interface Secrets {
  /** The mini-program upload private key: a file path, or its text from an environment variable. */
  privateKey?: { path?: string; text?: string; from: string }
  /** A CloudBase (Tencent Cloud) API key of the account that owns the cloud environment. */
  cloudbase?: { secretId: string; secretKey: string; from: string }
}

/**
 * Finds the secrets without ever reading them from the repository's tracked files. In order:
 * flags, environment variables, then the default files under ./secrets/ (git-ignored) or
 * ~/.config/property-complaints/.
 */
export function findSecrets(
  root: string,
  env: Environment,
  flags: { privateKey?: string; credentials?: string },
  vars: NodeJS.ProcessEnv = process.env,
): Secrets {
  const out: Secrets = {}
  const dirs = [join(root, 'secrets'), join(homedir(), '.config', 'property-complaints')]
  const keyPath = flags.privateKey ?? vars.WX_PRIVATE_KEY_PATH ?? dirs.map((d) => join(d, `private.${env.appid}.key`)).find(existsSync)
  if (keyPath)
    out.privateKey = {
      path: resolve(keyPath),
      from: flags.privateKey ? '--private-key' : vars.WX_PRIVATE_KEY_PATH ? 'WX_PRIVATE_KEY_PATH' : keyPath,
    }
  else if (vars.WX_PRIVATE_KEY) out.privateKey = { text: vars.WX_PRIVATE_KEY, from: 'WX_PRIVATE_KEY' }
  const id = vars.TCB_SECRET_ID ?? vars.TENCENTCLOUD_SECRETID
  const key = vars.TCB_SECRET_KEY ?? vars.TENCENTCLOUD_SECRETKEY
  const credPath = flags.credentials ?? dirs.map((d) => join(d, `cloudbase.${env.name}.json`)).find(existsSync)
  if (id && key)
    out.cloudbase = {
      secretId: id,
      secretKey: key,
      from: vars.TCB_SECRET_ID ? 'TCB_SECRET_ID / TCB_SECRET_KEY' : 'TENCENTCLOUD_SECRETID / TENCENTCLOUD_SECRETKEY',
    }
  else if (credPath) {
    const c = readJson(credPath)
    if (!c.secretId || !c.secretKey)
      throw new DeployError(
        `${credPath} must hold {"secretId": "…", "secretKey": "…"}`,
        'copy the API key from the Tencent Cloud console (访问管理 → API 密钥管理) into that file',
      )
    out.cloudbase = { secretId: c.secretId, secretKey: c.secretKey, from: credPath }
  }
  return out
}

/** What is missing among the secrets, each with where to get it (empty when both are there). */
export function missingSecrets(env: Environment, s: Secrets): string[] {
  const out: string[] = []
  if (s.privateKey?.path && !existsSync(s.privateKey.path)) out.push(`upload key ${s.privateKey.path} does not exist`)
  if (!s.privateKey)
    out.push(
      `the upload key: put it at secrets/private.${env.appid}.key, or pass --private-key <file>, or set WX_PRIVATE_KEY_PATH (WeChat admin console → 开发管理 → 开发设置 → 小程序代码上传 → 生成密钥)`,
    )
  if (!s.cloudbase)
    out.push(
      `a CloudBase API key: set TCB_SECRET_ID and TCB_SECRET_KEY, or write secrets/cloudbase.${env.name}.json (docs/DEPLOY.md, "CloudBase API key")`,
    )
  return out
}
