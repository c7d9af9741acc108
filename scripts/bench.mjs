#!/usr/bin/env node
/**
 * `npm run bench`: builds the cloud functions, then runs scripts/bench/run.ts (TypeScript, through
 * tsx) — 100,000 generated complaints on the emulator, the monthly report and the staff task list
 * measured through the built functions. Extra arguments go to the run (e.g. `-- --n 20000`).
 */
import { spawnSync } from 'node:child_process'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildCloud } from './build-cloud.mjs'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
await buildCloud({ env: 'local', log: true })
const r = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'scripts/bench/run.ts'), ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, TZ: process.env.TZ ?? 'UTC' },
})
process.exit(r.status ?? 1)
