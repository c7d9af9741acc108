/**
 * One cold start (scripts/bench/cold-start.ts runs it in a fresh process): loads wx-server-sdk and
 * the emulator's seam, then the built function `name` with plain Node.js — no TypeScript hook, so
 * the bundle loads as it does in the cloud — and answers `event` as `openid` once. Prints
 * `COLD {"sdkMs","loadMs","firstAnswerMs","ok"}`.
 *
 * Usage: node scripts/bench/cold-start-child.cjs <name> <openid> <event JSON>
 */
const { join } = require('node:path')

const [name, openid, eventJson] = process.argv.slice(2)
const root = join(__dirname, '../..')

async function main() {
  let t = performance.now()
  require('wx-server-sdk')
  const sdkMs = performance.now() - t
  // The emulator is TypeScript: compiled through tsx's scoped hook, which is removed before the bundle loads.
  const unregister = require('tsx/cjs/api').register()
  const { createEmulator } = require(join(root, 'emulator'))
  const { invoke } = require(join(root, 'emulator/functions'))
  unregister()
  const emu = await createEmulator({ dataDir: null, functions: [] })
  t = performance.now()
  const mod = require(join(root, 'cloudfunctions', name, 'index.js'))
  const loadMs = performance.now() - t
  const answer = await invoke({ name, main: mod.main, config: {} }, JSON.parse(eventJson), {
    OPENID: openid,
    APPID: 'wx-bench',
    ENV: 'local',
    SOURCE: openid ? 'wx_client' : 'wx_trigger',
  })
  const firstAnswerMs = performance.now() - t
  emu.close()
  process.stdout.write(`COLD ${JSON.stringify({ sdkMs, loadMs, firstAnswerMs, ok: answer?.ok === true })}\n`)
}

main().catch((e) => {
  console.error(e)
  process.exit(1)
})
