/** Command-line options of `npm run deploy`. */
export interface DeployOptions {
  env: string
  dryRun: boolean
  robot: number
  privateKey?: string
  credentials?: string
  stageDir?: string
  /** The version's description in the WeChat admin console (default: the commit and its date). */
  desc?: string
  /** Keep an earlier build of the same environment when no source changed since; 'always': keep any (tests). */
  reuseBuild: boolean | 'always'
}

export const USAGE = `Usage: npm run deploy -- --env <development|trial|production> [options]

  --dry-run             build and print the plan; upload nothing (no network, no secrets needed)
  --robot <1-30>        miniprogram-ci robot number shown as the uploader (default 1)
  --private-key <file>  the mini-program upload key (default: secrets/private.<appid>.key, or WX_PRIVATE_KEY_PATH / WX_PRIVATE_KEY)
  --credentials <file>  CloudBase API key as {"secretId","secretKey"} (default: TCB_SECRET_ID / TCB_SECRET_KEY, or secrets/cloudbase.<env>.json)
  --desc <text>         the version's description in the WeChat admin console (default: 提交 <commit>（<date>）)
  --stage <dir>         where the build to upload is made (default: <tmp>/property-complaints-deploy/<env>)
  --reuse-build         keep the staged build if no source file changed since it was made

Every step can be re-run: what exists in the cloud is kept. See docs/DEPLOY.md.`

/**
 * Parses argv (after `--`).
 * @throws Error with the usage when an option is unknown or a value is missing.
 */
export function parseOptions(argv: string[]): DeployOptions | 'help' {
  const o: DeployOptions = { env: '', dryRun: false, robot: 1, reuseBuild: false }
  const value = (i: number) => {
    const v = argv[i + 1]
    if (!v || v.startsWith('--')) throw new Error(`${argv[i]} needs a value\n\n${USAGE}`)
    return v
  }
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]
    if (a === '--help' || a === '-h') return 'help'
    else if (a === '--dry-run') o.dryRun = true
    else if (a === '--reuse-build') o.reuseBuild = true
    else if (a === '--env') o.env = value(i++)
    else if (a === '--robot') o.robot = Number(value(i++))
    else if (a === '--private-key') o.privateKey = value(i++)
    else if (a === '--credentials') o.credentials = value(i++)
    else if (a === '--stage') o.stageDir = value(i++)
    else if (a === '--desc') o.desc = value(i++).slice(0, 100)
    else throw new Error(`unknown option ${a}\n\n${USAGE}`)
  }
  if (!o.env) throw new Error(`--env is required\n\n${USAGE}`)
  if (!Number.isInteger(o.robot) || o.robot < 1 || o.robot > 30) throw new Error('--robot must be a number from 1 to 30')
  return o
}
