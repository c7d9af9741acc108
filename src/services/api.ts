/**
 * The one door to the back end: sends `{ action, payload }` to a cloud function (`complaint`,
 * `report` for statistics, `export` for .xlsx files) through the platform's transport and unwraps `{ ok, data }`, or throws
 * an ApiError carrying the server's Chinese message, which pages show as it is.
 */
import { send, type FunctionName } from './transport'

export class ApiError extends Error {
  /** @param code the server's error code, or NETWORK when the call never reached it. */
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message)
    this.name = 'ApiError'
  }
}

interface Envelope<T> {
  ok: boolean
  data?: T
  error?: { code?: string; message?: string }
}

/** Calls one action of the `complaint` function (or of `fn`). @throws ApiError */
export async function call<T>(action: string, payload: object = {}, fn: FunctionName = 'complaint'): Promise<T> {
  let res: Envelope<T> | undefined
  try {
    res = (await send(action, payload, fn)) as Envelope<T> | undefined
  } catch {
    throw new ApiError('NETWORK', '网络不太稳定，请稍后重试')
  }
  if (res?.ok) return res.data as T
  throw new ApiError(res?.error?.code ?? 'UNKNOWN', res?.error?.message || '服务暂时不可用，请稍后重试')
}

/** Calls one action of the `report` function (docs/REPORTS.md). @throws ApiError */
export function callReport<T>(action: string, payload: object = {}): Promise<T> {
  return call<T>(action, payload, 'report')
}

/** Calls one action of the `export` function (the report module's .xlsx files, docs/REPORTS.md). @throws ApiError */
export function callExport<T>(action: string, payload: object = {}): Promise<T> {
  return call<T>(action, payload, 'export')
}

/** The message to show for any error a page caught. */
export function messageOf(e: unknown): string {
  if (e instanceof ApiError) return e.message
  return '操作未完成，请稍后重试'
}
