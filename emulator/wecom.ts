/**
 * The emulator's stand-in for WeCom (企业微信) group robots: the functions' HTTPS requests to
 * qyapi.weixin.qq.com are answered here as WeCom answers them (errcode 0; 45009 past 20 messages
 * a minute per robot; 40058 over 4096 bytes) and recorded for the "微信通知" page and tests.
 * Everything else still goes to the network as it would.
 */
import type Database from 'better-sqlite3'
import { EventEmitter } from 'node:events'
import { PassThrough } from 'node:stream'

// The module object itself (an ES namespace import would be a copy): the functions' bundles read
// `request` from it at call time, so replacing it here reaches them.

const https = require('node:https') as typeof import('node:https')

const HOST = 'qyapi.weixin.qq.com'

export interface RobotMessage {
  id: number
  key: string
  content: string
  at: number
}

export class WeComRecorder {
  private faults: number[] = []

  constructor(private readonly sql: Database.Database) {
    sql.exec(
      `CREATE TABLE IF NOT EXISTS emu_wecom (id INTEGER PRIMARY KEY AUTOINCREMENT, key TEXT NOT NULL, content TEXT NOT NULL, at INTEGER NOT NULL)`,
    )
  }

  /** Makes the next robot posts fail with these errcodes (tests). */
  injectFaults(...codes: number[]): void {
    this.faults.push(...codes)
  }

  /** WeCom's answer to one webhook post. */
  post(key: string, body: string): { errcode: number; errmsg: string } {
    const fault = this.faults.shift()
    if (fault) return { errcode: fault, errmsg: 'injected by the emulator' }
    if (!key) return { errcode: 93000, errmsg: 'invalid webhook url' }
    let msg: { msgtype?: string; markdown?: { content?: string }; text?: { content?: string } }
    try {
      msg = JSON.parse(body)
    } catch {
      return { errcode: 40001, errmsg: 'invalid json' }
    }
    const content = msg.markdown?.content ?? msg.text?.content ?? ''
    if (!content) return { errcode: 40008, errmsg: 'invalid message type' }
    if (Buffer.byteLength(content) > 4096) return { errcode: 40058, errmsg: 'content exceed max length' }
    const lastMinute = this.sql.prepare(`SELECT COUNT(*) AS n FROM emu_wecom WHERE key = ? AND at > ?`).get(key, Date.now() - 60_000) as {
      n: number
    }
    if (lastMinute.n >= 20) return { errcode: 45009, errmsg: 'api freq out of limit' }
    this.sql.prepare(`INSERT INTO emu_wecom (key, content, at) VALUES (?, ?, ?)`).run(key, content, Date.now())
    return { errcode: 0, errmsg: 'ok' }
  }

  list(key?: string): RobotMessage[] {
    const rows = (
      key
        ? this.sql.prepare(`SELECT * FROM emu_wecom WHERE key = ? ORDER BY id`).all(key)
        : this.sql.prepare(`SELECT * FROM emu_wecom ORDER BY id`).all()
    ) as RobotMessage[]
    return rows
  }
}

let active: WeComRecorder | null = null
const realRequest = https.request

/** Routes HTTPS requests for WeCom's robot API to `recorder` (once per process; later calls swap it). */
export function installWeCom(recorder: WeComRecorder): void {
  if (!active) {
    https.request = ((options: any, callback?: any) => {
      if (!active || typeof options !== 'object' || options.hostname !== HOST) return realRequest(options, callback)
      return fakeRequest(active, String(options.path ?? ''), callback)
    }) as typeof https.request
  }
  active = recorder
}

/** A ClientRequest look-alike: collects the body, answers on end(). */
function fakeRequest(recorder: WeComRecorder, path: string, callback?: (res: PassThrough & { statusCode: number }) => void) {
  const req = new EventEmitter() as EventEmitter & { end(body?: string): void; destroy(err?: Error): void; write(chunk: string): void }
  let body = ''
  req.write = (chunk) => void (body += chunk)
  req.destroy = (err) => void (err && req.emit('error', err))
  req.end = (chunk) => {
    if (chunk) body += chunk
    const key = new URLSearchParams(path.split('?')[1] ?? '').get('key') ?? ''
    const answer = JSON.stringify(recorder.post(key, body))
    setImmediate(() => {
      const res = Object.assign(new PassThrough(), { statusCode: 200 })
      callback?.(res)
      res.end(answer)
    })
  }
  return req
}
