/**
 * WeCom application messages (企业微信应用消息) to individual staff: `gettoken` with the corp id and
 * the application's secret (the token cached in memory until shortly before it expires, and fetched
 * again when WeCom says it is invalid), then `message/send` as a text with a link back into the
 * mini-program. Node's https, like the group robot's sender.
 */
import * as https from 'node:https'
import type { WecomConfig } from './channels'

const HOST = 'qyapi.weixin.qq.com'
const TIMEOUT_MS = 5000

/** Errors retrying cannot fix: a wrong secret, corp or agent, an IP not trusted, an invalid user. */
export const WECOM_APP_PERMANENT = new Set([40001, 40003, 40013, 40056, 40057, 48002, 60011, 60020, 81013, 301002])
/** The token is invalid or expired: fetch a new one and send again, once. */
const TOKEN_INVALID = new Set([40014, 42001])

export interface SendResult {
  code: number
  message?: string
}

/** One HTTPS request to WeCom's API; resolves with its JSON answer, or errcode -1 for a network failure or timeout. */
function call(method: 'GET' | 'POST', path: string, body?: unknown): Promise<Record<string, any>> {
  const data = body === undefined ? undefined : JSON.stringify(body)
  return new Promise((resolve) => {
    const req = https.request(
      {
        hostname: HOST,
        path,
        method,
        timeout: TIMEOUT_MS,
        headers: data ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(data) } : {},
      },
      (res) => {
        let text = ''
        res.on('data', (chunk) => (text += chunk))
        res.on('end', () => {
          try {
            resolve(JSON.parse(text))
          } catch {
            resolve({ errcode: -1, errmsg: `unexpected answer (HTTP ${res.statusCode})` })
          }
        })
      },
    )
    req.on('timeout', () => req.destroy(new Error('timeout')))
    req.on('error', (e) => resolve({ errcode: -1, errmsg: e.message }))
    req.end(data)
  })
}

let cached: { corpId: string; token: string; until: number } | null = null

/** The access token for `config`, cached until 5 minutes before WeCom's expiry. */
async function token(config: WecomConfig, fresh: boolean): Promise<{ token?: string; error?: SendResult }> {
  if (!fresh && cached && cached.corpId === config.corpId && cached.until > Date.now()) return { token: cached.token }
  const q = `corpid=${encodeURIComponent(config.corpId)}&corpsecret=${encodeURIComponent(config.secret)}`
  const r = await call('GET', `/cgi-bin/gettoken?${q}`)
  if (r.errcode !== 0 || !r.access_token) return { error: { code: Number(r.errcode ?? -1), message: String(r.errmsg ?? '') } }
  cached = { corpId: config.corpId, token: String(r.access_token), until: Date.now() + (Number(r.expires_in ?? 7200) - 300) * 1000 }
  return { token: cached.token }
}

/** Sends `text` to one staff member's WeCom account. @returns WeCom's errcode (0 = sent; a user WeCom does not know counts as 81013). */
export async function sendWecomText(config: WecomConfig, userId: string, text: string): Promise<SendResult> {
  for (const fresh of [false, true]) {
    const t = await token(config, fresh)
    if (t.error) return t.error
    const r = await call('POST', `/cgi-bin/message/send?access_token=${encodeURIComponent(t.token!)}`, {
      touser: userId,
      msgtype: 'text',
      agentid: config.agentId,
      text: { content: text },
      safe: 0,
    })
    const code = Number(r.errcode ?? -1)
    if (TOKEN_INVALID.has(code) && !fresh) continue
    if (code === 0 && r.invaliduser) return { code: 81013, message: 'user invalid' }
    return { code, message: String(r.errmsg ?? '') }
  }
  return { code: -1, message: 'token' }
}

/** Forgets the cached token (tests; a changed secret). */
export function forgetToken(): void {
  cached = null
}
