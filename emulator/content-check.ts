/**
 * The emulator's security.msgSecCheck (version 2): a word list decides the `suggest` (`pass`,
 * `review`, `risky`), in the response shape WeChat documents. The list starts as wordlist.json and
 * can be changed at run time (tests add words; `failNext` makes the service fail as an outage would).
 */
import defaults from './wordlist.json'

export interface SecCheckResult {
  errcode: number
  errmsg: string
  result: { suggest: 'pass' | 'review' | 'risky'; label: number }
  detail: { strategy: string; errcode: number; suggest: string; label: number; keyword?: string }[]
}

/** An error shaped like the SDK's for a failed openapi call. */
export function openapiError(api: string, errCode: number, what: string): Error {
  const errMsg = `openapi.security.${api}:fail ${errCode} ${what}`
  return Object.assign(new Error(errMsg), { errCode, errMsg })
}

export class TextChecker {
  /** The words in force: a `risky` word refuses the text, a `review` word holds it. */
  readonly words = { risky: [...defaults.risky], review: [...defaults.review] }
  /** Every text checked, in order (tests read which fields reached the check). */
  readonly checked: { openid: string; content: string }[] = []
  private failures: number[] = []

  /** Makes the next calls fail with these errcodes (e.g. -1 system busy), as an outage would. */
  failNext(...codes: number[]): void {
    this.failures.push(...codes)
  }

  /** @throws an error shaped like the SDK's when the request lacks what version 2 requires, or a failure was injected. */
  msgSecCheck(req: { openid?: string; scene?: number; version?: number; content?: string }): SecCheckResult {
    const fault = this.failures.shift()
    if (fault) throw openapiError('msgSecCheck', fault, 'system error')
    if (req.version !== 2 || !req.openid || ![1, 2, 3, 4].includes(Number(req.scene))) {
      throw openapiError('msgSecCheck', 47001, 'data format error')
    }
    const text = String(req.content ?? '')
    if (Array.from(text).length > 2500) throw openapiError('msgSecCheck', 47001, 'content too long')
    this.checked.push({ openid: req.openid, content: text })
    const risky = this.words.risky.find((w) => text.includes(w))
    const review = this.words.review.find((w) => text.includes(w))
    const suggest = risky ? 'risky' : review ? 'review' : 'pass'
    const label = suggest === 'pass' ? 100 : 20001
    return {
      errcode: 0,
      errmsg: 'ok',
      result: { suggest, label },
      detail: [{ strategy: 'keyword', errcode: 0, suggest, label, keyword: risky ?? review }],
    }
  }
}
