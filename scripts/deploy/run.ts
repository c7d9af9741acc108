/**
 * `npm run deploy`: seven steps, each announced as `[n/7] …`. Steps 1–3 need no network (check,
 * build the weapp, build the functions); with --dry-run the deploy then prints the plan of steps
 * 4–7 and stops. A failed step names what to fix; every step can simply be run again.
 */
import { createCloudTarget, type CloudTarget, type Credentials } from './adapter'
import { applyDatabase } from './database'
import { deployFunction } from './functions'
import { runMigrations } from './migrations'
import type { DeployOptions } from './options'
import { kb, planLines } from './plan'
import { DeployError, findSecrets, loadProject, missingSecrets, type Project } from './project'
import {
  buildFunctions,
  buildWeapp,
  defaultStageDir,
  functionPackages,
  lockStage,
  markBuilt,
  miniProgramPackages,
  openStage,
  type Stage,
} from './stage'

const TOTAL = 7
export type Out = (line: string) => void
export type TargetFactory = (project: Project, stage: Stage, creds: Credentials) => CloudTarget

/** What to do about a failure, from the error's code or message (the tools' own words vary). */
export function hintFor(e: unknown, project?: Project): string {
  if (e instanceof DeployError) return e.fix
  const text = `${(e as any)?.code ?? ''} ${(e as any)?.message ?? e}`
  const env = project?.env
  const file = 'config/environments.json'
  if (/AuthFailure|SecretId|SecretKey|signature/i.test(text))
    return 'check the CloudBase API key (TCB_SECRET_ID / TCB_SECRET_KEY): it must belong to the Tencent Cloud account that owns the environment (docs/DEPLOY.md, "CloudBase API key")'
  if (/white ?list|白名单|invalid ip|\bip\b/i.test(text))
    return "add this machine's public IP to the upload key's IP whitelist (WeChat admin console → 开发管理 → 开发设置 → 小程序代码上传), or turn the whitelist off while deploying"
  if (/private ?key|密钥|-10008|invalid signature/i.test(text))
    return `the upload key does not match AppID ${env?.appid ?? ''}: download it again (开发管理 → 开发设置 → 小程序代码上传 → 生成密钥) and pass it with --private-key`
  if (/env(ironment)? not found|ResourceNotFound\.Env|InvalidParameter\.EnvId|环境不存在/i.test(text))
    return `set ${env?.name ?? '<env>'}.cloudEnv in ${file} to the id shown in WeChat DevTools → 云开发 → 设置 → 环境 ID`
  if (/appid/i.test(text)) return `check ${env?.name ?? '<env>'}.appid in ${file} (WeChat admin console → 开发管理 → 开发设置 → AppID)`
  if (/ETIMEDOUT|ECONNRESET|ENOTFOUND|EAI_AGAIN|socket hang up|network/i.test(text))
    return "the network failed: check this machine's connection (and a proxy, if you use one), then run the same command again"
  return 'read the message above and docs/DEPLOY.md ("When a step fails")'
}

class StepFailed extends Error {}

export interface DeployIo {
  out?: Out
  /** Builds the remote side: the real adapter unless a test passes another. */
  target?: TargetFactory
  /** Instead of config/environments.json (tests). */
  environments?: Record<string, unknown>
  /** Where secrets are looked up (process.env by default). */
  vars?: NodeJS.ProcessEnv
}

