/**
 * Production hygiene, checked on what `npm run deploy -- --env production` uploads (the staged
 * build made by global-setup.ts): no emulator code or dev login in the mini-program or in any
 * function bundle, no direct database access from the mini-program, self-contained function
 * bundles (only the dependencies a function declares, installed by the cloud, stay outside), the
 * emergency alerts' secrets only in the alert function's environment (issue 14), complete
 * subscription-message configuration for every environment.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs'
import { builtinModules } from 'node:module'
import { join } from 'node:path'
import { functionPackages, miniProgramPackages, type Stage } from '../../scripts/deploy/stage'
import { listFunctions } from '../../scripts/deploy/project'
import { examplesIn, problemsOf, TEMPLATE_NAMES, TEMPLATES } from '../../config/environments'

const root = join(__dirname, '../..')
const stageDir = process.env.DEPLOY_TEST_STAGE ?? ''
const fns = listFunctions(join(root, 'cloudfunctions'))
const stage: Stage = {
  dir: stageDir,
  dist: join(stageDir, 'dist'),
  functions: Object.fromEntries(fns.map((f) => [f.name, join(stageDir, '.upload/cloudfunctions', f.name)])),
}
const environments = JSON.parse(readFileSync(join(root, 'config/environments.json'), 'utf8'))
/** Size limits in KB (docs/DEPLOY.md, Sizes): what build:cloud and build:weapp fail above. */
const LIMITS = JSON.parse(readFileSync(join(root, 'config/size-limits.json'), 'utf8'))
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`
const messages = JSON.parse(readFileSync(join(root, 'config/messages.json'), 'utf8'))

/** Marks of code that must never reach production: the emulator, its demo accounts, dev login, local-only libraries. */
const FORBIDDEN: [string, RegExp][] = [
  ['emulator hook', /__emu/],
  ['demo account', /demo-(resident|agent|manager|stranger|[a-z]+-handler|[a-z]+-supervisor)/],
  ['emulator path', /emulator\//],
  ['better-sqlite3', /better-sqlite3/],
  ['mingo', /\bmingo\b/],
  ['dev login', /dev-?login|devLogin|\/__dev\b/i],
  ['emulator HTTP transport', /\/functions\/complaint|127\.0\.0\.1:8787|localhost:8787/],
]

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? filesUnder(join(dir, n)) : [join(dir, n)]))
}
const hits = (files: string[]) =>
  files.flatMap((f) => {
    const text = readFileSync(f, 'utf8')
    return FORBIDDEN.filter(([, re]) => re.test(text)).map(
      ([what, re]) => `${f.slice(stageDir.length + 1)}: ${what} (${text.match(re)![0]})`,
    )
  })

describe('the mini-program build for production (dist/)', () => {
  const built = () => {
    if (process.env.DEPLOY_TEST_WEAPP_ERROR) throw new Error(`the weapp build failed: ${process.env.DEPLOY_TEST_WEAPP_ERROR}`)
    return filesUnder(stage.dist).filter((f) => /\.(js|json|wxml|wxss|wxs)$/.test(f))
  }

  it('was built for production', () => {
    const text = built()
      .map((f) => readFileSync(f, 'utf8'))
      .join('\n')
    expect(text).toContain(environments.production.cloudEnv)
  })

  it('holds no emulator code and no dev login', () => {
    expect(hits(built())).toEqual([])
  })

  it('never calls the cloud database directly', () => {
    const direct = built().filter((f) => /cloud\s*\.\s*database\s*\(|cloud\s*\[\s*["']database["']\s*\]/.test(readFileSync(f, 'utf8')))
    expect(direct.map((f) => f.slice(stageDir.length + 1))).toEqual([])
  })

  it('keeps the main package within its 500 KB and every subpackage within 1 MB (sizes printed)', () => {
    built()
    const packages = miniProgramPackages(stage.dist)
    console.log(packages.map((p) => `${p.name}: ${kb(p.size)}, ${p.files.length} files`).join('\n'))
    const limit = (name: string) => (name === 'main' ? LIMITS.miniProgram.main : LIMITS.miniProgram.subpackage) * 1024
    const over = packages.filter((p) => p.size > limit(p.name)).map((p) => `${p.name} ${kb(p.size)} > ${kb(limit(p.name))}`)
    expect(over).toEqual([])
  })
})

describe('the cloud function bundles for production', () => {
  const bundles = () => {
    if (process.env.DEPLOY_TEST_CLOUD_ERROR) throw new Error(`the function build failed: ${process.env.DEPLOY_TEST_CLOUD_ERROR}`)
    return functionPackages(stage)
  }
  const builtins = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)])
  const declared = (name: string): string[] => Object.keys(fns.find((f) => f.name === name)!.dependencies)
  const rootPackage = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'))

  it.each(fns.map((f) => f.name))('%s uploads exactly index.js, package.json and config.json (size printed)', (name) => {
    const p = bundles().find((b) => b.name === name)!
    expect(p.files.map((f) => f.path).sort()).toEqual(['config.json', 'index.js', 'package.json'])
    console.log(`${name}: ${p.files.map((f) => `${f.path} ${kb(f.size)}`).join(', ')}`)
  })

  it.each(fns.map((f) => f.name))('%s keeps its index.js within its size limit (a big bundle is a slow cold start)', (name) => {
    const index = bundles()
      .find((b) => b.name === name)!
      .files.find((f) => f.path === 'index.js')!
    const limit = (LIMITS.functions[name] ?? LIMITS.functionDefault) * 1024
    expect(index.size).toBeLessThanOrEqual(limit)
  })

  it.each(fns.map((f) => f.name))('%s is self-contained: requires only its declared dependencies and Node built-ins', (name) => {
    bundles()
    const code = readFileSync(join(stage.functions[name], 'index.js'), 'utf8')
    const required = [...code.matchAll(/\brequire\(\s*["'`]([^"'`]+)["'`]\s*\)/g)].map((m) => m[1])
    const ok = (r: string) => builtins.has(r) || declared(name).some((d) => r === d || r.startsWith(`${d}/`))
    expect(required.filter((r) => !ok(r))).toEqual([])
    // Every declared dependency besides wx-server-sdk is used, and the emulator runs the same version.
    for (const d of declared(name).filter((x) => x !== 'wx-server-sdk')) {
      expect(required.some((r) => r === d || r.startsWith(`${d}/`))).toBe(true)
      expect(`${d}@${rootPackage.dependencies[d]}`).toBe(`${d}@${fns.find((f) => f.name === name)!.dependencies[d]}`)
    }
    expect(code).not.toMatch(/\brequire\(\s*[a-zA-Z_$][\w$]*\s*\)/) // no computed require that could escape the check
  })

  it.each(fns.map((f) => f.name))('%s holds no emulator code and no dev login', (name) => {
    bundles()
    expect(hits([join(stage.functions[name], 'index.js')])).toEqual([])
  })

  it.each(fns.map((f) => f.name))('%s pins its dependencies exactly and declares its timer and openapi permissions correctly', (name) => {
    bundles()
    const pkg = JSON.parse(readFileSync(join(stage.functions[name], 'package.json'), 'utf8'))
    for (const [dep, v] of Object.entries(pkg.dependencies ?? {})) expect(`${dep}@${v}`).toMatch(/@\d+\.\d+\.\d+$/)
    expect(pkg.dependencies['wx-server-sdk']).toBeDefined()
    const config = JSON.parse(readFileSync(join(stage.functions[name], 'config.json'), 'utf8'))
    for (const t of config.triggers ?? []) {
      expect(t.type).toBe('timer')
      expect(String(t.config).trim().split(/\s+/)).toHaveLength(7) // WeChat's cron: second … year
    }
    expect(Array.isArray(config.permissions?.openapi ?? [])).toBe(true)
  })

  it('issue 14: the alert channels’ secrets and SDK live only in the alert function; it runs every minute, as the complaint timer does', () => {
    bundles()
    const secrets = /WECOM_SECRET|SMS_SECRET_KEY|SMS_SECRET_ID|tencentcloud-sdk/
    for (const name of fns.map((f) => f.name).filter((n) => n !== 'alert'))
      expect({ name, secret: secrets.test(readFileSync(join(stage.functions[name], 'index.js'), 'utf8')) }).toEqual({ name, secret: false })
    expect(filesUnder(stage.dist).filter((f) => /\.(js|json|wxml|wxs)$/.test(f) && secrets.test(readFileSync(f, 'utf8')))).toEqual([])
    expect(readFileSync(join(stage.functions.alert, 'index.js'), 'utf8')).toMatch(/WECOM_SECRET/)
    for (const name of ['alert', 'complaint'])
      expect(JSON.parse(readFileSync(join(stage.functions[name], 'config.json'), 'utf8')).triggers[0].config).toBe('0 * * * * * *')
  })

  it('issue 14: the alert function stays small — no zod, no calendar library reaches it through the settings it reads', () => {
    bundles()
    const code = readFileSync(join(stage.functions.alert, 'index.js'), 'utf8')
    expect({ kb: Math.round(code.length / 1024), zod: /ZodError|\$ZodType/.test(code) }).toEqual({ kb: expect.any(Number), zod: false })
    expect(code.length).toBeLessThan(64 * 1024)
  })

  it('the complaint function may send subscription messages and check text and media; the report function checks text', () => {
    const config = JSON.parse(readFileSync(join(root, 'cloudfunctions/complaint/config.json'), 'utf8'))
    expect(config.permissions.openapi).toEqual(
      expect.arrayContaining(['subscribeMessage.send', 'security.msgSecCheck', 'security.mediaCheckAsync']),
    )
    const report = JSON.parse(readFileSync(join(root, 'cloudfunctions/report/config.json'), 'utf8'))
    expect(report.permissions.openapi).toEqual(['security.msgSecCheck'])
  })
})

