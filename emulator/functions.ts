/**
 * Loads the built cloud functions (cloudfunctions/<name>/index.js, exactly what is uploaded to
 * WeChat cloud) and invokes their `main` inside a per-call WeChat context.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { randomUUID } from 'node:crypto'
import { withContext, type WXContext } from './context'

export interface CloudFunction {
  name: string
  main: (event: unknown, context: unknown) => Promise<unknown>
  /** config.json: permissions and the timer trigger. */
  config: { triggers?: { name: string; type: string; config: string }[] }
}

/**
 * The built functions, all of them or those named in `only`.
 * @throws when a wanted folder has index.ts but no build.
 */
export function loadFunctions(root: string, only?: string[]): Map<string, CloudFunction> {
  const dir = join(root, 'cloudfunctions')
  const out = new Map<string, CloudFunction>()
  for (const name of readdirSync(dir)) {
    if (only && !only.includes(name)) continue
    const built = join(dir, name, 'index.js')
    if (!existsSync(built)) {
      if (existsSync(join(dir, name, 'index.ts'))) throw new Error(`cloudfunctions/${name}/index.js is missing: run npm run build:cloud`)
      continue
    }

    const mod = require(built) as { main: CloudFunction['main'] }
    const configPath = join(dir, name, 'config.json')
    out.set(name, { name, main: mod.main, config: existsSync(configPath) ? JSON.parse(readFileSync(configPath, 'utf8')) : {} })
  }
  return out
}

/** Invokes one function as WeChat cloud would: event in, result out, context per call. */
export function invoke(fn: CloudFunction, event: unknown, ctx: WXContext): Promise<unknown> {
  const context = { function_name: fn.name, request_id: randomUUID(), environment: JSON.stringify({ OPENID: ctx.OPENID }) }
  return withContext(ctx, () => fn.main(event, context))
}
