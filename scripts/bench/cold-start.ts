/**
 * The cold-start part of `npm run bench` (issue 17): for each built cloud function, a fresh Node.js
 * process loads its index.js — exactly what is uploaded — and times the first answer to a cheap call,
 * as the first resident of the morning meets it. wx-server-sdk is loaded beforehand with the
 * emulator's seam (it is the same for every function and the cloud installs it), and timed on its own.
 *
 * Prints, per function, the bundle's size, the time to load it (parse and module start-up) and the
 * time from loading to its first answer, as the median of `--cold-runs` processes (default 7).
 *
 * Usage: `npm run bench -- --only cold [--cold-runs 7]`; each run is scripts/bench/cold-start-child.cjs.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'

const root = join(__dirname, '../..')

/** The cheap first call of each function: read-only, answered from a seeded emulator. */
const FIRST_CALL: Record<string, { openid: string; event: Record<string, unknown> }> = {
  complaint: { openid: 'demo-resident-01', event: { action: 'me.get', payload: {} } },
  report: { openid: 'demo-manager', event: { action: 'action.list', payload: {} } },
  // A timer run with nothing to delete: the export function's cheapest real answer.
  export: { openid: '', event: { Type: 'Timer', TriggerName: 'purge-exports', Time: new Date(0).toISOString() } },
}
/** Any other function: an unknown action, which still loads the bundle and goes through its router (its refusal counts as the answer). */
const DEFAULT_CALL = { openid: 'demo-manager', event: { action: 'bench.coldStart', payload: {} } }

interface Sample {
  sdkMs: number
  loadMs: number
  firstAnswerMs: number
  ok: boolean
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]

/** Every function folder with a built index.js. */
function builtFunctions(): string[] {
  const dir = join(root, 'cloudfunctions')
  return readdirSync(dir).filter((n) => existsSync(join(dir, n, 'index.js')))
}

/**
 * Runs `runs` fresh processes per built function and prints the medians.
 * @throws when a child fails or a function's first call is not answered `ok`.
 */
export function runColdStartBench(args: string[]): void {
  const runs = args.includes('--cold-runs') ? Number(args[args.indexOf('--cold-runs') + 1]) : 7
  console.log(`\ncold start (fresh Node.js process per run, median of ${runs}; wx-server-sdk preloaded through the emulator's seam):`)
  console.log('| function | index.js | load ms | first answer ms (from loading) | wx-server-sdk load ms |')
  console.log('|---|---:|---:|---:|---:|')
  for (const name of builtFunctions()) {
    const samples: Sample[] = []
    for (let i = 0; i < runs; i++) {
      const call = FIRST_CALL[name] ?? DEFAULT_CALL
      const r = spawnSync(process.execPath, [join(__dirname, 'cold-start-child.cjs'), name, call.openid, JSON.stringify(call.event)], {
        cwd: root,
        encoding: 'utf8',
        env: { ...process.env, TZ: process.env.TZ ?? 'UTC' },
      })
      const line = r.stdout.split('\n').find((l) => l.startsWith('COLD '))
      if (r.status !== 0 || !line) throw new Error(`cold start of ${name} failed: ${r.stderr.slice(-2000)}`)
      samples.push(JSON.parse(line.slice(5)))
    }
    if (name in FIRST_CALL && samples.some((s) => !s.ok)) throw new Error(`cold start of ${name}: the first call was not answered ok`)
    const size = statSync(join(root, 'cloudfunctions', name, 'index.js')).size
    const m = (k: keyof Omit<Sample, 'ok'>) => median(samples.map((s) => s[k])).toFixed(0)
    console.log(`| ${name} | ${(size / 1024).toFixed(1)} KB | ${m('loadMs')} | ${m('firstAnswerMs')} | ${m('sdkMs')} |`)
  }
}
