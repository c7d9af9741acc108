/**
 * The emulator's stand-in for WeCom application messages (企业微信应用消息, issue 14): `gettoken`
 * checks the corp id and secret the alert function's environment should hold and hands out a
 * token that expires; `message/send` checks the token and the agent id, knows the staff WeCom
 * accounts it is told about, and records what each person would have received — for the
 * emulator's alerts page and for tests, with injectable failures (an errcode, or a timeout).
 */
import type Database from 'better-sqlite3'
import { randomBytes } from 'node:crypto'
import type { FakeAnswer, FakeRequest } from './https-fakes'

export interface AppMessage {
  id: number
  touser: string
  agentid: number
  content: string
  at: number
}

/** What the WeCom application is, as the corp's admin console would say. */
export interface WecomAppIdentity {
  corpId: string
  agentId: number
  secret: string
}

export type AppFault = number | 'timeout'

export class WeComAppRecorder {
  private faults: AppFault[] = []
  private tokens = new Map<string, number>()
  /** gettoken calls answered (tests: the token is cached). */
  tokenRequests = 0

  constructor(
    private readonly sql: Database.Database,
    readonly identity: WecomAppIdentity,
  ) {
    sql.exec(
      `CREATE TABLE IF NOT EXISTS emu_wecom_app (id INTEGER PRIMARY KEY AUTOINCREMENT, touser TEXT NOT NULL, agentid INTEGER NOT NULL, content TEXT NOT NULL, at INTEGER NOT NULL)`,
    )
  }

  /** Makes the next message/send calls fail with these errcodes, or time out. */
  injectFaults(...faults: AppFault[]): void {
    this.faults.push(...faults)
  }

  /** Invalidates every token handed out (as WeCom does when the secret is reset). */
  expireTokens(): void {
    this.tokens.clear()
  }

  /** WeCom's answer to one request on the application API paths; null for another path. */
  answer(req: FakeRequest): FakeAnswer | null {
    const [path, query] = req.path.split('?')
    const q = new URLSearchParams(query ?? '')
    if (path === '/cgi-bin/gettoken') return { json: this.gettoken(q.get('corpid') ?? '', q.get('corpsecret') ?? '') }
    if (path === '/cgi-bin/message/send') {
      const fault = this.faults.shift()
      if (fault === 'timeout') return { fail: 'timeout' }
      if (fault) return { json: { errcode: fault, errmsg: 'injected by the emulator' } }
      return { json: this.send(q.get('access_token') ?? '', req.body) }
    }
    return null
  }

  private gettoken(corpid: string, secret: string) {
    if (corpid !== this.identity.corpId) return { errcode: 40013, errmsg: 'invalid corpid' }
    if (secret !== this.identity.secret) return { errcode: 40001, errmsg: 'invalid credential' }
    this.tokenRequests += 1
    const token = randomBytes(24).toString('hex')
    this.tokens.set(token, Date.now() + 7200_000)
    return { errcode: 0, errmsg: 'ok', access_token: token, expires_in: 7200 }
  }

  private send(token: string, body: string) {
    const until = this.tokens.get(token)
    if (!until) return { errcode: 40014, errmsg: 'invalid access_token' }
    if (until < Date.now()) return { errcode: 42001, errmsg: 'access_token expired' }
    let msg: { touser?: string; msgtype?: string; agentid?: number; text?: { content?: string } }
    try {
      msg = JSON.parse(body)
    } catch {
      return { errcode: 40001, errmsg: 'invalid json' }
    }
    if (msg.agentid !== this.identity.agentId) return { errcode: 40056, errmsg: 'invalid agentid' }
    const content = msg.text?.content ?? ''
    if (msg.msgtype !== 'text' || !content) return { errcode: 40008, errmsg: 'invalid message type' }
    if (Buffer.byteLength(content) > 2048) return { errcode: 45002, errmsg: 'content size out of limit' }
    const users = String(msg.touser ?? '')
      .split('|')
      .filter(Boolean)
    if (!users.length) return { errcode: 40003, errmsg: 'invalid userid' }
    const add = this.sql.prepare(`INSERT INTO emu_wecom_app (touser, agentid, content, at) VALUES (?, ?, ?, ?)`)
    for (const u of users) add.run(u, msg.agentid, content, Date.now())
    return { errcode: 0, errmsg: 'ok', invaliduser: '' }
  }

  /** Recorded messages, oldest first; optionally to one WeCom user id. */
  list(touser?: string): AppMessage[] {
    return (
      touser
        ? this.sql.prepare(`SELECT * FROM emu_wecom_app WHERE touser = ? ORDER BY id`).all(touser)
        : this.sql.prepare(`SELECT * FROM emu_wecom_app ORDER BY id`).all()
    ) as AppMessage[]
  }
}
