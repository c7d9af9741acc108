#!/usr/bin/env node
/**
 * Sizes of the built mini-program (dist/): the main package (every file outside the subpackage
 * roots named in dist/app.json) and each subpackage. Exits non-zero when the main package or a
 * subpackage is over its limit in config/size-limits.json (main ≤ 500 KB, each subpackage ≤ 1 MB;
 * WeChat itself refuses 2 MB), naming the package's largest files, so a heavy import fails the build.
 * Source maps are left out: they are not part of the uploaded package.
 */
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs'
import { join, relative, resolve, sep } from 'node:path'

// The same OUTPUT_ROOT the Taro config honours, so a build elsewhere is measured where it is.
const DIST = process.env.OUTPUT_ROOT ? resolve(process.env.OUTPUT_ROOT) + sep : new URL('../dist/', import.meta.url).pathname
const LIMITS = JSON.parse(readFileSync(new URL('../config/size-limits.json', import.meta.url), 'utf8')).miniProgram
const MAIN_LIMIT = LIMITS.main * 1024
const PACKAGE_LIMIT = LIMITS.subpackage * 1024

function filesUnder(dir) {
  const out = []
  for (const name of readdirSync(dir)) {
    const p = join(dir, name)
    if (statSync(p).isDirectory()) out.push(...filesUnder(p))
    else if (!name.endsWith('.map')) out.push(p)
  }
  return out
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`

if (!existsSync(join(DIST, 'app.json'))) {
  console.error('[package-size] dist/app.json not found: run `taro build --type weapp` first')
  process.exit(2)
}
const app = JSON.parse(readFileSync(join(DIST, 'app.json'), 'utf8'))
const roots = (app.subPackages ?? app.subpackages ?? []).map((p) => p.root.replace(/\/$/, ''))
const sizes = { main: 0, ...Object.fromEntries(roots.map((r) => [r, 0])) }
const files = { main: [], ...Object.fromEntries(roots.map((r) => [r, []])) }
for (const file of filesUnder(DIST)) {
  const rel = relative(DIST, file).split(sep).join('/')
  const root = roots.find((r) => rel === r || rel.startsWith(`${r}/`)) ?? 'main'
  const size = statSync(file).size
  sizes[root] += size
  files[root].push([rel, size])
}

const total = Object.values(sizes).reduce((a, b) => a + b, 0)
console.log(`[package-size] main package: ${kb(sizes.main)} (limit ${kb(MAIN_LIMIT)})`)
for (const r of roots) console.log(`[package-size] subpackage ${r}: ${kb(sizes[r])} (limit ${kb(PACKAGE_LIMIT)})`)
console.log(`[package-size] total: ${kb(total)}`)

const largest = (name) =>
  files[name]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 5)
    .map(([f, s]) => `${f} ${kb(s)}`)
    .join(', ')
let failed = false
for (const [name, limit] of [['main', MAIN_LIMIT], ...roots.map((r) => [r, PACKAGE_LIMIT])]) {
  if (sizes[name] <= limit) continue
  console.error(
    `[package-size] ${name === 'main' ? 'main package' : `subpackage ${name}`} is ${kb(sizes[name])}, over ${kb(limit)} (largest: ${largest(name)}); limits: config/size-limits.json`,
  )
  failed = true
}
process.exit(failed ? 1 : 0)
