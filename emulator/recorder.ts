/**
 * The emulator's stand-in for WeChat's subscription messages: it keeps WeChat's own record of
 * each user's consent (one accept = one message), applies the value rules of MESSAGES.md and
 * WeChat's error codes (43101, 47003, 40037, 40003), and records what would have been delivered,
 * for the "WeChat notifications" page and for tests. Independent of the functions' formatter on
 * purpose, so a formatter bug shows up as a 47003 here.
 */
import type Database from 'better-sqlite3'
import messages from '../config/messages.json'

export interface RecordedMessage {
  id: number
  touser: string
  templateId: string
  title: string
  page: string
  data: Record<string, { value: string }>
  miniprogramState: string
  at: number
}

/** An error as wx-server-sdk raises it from an openapi call. */
export function wxError(api: string, errCode: number, msg: string) {
  return Object.assign(new Error(`${api}:fail ${errCode} ${msg}`), { errCode, errMsg: `${api}:fail ${errCode} ${msg}` })
}

const API = 'openapi.subscribeMessage.send'
const CHINESE = /[\u3400-\u9fff]/

/** Why `value` breaks WeChat's rule for the keyword type of `key`, or null. */
export function ruleViolation(key: string, value: unknown): string | null {
  const type = key.replace(/\d+$/, '')
  if (typeof value !== 'string' || value.length === 0) return 'empty or not a string'
  // eslint-disable-next-line no-control-regex -- WeChat refuses control characters; this finds them
  if (/[\u0000-\u001f]/.test(value)) return 'control characters'
  const n = Array.from(value).length
  const date = '(\\d{4}年\\d{1,2}月\\d{1,2}日|\\d{4}-\\d{1,2}-\\d{1,2}|\\d{4}/\\d{1,2}/\\d{1,2})'
  const time = '\\d{1,2}:\\d{2}(:\\d{2})?'
  const range = (p: string) => new RegExp(`^${p}( ?~ ?${p})?$`)
  const checks: Record<string, () => boolean> = {
    thing: () => n <= 20,
    number: () => /^\d+(\.\d+)?$/.test(value) && value.replace('.', '').length <= 32,
    letter: () => /^[A-Za-z]{1,32}$/.test(value),
    symbol: () => n <= 5 && !/[\p{L}\p{N}]/u.test(value),
    character_string: () => n <= 32 && /^[\x21-\x7e]+$/.test(value),
    time: () => range(`(${date} )?${time}`).test(value),
    date: () => range(`${date}( ${time})?`).test(value),
    amount: () => /^[¥$€£]?\d{1,10}(\.\d+)?元?$/.test(value),
    phone_number: () => /^[\d+\-()]{1,17}$/.test(value),
    car_number: () => n <= 8,
    name: () => (CHINESE.test(value) ? n <= 10 : n <= 20),
    phrase: () => n <= 5 && /^[\u4e00-\u9fa5]+$/.test(value),
  }
  const check = checks[type]
  if (!check) return `unknown keyword type ${type}`
  return check() ? null : `breaks the ${type} rule`
}

export class MessageRecorder {
  /** Error codes to answer on the next sends (fault injection for tests). */
  private faults: number[] = []

  constructor(
    private readonly sql: Database.Database,
    /** templateId → template name, from config/environments.json's emulator environment. */
    private readonly templates: Record<string, string>,
  ) {
    sql.exec(`CREATE TABLE IF NOT EXISTS emu_consent (openid TEXT NOT NULL, template_id TEXT NOT NULL, count INTEGER NOT NULL, PRIMARY KEY (openid, template_id));
      CREATE TABLE IF NOT EXISTS emu_messages (id INTEGER PRIMARY KEY AUTOINCREMENT, touser TEXT NOT NULL, template_id TEXT NOT NULL, title TEXT, page TEXT, data TEXT, state TEXT, at INTEGER NOT NULL);`)
  }

  /** The user tapped 允许 (accept) or 取消 (reject) for each template in a consent panel. */
  consent(openid: string, results: Record<string, string>): void {
    const add = this.sql.prepare(
      `INSERT INTO emu_consent (openid, template_id, count) VALUES (?, ?, 1) ON CONFLICT(openid, template_id) DO UPDATE SET count = count + 1`,
    )
    for (const [id, r] of Object.entries(results)) if (r === 'accept' && this.templates[id]) add.run(openid, id)
  }

  consentLeft(openid: string, templateId: string): number {
    const row = this.sql.prepare(`SELECT count FROM emu_consent WHERE openid = ? AND template_id = ?`).get(openid, templateId) as
      { count: number } | undefined
    return row?.count ?? 0
  }

  /** Makes the next send(s) fail with these WeChat error codes, in order. */
  injectFaults(...codes: number[]): void {
    this.faults.push(...codes)
  }

  /** `cloud.openapi.subscribeMessage.send` as WeChat answers it. */
  async send(req: {
    touser?: string
    templateId?: string
    page?: string
    data?: Record<string, { value: unknown }>
    miniprogramState?: string
    lang?: string
  }) {
    const fault = this.faults.shift()
    if (fault) throw wxError(API, fault, 'injected by the emulator')
    if (!req.touser) throw wxError(API, 40003, 'invalid openid')
    const name = req.templateId ? this.templates[req.templateId] : undefined
    if (!name) throw wxError(API, 40037, 'invalid template id')
    const fields = Object.values((messages.templates as Record<string, { fields: Record<string, string> }>)[name].fields)
    const data = req.data ?? {}
    for (const key of fields) {
      const problem = data[key] ? ruleViolation(key, data[key].value) : 'missing'
      if (problem) throw wxError(API, 47003, `argument invalid! data.${key}.value ${problem}`)
    }
    const extra = Object.keys(data).find((k) => !fields.includes(k))
    if (extra) throw wxError(API, 47003, `argument invalid! data.${extra} not in template`)
    if (req.miniprogramState && !['developer', 'trial', 'formal'].includes(req.miniprogramState))
      throw wxError(API, 47003, 'argument invalid! miniprogram_state')
    const took = this.sql
      .prepare(`UPDATE emu_consent SET count = count - 1 WHERE openid = ? AND template_id = ? AND count > 0`)
      .run(req.touser, req.templateId)
    if (took.changes !== 1) throw wxError(API, 43101, 'user refuse to accept the msg')
    const title = (messages.templates as Record<string, { title: string }>)[name].title
    this.sql
      .prepare(`INSERT INTO emu_messages (touser, template_id, title, page, data, state, at) VALUES (?, ?, ?, ?, ?, ?, ?)`)
      .run(req.touser, req.templateId, title, req.page ?? '', JSON.stringify(data), req.miniprogramState ?? 'formal', Date.now())
    return { errCode: 0, errMsg: `${API}:ok` }
  }

  /** Recorded messages, oldest first; optionally of one user. */
  list(touser?: string): RecordedMessage[] {
    const rows = (
      touser
        ? this.sql.prepare(`SELECT * FROM emu_messages WHERE touser = ? ORDER BY id`).all(touser)
        : this.sql.prepare(`SELECT * FROM emu_messages ORDER BY id`).all()
    ) as Record<string, any>[]
    return rows.map((r) => ({
      id: r.id,
      touser: r.touser,
      templateId: r.template_id,
      title: r.title,
      page: r.page,
      data: JSON.parse(r.data),
      miniprogramState: r.state,
      at: r.at,
    }))
  }
}
