#!/usr/bin/env node
/**
 * `npm run deploy -- --env <development|trial|production> [--dry-run]`: builds the mini-program
 * and the cloud functions for one environment and ships them to WeChat (docs/DEPLOY.md).
 * Run through tsx (package.json), which lets this entry load the TypeScript modules in
 * scripts/deploy/ and the environment validation in config/environments.ts.
 */
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseOptions, USAGE } from './deploy/options.ts'
import { deploy } from './deploy/run.ts'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
let options
try {
  options = parseOptions(process.argv.slice(2))
} catch (e) {
  console.error(e.message)
  process.exit(2)
}
if (options === 'help') {
  console.log(USAGE)
  process.exit(0)
}
try {
  process.exitCode = await deploy(root, options)
} catch (e) {
  console.error(`deploy stopped by an unexpected error: ${e?.stack ?? e}`)
  process.exitCode = 1
}
