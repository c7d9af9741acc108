#!/usr/bin/env node
/**
 * Bundles every cloud function (cloudfunctions/<name>/index.ts) into a self-contained
 * cloudfunctions/<name>/index.js with esbuild: everything inlined except the dependencies the
 * function's package.json declares (wx-server-sdk; the alert function's SMS SDK), which the cloud
 * installs from that package.json. The environment (APP_ENV or --env, default `local`) is
 * validated first and baked in. Prints each bundle's size.
 *
 * Usage: node scripts/build-cloud.mjs [--env production] [--only complaint,report] [--quiet]
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
const only = args.includes('--only') ? args[args.indexOf('--only') + 1].split(',') : undefined

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
      define: { APP_ENV: JSON.stringify(env) },
      metafile: true,
      legalComments: 'none',
      // Chinese text as UTF-8, not \uXXXX escapes: a third of the bytes for the lexicons and labels.
      charset: 'utf8',
      // Prefer ES modules so unused library code is dropped; minified, but names kept for stack traces.
      mainFields: ['module', 'main'],
      minify: true,
      keepNames: true,
      sourcemap: false,
      logLevel: 'warning',
    })
    // Self-contained: nothing but the declared dependencies and Node built-ins may be required at run time.
    const outside = Object.values(result.metafile.outputs)
      .flatMap((o) => o.imports)
      .filter((i) => i.external && !allowed(i.path))
    if (outside.length) throw new Error(`${name}: bundle requires modules outside its folder: ${outside.map((i) => i.path).join(', ')}`)
    sizes[name] = statSync(outfile).size
    if (log) console.log(`cloud function ${name}: ${(sizes[name] / 1024).toFixed(1)} KB (index.js, env ${env})`)
  }
  return sizes
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  buildCloud().catch((e) => {
    console.error(`build:cloud failed: ${e.message}`)
    process.exit(1)
  })
}
