#!/usr/bin/env node
/**
 * Bundles every cloud function (cloudfunctions/<name>/index.ts) into a self-contained
 * cloudfunctions/<name>/index.js with esbuild: everything inlined except the dependencies the
 * function's package.json declares (wx-server-sdk; the alert function's SMS SDK), which the cloud
 * installs from that package.json. The environment (APP_ENV or --env, default `local`) is
 * validated first and baked in. Prints each bundle's size and fails above its limit in
 * config/size-limits.json (a big bundle is a slow cold start), naming the heaviest packages in it.
 *
 * Usage: node scripts/build-cloud.mjs [--env production] [--only complaint,report] [--quiet] [--names]
 *
 * Function names are not kept (keepNames costs 17 KB of `complaint`, issue 17's 300 KB limit):
 * errors carry their code and the router logs the action; to read a production stack trace,
 * build the same commit with `--names` (not deployed: the sizes are checked without it).
 */
import { build } from 'esbuild'
import { readdirSync, existsSync, statSync, readFileSync } from 'node:fs'
import { join, dirname } from 'node:path'
import { fileURLToPath } from 'node:url'
import { builtinModules } from 'node:module'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const args = process.argv.slice(2)
const envName = args.includes('--env') ? args[args.indexOf('--env') + 1] : process.env.APP_ENV || 'local'
const quiet = args.includes('--quiet')
const keepNames = args.includes('--names')
const only = args.includes('--only') ? args[args.indexOf('--only') + 1].split(',') : undefined
const LIMITS = JSON.parse(readFileSync(join(root, 'config/size-limits.json'), 'utf8'))
const kb = (n) => `${(n / 1024).toFixed(1)} KB`

/** The limit of function `name`'s index.js, in bytes. */
export function functionLimit(name) {
  return (LIMITS.functions[name] ?? LIMITS.functionDefault) * 1024
}

/** The `top` heaviest packages (or source folders) of a bundle, from its metafile, for a failure message. */
function heaviest(metafile, top = 8) {
  const by = {}
  for (const o of Object.values(metafile.outputs))
    for (const [path, input] of Object.entries(o.inputs)) {
      const pkg = path.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/)?.[1] ?? path.split('/').slice(0, 3).join('/')
      by[pkg] = (by[pkg] ?? 0) + input.bytesInOutput
    }
  return Object.entries(by)
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([pkg, bytes]) => `${pkg} ${kb(bytes)}`)
    .join(', ')
}

/**
 * chinese-days' data as the functions read it (complaint/domain/calendar.ts): which days are
 * holidays and which weekend days are working days — keys only, as `{ 'YYYY-MM-DD': '' }` tables
 * rebuilt at load from one string of `YYYYMMDD` days each. The package's file also names each
 * holiday in two languages and lists 调休 days nobody reads: 37 KB in every bundle, 12 KB as JSON
 * keys, about 7 KB as day strings (issue 17: complaint ≤ 300 KB).
 */
const officialDaysOnly = {
  name: 'chinese-days-days-only',
  setup(b) {
    b.onLoad({ filter: /chinese-days[\\/]dist[\\/]chinese-days\.json$/ }, ({ path }) => {
      const data = JSON.parse(readFileSync(path, 'utf8'))
      const days = (table) =>
        JSON.stringify(
          Object.keys(table)
            .map((d) => d.replace(/-/g, ''))
            .join(','),
        )
      const table = 'const t=(s)=>Object.fromEntries(s.split(",").map((d)=>[d.slice(0,4)+"-"+d.slice(4,6)+"-"+d.slice(6),""]));'
      return { contents: `${table}module.exports={holidays:t(${days(data.holidays)}),workdays:t(${days(data.workdays)})}`, loader: 'js' }
    })
  },
}

/** Validates the environment entry the same way the functions do at start-up. */
function checkEnvironment(name) {
  const envs = JSON.parse(readFileSync(join(root, 'config/environments.json'), 'utf8'))
  const messages = JSON.parse(readFileSync(join(root, 'config/messages.json'), 'utf8'))
  const e = envs[name]
  if (!e) throw new Error(`config/environments.json has no environment "${name}"`)
  const missing = ['appid', 'cloudEnv', 'miniprogramState'].filter((k) => !e[k])
  for (const t of Object.keys(messages.templates)) if (!e.templates?.[t]) missing.push(`templates.${t}`)
  if (missing.length) throw new Error(`environment "${name}" is missing: ${missing.join(', ')}`)
}

export async function buildCloud({ env = envName, log = !quiet, names: wanted = only } = {}) {
  checkEnvironment(env)
  const dir = join(root, 'cloudfunctions')
  const names = readdirSync(dir).filter((n) => existsSync(join(dir, n, 'index.ts')) && (!wanted || wanted.includes(n)))
  const builtins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)]
  const sizes = {}
  const over = []
  for (const name of names) {
    const outfile = join(dir, name, 'index.js')
    // The function's declared dependencies are installed by the cloud: kept external (with their subpaths).
    const declared = Object.keys(JSON.parse(readFileSync(join(dir, name, 'package.json'), 'utf8')).dependencies ?? {})
    const allowed = (path) => builtins.includes(path) || declared.some((d) => path === d || path.startsWith(`${d}/`))
    const result = await build({
      entryPoints: [join(dir, name, 'index.ts')],
      outfile,
      bundle: true,
      platform: 'node',
      target: 'node16',
      format: 'cjs',
      external: declared,
      plugins: [officialDaysOnly],
      define: { APP_ENV: JSON.stringify(env) },
      metafile: true,
      legalComments: 'none',
      // Chinese text as UTF-8 (3 bytes a character) rather than \uXXXX escapes (6): Node reads UTF-8 source.
      charset: 'utf8',
      // Prefer ES modules so unused library code is dropped; minified (names too, unless --names).
      mainFields: ['module', 'main'],
      minify: true,
      keepNames,
      sourcemap: false,
      logLevel: 'warning',
    })
    // Self-contained: nothing but the declared dependencies and Node built-ins may be required at run time.
    const outside = Object.values(result.metafile.outputs)
      .flatMap((o) => o.imports)
      .filter((i) => i.external && !allowed(i.path))
    if (outside.length) throw new Error(`${name}: bundle requires modules outside its folder: ${outside.map((i) => i.path).join(', ')}`)
    sizes[name] = statSync(outfile).size
    const limit = functionLimit(name)
    if (log) console.log(`cloud function ${name}: ${kb(sizes[name])} (index.js, env ${env}; limit ${kb(limit)})`)
    if (sizes[name] > limit) over.push(`${name} is ${kb(sizes[name])}, over its ${kb(limit)} (heaviest: ${heaviest(result.metafile)})`)
  }
  if (over.length) throw new Error(`${over.join('; ')}. Limits: config/size-limits.json`)
  return sizes
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  buildCloud().catch((e) => {
    console.error(`build:cloud failed: ${e.message}`)
    process.exit(1)
  })
}
