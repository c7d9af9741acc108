/**
 * The only code that talks to WeChat and CloudBase: a thin adapter over WeChat's miniprogram-ci
 * (the mini-program version and the function code, signed with the upload key, as WeChat DevTools
 * does) and @cloudbase/manager-node (function creation with the runtime we need, timer triggers,
 * collections, indexes, security rules — CloudBase API key), plus wx-server-sdk for migrations
 * (the same database API the functions use). The modules are required lazily, by name, so the
 * tests can replace them with recording fakes.
 */
import type { Environment } from '../../config/environments'
import type { IndexSpec, Trigger } from './project'

/** Node.js runtime of new functions: miniprogram-ci alone would create them on Node 8.9. */
export const RUNTIME = 'Nodejs16.13'
/** Seconds; the timer's scan and the outbox delivery need more than the default 3. */
export const TIMEOUT = 20

export interface FunctionInfo {
  runtime: string
  timeout: number
  memorySize: number
  triggers: Trigger[]
}
/** Limits a function's config.json may set (the cloud console's 超时时间 and 内存). */
export interface FunctionLimits {
  timeout?: number
  memorySize?: number
}
export interface SafeRule {
  aclTag: string
  rule?: unknown
}

/** Everything a deploy does remotely. */
export interface CloudTarget {
  uploadMiniProgram(o: {
    version: string
    desc: string
    robot: number
    onProgress?: (s: string) => void
  }): Promise<{ subPackageInfo?: { name: string; size: number }[] }>
  functionInfo(name: string): Promise<FunctionInfo | null>
  createFunction(name: string, uploadRoot: string, limits: FunctionLimits): Promise<void>
  updateLimits(name: string, limits: FunctionLimits): Promise<void>
  uploadFunction(name: string, dir: string): Promise<{ filesCount: number; packSize: number }>
  createTrigger(name: string, trigger: Trigger): Promise<void>
  deleteTrigger(name: string, triggerName: string): Promise<void>
  /** @returns true when the collection was created, false when it existed. */
  createCollection(name: string): Promise<boolean>
  indexes(collection: string): Promise<IndexSpec[]>
  createIndex(collection: string, index: IndexSpec): Promise<void>
  rule(collection: string): Promise<SafeRule>
  setRule(collection: string, rule: unknown): Promise<void>
  /** The environment's database as wx-server-sdk gives it to the functions. */
  database(): any
}

export interface Credentials {
  privateKey?: { path?: string; text?: string }
  cloudbase?: { secretId: string; secretKey: string }
}

const notFound = (e: any) => String(e?.code ?? '').startsWith('ResourceNotFound') || /not ?found|不存在/i.test(String(e?.message ?? ''))

/** A timer trigger's cron as SCF reports it (`{"cron": "…"}` or the bare expression). */
function cronOf(desc: unknown): string {
  try {
    const parsed = JSON.parse(String(desc))
    if (parsed && typeof parsed === 'object' && 'cron' in parsed) return String(parsed.cron)
  } catch {
    // a bare cron expression
  }
  return String(desc)
}

/**
 * The real target for one environment; `projectPath` is the staged root holding
 * project.config.json (miniprogramRoot dist/).
 */