describe('subscription messages in every environment', () => {
  it.each(Object.keys(environments).filter((k) => !k.startsWith('$')))('%s has a valid template id for every message kind', (name) => {
    expect(problemsOf(name, environments[name])).toEqual([])
    expect(Object.keys(environments[name].templates).sort()).toEqual([...TEMPLATE_NAMES].sort())
  })

  it('every template field uses a keyword type WeChat knows (MESSAGES.md)', () => {
    const types = /^(thing|number|letter|symbol|character_string|time|date|amount|phone_number|car_number|name|phrase)\d+$/
    for (const [name, t] of Object.entries(TEMPLATES))
      for (const key of Object.values(t.fields as Record<string, string>))
        expect({ template: name, key: types.test(key) ? 'valid' : key }).toEqual({ template: name, key: 'valid' })
    expect(Object.keys(messages.templates).sort()).toEqual([...TEMPLATE_NAMES].sort())
  })

  it("example values are told apart from a company's own", () => {
    const own = {
      ...environments.local,
      appid: 'wx1234567890abcdef',
      cloudEnv: 'prod-4g1n2c3d4e5f6a7b',
      miniprogramState: 'formal',
      templates: Object.fromEntries(TEMPLATE_NAMES.map((t, i) => [t, `Aq3Fz_${i}kLmNoPqRsTuVwXyZ0123456789abcdEfGh`.slice(0, 43)])),
    }
    expect(problemsOf('production', own)).toEqual([])
    expect(examplesIn('production', own)).toEqual([])
    const shipped = {
      ...own,
      appid: 'wx0000000000000000',
      templates: { ...own.templates, staff_task: 'EXAMPLE-production-staff-task-0000000000000' },
    }
    expect(examplesIn('production', shipped)).toEqual(['production.appid', 'production.templates.staff_task'])
    expect(problemsOf('production', { ...own, miniprogramState: 'developer' })).toEqual(['production.miniprogramState 应为 formal'])
    expect(problemsOf('production', { ...own, appid: 'touristappid' })[0]).toMatch(/^production\.appid/)
    const { staff_task: _, ...fewer } = own.templates
    expect(problemsOf('production', { ...own, templates: fewer })).toEqual(['production.templates.staff_task 缺失（工单处理提醒）'])
  })
})

it('the staged build exists', () => {
  expect(existsSync(stageDir)).toBe(true)
})