/** Runs the deploy. @returns the process exit code (0 done, 1 a step failed). */
export async function deploy(root: string, o: DeployOptions, io: DeployIo = {}): Promise<number> {
  const out = io.out ?? console.log
  const target = io.target ?? ((p, s, c) => createCloudTarget(p.env, s.dir, c))
  let n = 0
  let project: Project | undefined
  // `again`: another item of the same step (one line per cloud function, all numbered 6/7).
  const step = async <T>(title: string, fn: () => Promise<T> | T, again = false): Promise<T> => {
    if (!again) n++
    out(`[${n}/${TOTAL}] ${title} …`)
    try {
      return await fn()
    } catch (e) {
      out(`[${n}/${TOTAL}] FAILED: ${title}`)
      out(
        `      ${String((e as Error)?.message ?? e)
          .split('\n')
          .join('\n      ')}`,
      )
      out(`      Fix: ${hintFor(e, project)}`)
      out(`      Then run the same command again: every step is safe to repeat (what exists in the cloud is kept).`)
      throw new StepFailed()
    }
  }
  const note = (s: string) => out(`      ${s}`)
  const t0 = Date.now()
  let release = () => undefined as void
  try {
    let creds: Credentials = {}
    project = await step(`Checking configuration for ${o.env}`, () => {
      const loaded = loadProject(root, o.env, io.environments)
      const p = o.desc ? { ...loaded, description: o.desc } : loaded
      note(`AppID ${p.env.appid}, cloud environment ${p.env.cloudEnv}, miniprogramState ${p.env.miniprogramState}, version ${p.version}`)
      note(
        `templates: ${Object.entries(p.env.templates)
          .map(([k, v]) => `${k}=${v}`)
          .join(', ')}`,
      )
      if (p.examples.length) {
        const what = `config/environments.json still holds the shipped example values at ${p.examples.join(', ')}`
        if (!o.dryRun)
          throw new DeployError(
            what,
            `replace them with your own (docs/DEPLOY.md, "Configure the environment"); --dry-run works with the examples`,
          )
        note(`WARNING: ${what}: a real deploy refuses them`)
      }
      const secrets = findSecrets(root, p.env, o, io.vars)
      const missing = missingSecrets(p.env, secrets)
      if (missing.length && !o.dryRun)
        throw new DeployError(
          `missing ${missing.join('; ')}`,
          'provide the secrets as described (docs/DEPLOY.md, "Secrets"); they are never committed',
        )
      for (const m of missing) note(`WARNING: missing ${m}`)
      if (secrets.privateKey) note(`upload key from ${secrets.privateKey.from}`)
      if (secrets.cloudbase) note(`CloudBase API key from ${secrets.cloudbase.from}`)
      if (p.dirty)
        note(
          'WARNING: the work tree has uncommitted changes: commit and tag what you deploy, so it can be deployed again (docs/DEPLOY.md, "Roll back")',
        )
      creds = { privateKey: secrets.privateKey, cloudbase: secrets.cloudbase }
      return p
    })
    // Two deploys (or test runs) of one environment must not build in, or upload from, one folder at once.
    release = lockStage(o.stageDir ?? defaultStageDir(o.env))
    const stage = openStage({
      root,
      env: o.env,
      appid: project.env.appid,
      stageDir: o.stageDir,
      functions: project.functions,
      reuse: o.reuseBuild,
    })
    await step(`Building the mini-program (APP_ENV=${o.env} taro build --type weapp) in ${stage.dir}`, () => {
      if (stage.fresh) return note('kept the earlier build: no source changed since')
      const t = Date.now()
      buildWeapp(stage, o.env)
      const mini = miniProgramPackages(stage.dist)
      note(
        `built in ${((Date.now() - t) / 1000).toFixed(1)} s: ${mini.map((p) => `${p.name === 'main' ? 'main package' : p.name} ${kb(p.size)}`).join(', ')}`,
      )
    })
    await step(`Building the cloud functions (node scripts/build-cloud.mjs --env ${o.env})`, () => {
      if (!stage.fresh) buildFunctions(stage, o.env)
      markBuilt(stage, o.env)
      for (const p of functionPackages(stage)) note(`${p.name}: ${p.files.map((f) => `${f.path} ${kb(f.size)}`).join(', ')}`)
    })
    if (o.dryRun) {
      out('')
      out(`Plan (dry run: nothing below was done):`)
      for (const l of planLines(project, miniProgramPackages(stage.dist), functionPackages(stage), o.robot)) out(l)
      out('')
      out(`Dry run finished in ${((Date.now() - t0) / 1000).toFixed(1)} s. Nothing was uploaded; the build is in ${stage.dir}.`)
      return 0
    }
    const cloud = target(project, stage, creds)
    const p = project
    await step(`Creating collections, indexes and security rules in ${p.env.cloudEnv}`, async () => {
      const r = await applyDatabase(cloud, p.database, note)
      note(
        `${p.database.collections.length} collections: ${r.created.length} created, ${r.indexesCreated.length} indexes created, ${r.rulesSet.length} rules set, ${r.unchanged} already as declared`,
      )
      for (const x of r.notes) note(`note: ${x}`)
    })
    await step(`Running database migrations (schemaVersion ${p.database.schemaVersion})`, async () => {
      const done = await runMigrations(cloud.database(), p.migrations, { env: p.env.name, log: note })
      if (!done.length) note('all migrations were applied before')
    })
    for (const [i, fn] of p.functions.entries()) {
      await step(
        `Uploading cloud function ${fn.name}`,
        () => deployFunction(cloud, fn, stage.functions[fn.name], `${stage.dir}/.upload/cloudfunctions`, note),
        i > 0,
      )
    }
    await step(`Uploading mini-program version ${p.version} (robot ${o.robot})`, async () => {
      const r = await cloud.uploadMiniProgram({ version: p.version, desc: p.description, robot: o.robot })
      for (const s of r.subPackageInfo ?? [])
        note(`${s.name === '__FULL__' ? 'total' : s.name === '__APP__' ? 'main package' : s.name}: ${kb(s.size)}`)
    })
    out('')
    out(`Deployed ${p.env.name} in ${((Date.now() - t0) / 1000).toFixed(1)} s.`)
    out(
      `Next: WeChat admin console → 版本管理: version ${p.version} (robot ${o.robot}) is the development version; make it the trial version (选为体验版) to try it, then submit it for review (提交审核) and release it (发布). docs/DEPLOY.md, "Verify".`,
    )
    return 0
  } catch (e) {
    if (e instanceof StepFailed) return 1
    throw e
  } finally {
    release()
  }
}
