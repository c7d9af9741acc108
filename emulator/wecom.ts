/**
 * The emulator's stand-in for WeCom (企业微信) group robots: the functions' HTTPS requests to
 * qyapi.weixin.qq.com are answered here as WeCom answers them (errcode 0; 45009 past 20 messages
 * a minute per robot; 40058 over 4096 bytes) and recorded for the "微信通知" page and tests.
 * The application API on the same host is wecom-app.ts's. Everything else still goes to the
 * network as it would.
 */
import type Database from 'better-sqlite3'
import { fakeHost } from './https-fakes'
import type { WeComAppRecorder } from './wecom-app'

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

/**
 * Answers the functions' requests to qyapi.weixin.qq.com: group robot posts to `robots`,
 * application API calls (gettoken, message/send) to `app` (issue 14). A later call swaps both.
 */
export function installWeCom(robots: WeComRecorder, app?: WeComAppRecorder): void {
  fakeHost(HOST, (req) => {
    if (req.path.startsWith('/cgi-bin/webhook/send')) {
      const key = new URLSearchParams(req.path.split('?')[1] ?? '').get('key') ?? ''
      return { json: robots.post(key, req.body) }
    }
    return app?.answer(req) ?? { status: 404, json: { errcode: 404, errmsg: 'not emulated' } }
  })
}
