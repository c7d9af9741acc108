#!/usr/bin/env node
/**
 * `npm start`: builds the cloud functions and the H5 app, then starts the local emulator of
 * WeChat cloud serving both on one port (default http://localhost:8787, data in ./.data).
 * Flags: --no-build (reuse existing builds), --port N, --data DIR, --host H.
 */
import { spawn, spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildCloud } from './build-cloud.mjs'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const args = process.argv.slice(2)
const passThrough = args.filter((a) => a !== '--no-build')

function run(cmd, cmdArgs, env = {}) {
  const r = spawnSync(cmd, cmdArgs, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } })
  if (r.status !== 0) process.exit(r.status ?? 1)
}

if (!args.includes('--no-build')) {
  const t0 = Date.now()
  await buildCloud({ env: 'local' })
  console.log('Building the H5 app (dist-h5/) …')
  run('npx', ['taro', 'build', '--type', 'h5'], { APP_ENV: 'local', NODE_ENV: 'production' })
  console.log(`Built in ${((Date.now() - t0) / 1000).toFixed(1)} s`)
}
// One process for the server (tsx as a loader, not a wrapper), so stopping `npm start` stops it.
const server = spawn(process.execPath, ['--import', 'tsx', join(root, 'emulator/server.ts'), ...passThrough], {
  cwd: root,
  stdio: 'inherit',
})
server.on('exit', (code) => process.exit(code ?? 0))
for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(sig, () => server.kill(sig))

// `kill <pid of npm start>` ends npm without telling its script: watch the processes that started
// this one (npm and the shell it ran, read from /proc where there is one) and stop with them.
function parentOf(pid) {
  try {
    return (
      Number(
        readFileSync(`/proc/${pid}/stat`, 'utf8')
          .replace(/^.*\) /s, '')
          .split(' ')[1],
      ) || null
    )
  } catch {
    return null
  }
}
const ancestors = [process.ppid, parentOf(process.ppid)].filter((p) => p && p > 1)
const alive = (pid) => {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}
setInterval(() => {
  if (ancestors.some((p) => !alive(p))) server.kill('SIGTERM')
}, 1000).unref()
