#!/usr/bin/env node
/**
 * Sizes of the built mini-program (dist/): the main package (every file outside the subpackage
 * roots named in dist/app.json) and each subpackage. WeChat refuses a package over 2 MB; we hold
 * the main package under 1 MB and exit non-zero above that, so a heavy import fails the build.
 * Source maps are left out: they are not part of the uploaded package.
 */
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs'
import { join, relative, resolve, sep } from 'node:path'

// The same OUTPUT_ROOT the Taro config honours, so a build elsewhere is measured where it is.
const DIST = process.env.OUTPUT_ROOT ? resolve(process.env.OUTPUT_ROOT) + sep : new URL('../dist/', import.meta.url).pathname
const MAIN_LIMIT = 1024 * 1024
const PACKAGE_LIMIT = 2 * 1024 * 1024

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
for (const file of filesUnder(DIST)) {
  const rel = relative(DIST, file).split(sep).join('/')
  const root = roots.find((r) => rel === r || rel.startsWith(`${r}/`))
  sizes[root ?? 'main'] += statSync(file).size
}

const total = Object.values(sizes).reduce((a, b) => a + b, 0)
console.log(`[package-size] main package: ${kb(sizes.main)} (limit ${kb(MAIN_LIMIT)}; WeChat's ${kb(PACKAGE_LIMIT)})`)
for (const r of roots) console.log(`[package-size] subpackage ${r}: ${kb(sizes[r])}`)
console.log(`[package-size] total: ${kb(total)}`)

let failed = false
if (sizes.main > MAIN_LIMIT) {
  console.error(`[package-size] main package is over ${kb(MAIN_LIMIT)}`)
  failed = true
}
for (const r of roots) {
  if (sizes[r] > PACKAGE_LIMIT) {
    console.error(`[package-size] subpackage ${r} is over WeChat's ${kb(PACKAGE_LIMIT)}`)
    failed = true
  }
}
process.exit(failed ? 1 : 0)