export function createCloudTarget(env: Environment, projectPath: string, creds: Credentials): CloudTarget {
  let project: any
  let manager: any
  let db: any
  const ci = () => require('miniprogram-ci')
  const ciProject = () => {
    if (!creds.privateKey) throw new Error('no upload key')
    project ??= new (ci().Project)({
      appid: env.appid,
      type: 'miniProgram',
      projectPath,
      ...(creds.privateKey.path ? { privateKeyPath: creds.privateKey.path } : { privateKey: creds.privateKey.text }),
      ignores: ['node_modules/**/*', 'cloudfunctions/**/*', '.upload/**/*'],
    })
    return project
  }
  const cb = () => {
    if (!creds.cloudbase) throw new Error('no CloudBase API key')
    const CloudBase = require('@cloudbase/manager-node')
    manager ??= new CloudBase({ ...creds.cloudbase, envId: env.cloudEnv })
    return manager
  }
  const tcb = (Action: string, Param: Record<string, unknown>) =>
    cb()
      .commonService('tcb', '2018-06-08')
      .call({ Action, Param: { EnvId: env.cloudEnv, ...Param } })

  return {
    async uploadMiniProgram({ version, desc, robot, onProgress }) {
      const s = require('node:fs').readFileSync(require('node:path').join(projectPath, 'project.config.json'), 'utf8')
      const setting = JSON.parse(s).setting ?? {}
      // Taro has compiled and minified already; WeChat should pack the files as they are.
      return ci().upload({
        project: ciProject(),
        version,
        desc,
        robot,
        setting: {
          es6: Boolean(setting.es6),
          es7: false,
          minify: false,
          autoPrefixWXSS: Boolean(setting.postcss),
          uploadWithSourceMap: setting.uploadWithSourceMap !== false,
        },
        onProgressUpdate: (t: unknown) => onProgress?.(typeof t === 'string' ? t : String((t as any)?._msg ?? (t as any)?.message ?? '')),
      })
    },
    async functionInfo(name) {
      try {
        const d = await cb().functions.getFunctionDetail(name)
        const triggers = (d.Triggers ?? []).map((t: any) => ({ name: t.TriggerName, type: t.Type, config: cronOf(t.TriggerDesc) }))
        return { runtime: String(d.Runtime ?? ''), timeout: Number(d.Timeout ?? 0), memorySize: Number(d.MemorySize ?? 0), triggers }
      } catch (e) {
        if (notFound(e)) return null
        throw e
      }
    },
    async createFunction(name, uploadRoot, limits) {
      await cb().functions.createFunction({
        func: {
          name,
          runtime: RUNTIME,
          handler: 'index.main',
          timeout: limits.timeout ?? TIMEOUT,
          ...(limits.memorySize ? { memorySize: limits.memorySize } : {}),
          installDependency: true,
          isWaitInstall: true,
        },
        functionRootPath: uploadRoot,
        force: false,
      })
    },
    async updateLimits(name, limits) {
      await cb().functions.updateFunctionConfig({ name, ...limits })
    },
    async uploadFunction(name, dir) {
      // WeChat's own upload (as DevTools' "上传并部署：云端安装依赖"): the folder with its config.json.
      return ci().cloud.uploadFunction({ project: ciProject(), env: env.cloudEnv, name, path: dir, remoteNpmInstall: true })
    },
    async createTrigger(name, trigger) {
      await cb().functions.createFunctionTriggers(name, [trigger])
    },
    async deleteTrigger(name, triggerName) {
      await cb().functions.deleteFunctionTrigger(name, triggerName)
    },
    async createCollection(name) {
      const r = await cb().database.createCollectionIfNotExists(name)
      return Boolean(r?.IsCreated)
    },
    async indexes(collection) {
      const r = await cb().database.describeCollection(collection)
      return (r?.Indexes ?? []).map((i: any) => ({
        name: i.Name,
        unique: Boolean(i.Unique),
        keys: Object.fromEntries((i.Keys ?? []).map((k: any) => [k.Name, Number(k.Direction) < 0 ? -1 : 1])),
      }))
    },
    async createIndex(collection, index) {
      await cb().database.updateCollection(collection, {
        CreateIndexes: [
          {
            IndexName: index.name,
            MgoKeySchema: {
              MgoIsUnique: Boolean(index.unique),
              MgoIndexKeys: Object.entries(index.keys).map(([Name, d]) => ({ Name, Direction: String(d) })),
            },
          },
        ],
      })
    },
    async rule(collection) {
      const r = await tcb('DescribeSafeRule', { CollectionName: collection })
      let rule: unknown
      try {
        rule = r?.Rule ? JSON.parse(r.Rule) : undefined
      } catch {
        rule = r?.Rule
      }
      return { aclTag: String(r?.AclTag ?? ''), rule }
    },
    async setRule(collection, rule) {
      // JSON booleans: the cloud does not accept the string "false".
      await tcb('ModifySafeRule', { CollectionName: collection, AclTag: 'CUSTOM', Rule: JSON.stringify(rule) })
    },
    database() {
      if (!db) {
        if (!creds.cloudbase) throw new Error('no CloudBase API key')
        const cloud = require('wx-server-sdk')
        cloud.init({ env: env.cloudEnv, secretId: creds.cloudbase.secretId, secretKey: creds.cloudbase.secretKey })
        db = cloud.database()
      }
      return db
    },
  }
}
