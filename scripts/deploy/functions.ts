/**
 * One cloud function, deployed idempotently: created on a current Node.js runtime if it does not
 * exist, its timeout and memory set from config.json when they differ, its code uploaded with its
 * config.json, its timer trigger made to match config.json (an existing trigger with the same name
 * and schedule is kept; a different one is replaced; one config.json no longer names is removed —
 * e.g. the export purge that moved from `report` to the `export` function).
 */
import { TIMEOUT, type CloudTarget, type FunctionLimits } from './adapter'
import { DeployError, type FunctionSpec } from './project'

/** Runtimes too old for the bundle (esbuild target node16) and for wx-server-sdk 4. */
const TOO_OLD = /^Nodejs(8|10|12|14)\b/

export interface FunctionReport {
  name: string
  created: boolean
  packSize: number
  triggers: string[]
}

/**
 * Deploys `fn` from its upload folder `dir` (index.js, package.json, config.json).
 * @throws DeployError when the existing function's runtime cannot run the bundle.
 */
export async function deployFunction(
  cloud: CloudTarget,
  fn: FunctionSpec,
  dir: string,
  uploadRoot: string,
  log: (s: string) => void,
): Promise<FunctionReport> {
  const report: FunctionReport = { name: fn.name, created: false, packSize: 0, triggers: [] }
  const limits: FunctionLimits = {
    timeout: fn.config.timeout ?? TIMEOUT,
    ...(fn.config.memorySize ? { memorySize: fn.config.memorySize } : {}),
  }
  let info = await cloud.functionInfo(fn.name)
  if (!info) {
    await cloud.createFunction(fn.name, uploadRoot, limits)
    report.created = true
    log(`created function ${fn.name}`)
    info = await cloud.functionInfo(fn.name)
  } else if (TOO_OLD.test(info.runtime)) {
    throw new DeployError(
      `function ${fn.name} exists with runtime ${info.runtime}, too old for the bundle (Node.js 16 or newer)`,
      `delete ${fn.name} in the cloud console (云开发 → 云函数) and re-run the deploy: it is created again on a current runtime`,
    )
  }
  if (info && !report.created && (info.timeout !== limits.timeout || (limits.memorySize && info.memorySize !== limits.memorySize))) {
    await cloud.updateLimits(fn.name, limits)
    log(
      `${fn.name}: timeout ${info.timeout} → ${limits.timeout} s${limits.memorySize ? `, memory ${info.memorySize} → ${limits.memorySize} MB` : ''}`,
    )
  }
  const up = await cloud.uploadFunction(fn.name, dir)
  report.packSize = up.packSize
  log(
    `uploaded ${fn.name}: ${up.filesCount} files, ${(up.packSize / 1024).toFixed(1)} KB zipped; dependencies installed in the cloud (${Object.keys(fn.dependencies).join(', ')})`,
  )
  for (const want of fn.config.triggers ?? []) {
    const have = info?.triggers.find((t) => t.name === want.name)
    if (have && have.type === want.type && have.config === want.config) continue
    if (have) {
      await cloud.deleteTrigger(fn.name, want.name)
      log(`removed trigger ${want.name} (${have.config})`)
    }
    await cloud.createTrigger(fn.name, want)
    report.triggers.push(want.name)
    log(`${want.type} trigger ${want.name}: ${want.config}`)
  }
  for (const stale of info?.triggers ?? []) {
    if ((fn.config.triggers ?? []).some((t) => t.name === stale.name)) continue
    await cloud.deleteTrigger(fn.name, stale.name)
    log(`removed trigger ${stale.name} (${stale.config}): config.json no longer names it`)
  }
  return report
}
