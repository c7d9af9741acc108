/**
 * The one place that initialises wx-server-sdk. On WeChat cloud it talks to the real services;
 * on the local emulator the same calls reach better-sqlite3, the message recorder and local files.
 */
import * as cloud from 'wx-server-sdk'

let initialised = false

/** The initialised SDK (idempotent). */
export function sdk(): typeof cloud {
  if (!initialised) {
    cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV as unknown as string })
    initialised = true
  }
  return cloud
}

/** The cloud database of the current environment. `throwOnNotFound: false` makes doc().get() answer null. */
export function db(config: { throwOnNotFound?: boolean } = {}) {
  return sdk().database(config as never)
}

/**
 * The caller's OPENID — the only identity the functions trust. Empty for timer triggers.
 */
export function callerOpenid(): string {
  const ctx = sdk().getWXContext() as { OPENID?: string }
  return ctx.OPENID ?? ''
}

export function log(scope: string, message: string, extra?: Record<string, unknown>): void {
  // One line per event, prefixed with where it comes from (STYLE.md), readable in the cloud console.
  console.log(`[complaint] [${scope}] ${message}${extra ? ' ' + JSON.stringify(extra) : ''}`)
}
