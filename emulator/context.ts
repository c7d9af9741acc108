/**
 * Per-call WeChat context. On WeChat cloud, cloud.getWXContext() reads what the platform injected
 * for this invocation; here each invocation runs inside its own AsyncLocalStorage scope, so
 * parallel requests and tests never see each other's identity.
 */
import { AsyncLocalStorage } from 'node:async_hooks'

export interface WXContext {
  OPENID: string
  APPID: string
  UNIONID?: string
  ENV: string
  /** `wx_client` for a mini-program call, `wx_trigger` for a timer (as on WeChat cloud). */
  SOURCE: string
}

const store = new AsyncLocalStorage<WXContext>()

/** Runs `fn` as one function invocation with the given context. */
export function withContext<T>(ctx: WXContext, fn: () => Promise<T>): Promise<T> {
  return store.run(ctx, fn)
}

/** What cloud.getWXContext() answers inside the emulator: the current invocation's context. */
export function currentContext(): Partial<WXContext> {
  return store.getStore() ?? {}
}
