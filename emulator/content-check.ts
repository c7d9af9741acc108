/**
 * The emulator's security.msgSecCheck (version 2): a local word list decides the `suggest`
 * (`pass`, `review`, `risky`), in the response shape WeChat documents.
 */
import words from './wordlist.json'

export interface SecCheckResult {
  errcode: number
  errmsg: string
  result: { suggest: 'pass' | 'review' | 'risky'; label: number }
  detail: { strategy: string; errcode: number; suggest: string; label: number; keyword?: string }[]
}

/** @throws an error shaped like the SDK's when the request lacks what version 2 requires. */
export function msgSecCheck(req: { openid?: string; scene?: number; version?: number; content?: string }): SecCheckResult {
  if (req.version !== 2 || !req.openid || ![1, 2, 3, 4].includes(Number(req.scene))) {
    throw Object.assign(new Error('openapi.security.msgSecCheck:fail 47001 data format error'), {
      errCode: 47001,
      errMsg: 'openapi.security.msgSecCheck:fail 47001 data format error',
    })
  }
  const text = String(req.content ?? '')
  const risky = words.risky.find((w) => text.includes(w))
  const review = words.review.find((w) => text.includes(w))
  const suggest = risky ? 'risky' : review ? 'review' : 'pass'
  const label = suggest === 'pass' ? 100 : 20001
  return {
    errcode: 0,
    errmsg: 'ok',
    result: { suggest, label },
    detail: [{ strategy: 'keyword', errcode: 0, suggest, label, keyword: risky ?? review }],
  }
}
