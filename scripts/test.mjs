#!/usr/bin/env node
/**
 * `npm test`: lint, formatting and the strict typecheck first (when run without arguments, as CI
 * does), then builds what the tests load (the cloud functions for the emulator, the mini-program
 * for the weapp tests, the H5 app for the browser test), makes sure Debian's chromium and a CJK font
 * (fonts-noto-cjk) are there for the end-to-end test, then runs jest in UTC and the pure rules again under a zone west of UTC (the host zone must not matter).
 * Extra arguments go to jest (e.g. `npm test -- --selectProjects unit`).
 */
import { spawnSync } from 'node:child_process'
import { existsSync, rmSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildCloud } from './build-cloud.mjs'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const extra = process.argv.slice(2)
const t0 = Date.now()

function run(cmd, args, env = {}) {
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } })
  return r.status ?? 1
}

/** apt-get as root, or through sudo; retries once after `apt-get update`. Returns the exit status. */
function aptInstall(pkg) {
  const asRoot = process.getuid?.() === 0
  const apt = (...a) => (asRoot ? run('apt-get', a) : run('sudo', ['apt-get', ...a]))
  const status = apt('install', '-y', '-qq', pkg)
  return status === 0 ? 0 : apt('update', '-qq') || apt('install', '-y', '-qq', pkg)
}

/** Debian's chromium for the browser tests; npm cannot download browsers here. */
function ensureChromium() {
  if (existsSync('/usr/bin/chromium') || process.env.CHROMIUM_PATH) return
  console.log('Installing Debian chromium for the browser tests (apt-get install -y chromium) …')
  if (aptInstall('chromium') !== 0 || !existsSync('/usr/bin/chromium')) {
    console.error('Could not install chromium: install Debian\'s "chromium" package, or set CHROMIUM_PATH.')
    process.exit(1)
  }
}

/** Whether fontconfig knows a font covering Chinese (without one, every character is an empty box). */
function hasCjkFont() {
  const r = spawnSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8' })
  return r.status === 0 && r.stdout.trim() !== ''
}

/** Debian's Noto CJK fonts, so the screenshots of the browser test show Chinese rather than boxes. */
function ensureCjkFont() {
  if (hasCjkFont()) return
  console.log('Installing Debian fonts-noto-cjk so the browser screenshots render Chinese (apt-get install -y fonts-noto-cjk) …')
  if (aptInstall('fonts-noto-cjk') !== 0 || !hasCjkFont()) {
    console.error('Could not install a CJK font: install Debian\'s "fonts-noto-cjk" package (fc-list :lang=zh must list a font).')
    process.exit(1)
  }
}

// The whole suite (CI) starts with the cheap checks: lint, formatting and the strict typecheck.
if (!extra.length) {
  console.log('Lint (ESLint + Prettier) and typecheck (tsc --noEmit) …')
  if (run('npx', ['eslint', '.']) !== 0 || run('npx', ['prettier', '--check', '.', '--log-level', 'warn']) !== 0) process.exit(1)
  if (run('npx', ['tsc', '--noEmit', '-p', 'tsconfig.json']) !== 0) process.exit(1)
}
await buildCloud({ env: 'local', log: true })
// The weapp tests load the compiled mini-program; build it into its own folder so dist/ is left alone.
const selectsProjects = extra.includes('--selectProjects')
if (!selectsProjects || extra.includes('weapp')) {
  console.log('Building the mini-program for the weapp tests into .test-build/weapp …')
  if (
    run('npx', ['taro', 'build', '--type', 'weapp'], { OUTPUT_ROOT: '.test-build/weapp', APP_ENV: 'local', NODE_ENV: 'production' }) !== 0
  )
    process.exit(1)
}
// The browser test's H5 build goes to its own folder too, so a product running from dist-h5/ is untouched.
const h5 = '.test-build/h5'
if (!selectsProjects || extra.includes('e2e')) {
  ensureChromium()
  ensureCjkFont()
  // The screenshots show this run only: none left over from an earlier run passes for a page as it is now.
  rmSync(join(root, 'test-results', 'e2e'), { recursive: true, force: true })
  console.log(`Building the H5 app for the browser test into ${h5} …`)
  if (run('npx', ['taro', 'build', '--type', 'h5'], { OUTPUT_ROOT: h5, APP_ENV: 'local', NODE_ENV: 'production' }) !== 0) process.exit(1)
}
const jest = ['jest', '--ci', ...extra]
let status = run('npx', jest, { NODE_ENV: 'test', TZ: 'UTC', E2E_H5_DIR: join(root, h5) })
if (status === 0 && !extra.length)
  status = run('npx', ['jest', '--ci', '--selectProjects', 'unit', 'domain'], { NODE_ENV: 'test', TZ: 'America/Los_Angeles' })
console.log(`\nnpm test finished in ${((Date.now() - t0) / 1000).toFixed(1)} s with status ${status}`)
process.exit(status)
