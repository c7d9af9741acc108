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

let instance: ReturnType<typeof cloud.database> | undefined

/** The cloud database; `doc().get()` answers null for a missing document instead of throwing. */
export function database() {
  instance ??= sdk().database({ throwOnNotFound: false } as never)
  return instance
}

/**
 * The caller's OPENID — the only identity the functions trust. Empty for timer triggers.
 */
export function callerOpenid(): string {
  const ctx = sdk().getWXContext() as { OPENID?: string }
  return ctx.OPENID ?? ''
}

/** A logger for one function: one line per event, prefixed with where it comes from (STYLE.md). */
export function logger(fn: string) {
  return (scope: string, message: string, extra?: Record<string, unknown>): void => {
    console.log(`[${fn}] [${scope}] ${message}${extra ? ' ' + JSON.stringify(extra) : ''}`)
  }
}

export const log = logger('complaint')
