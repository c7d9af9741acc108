/**
 * The emulator's stand-in for Tencent Cloud SMS (SendSms, 2021-01-11; issue 14): it answers the
 * official SDK's signed requests as the service does — the key pair's SecretId, the SDK app id,
 * the approved signature and template must be the ones the alert function's environment holds;
 * a number that is not a mainland mobile is refused per number — and records each message that
 * would have been sent, for the emulator's alerts page and for tests, with injectable failures
 * (a Tencent Cloud error code for the number, or a timeout).
 */
import type Database from 'better-sqlite3'
import { randomUUID } from 'node:crypto'
import type { FakeAnswer, FakeRequest } from './https-fakes'

export interface SmsMessage {
  id: number
  phone: string
  sign: string
  template: string
  params: string[]
  at: number
}

/** The SMS account as Tencent Cloud's console would say. */
export interface SmsIdentity {
  secretId: string
  sdkAppId: string
  signName: string
  templateId: string
}

export type SmsFault = string | 'timeout'

/** Longest template variable accepted ("other" variables). */
const PARAM_MAX = 26

export class SmsRecorder {
  private faults: SmsFault[] = []

  constructor(
    private readonly sql: Database.Database,
    readonly identity: SmsIdentity,
  ) {
    sql.exec(
      `CREATE TABLE IF NOT EXISTS emu_sms (id INTEGER PRIMARY KEY AUTOINCREMENT, phone TEXT NOT NULL, sign TEXT NOT NULL, template TEXT NOT NULL, params TEXT NOT NULL, at INTEGER NOT NULL)`,
    )
  }

  /** Makes the next sends fail with these codes (per number), or time out. */
  injectFaults(...faults: SmsFault[]): void {
    this.faults.push(...faults)
  }

  /** The service's answer to one request. */
  answer(req: FakeRequest): FakeAnswer {
    const requestId = randomUUID()
    const error = (Code: string, Message: string): FakeAnswer => ({
      json: { Response: { Error: { Code, Message }, RequestId: requestId } },
    })
    if (req.headers['x-tc-action'] !== 'SendSms') return error('InvalidAction', 'only SendSms is emulated')
    const credential = /Credential=([^/]+)\//.exec(req.headers.authorization ?? '')?.[1]
    if (credential !== this.identity.secretId) return error('AuthFailure.SecretIdNotFound', 'The SecretId is not found')
    const fault = this.faults.shift()
    if (fault === 'timeout') return { fail: 'timeout' }
    let body: { PhoneNumberSet?: string[]; SmsSdkAppId?: string; SignName?: string; TemplateId?: string; TemplateParamSet?: string[] }
    try {
      body = JSON.parse(req.body)
    } catch {
      return error('InvalidParameter', 'body is not JSON')
    }
    if (body.SmsSdkAppId !== this.identity.sdkAppId) return error('FailedOperation.SmsSdkAppIdVerifyFail', 'SdkAppId is not yours')
    if (body.SignName !== this.identity.signName) return error('FailedOperation.SignatureIncorrectOrUnapproved', 'signature not approved')
    if (body.TemplateId !== this.identity.templateId) return error('FailedOperation.TemplateIncorrectOrUnapproved', 'template not approved')
    const params = body.TemplateParamSet ?? []
    const set = (body.PhoneNumberSet ?? []).map((phone) => this.sendOne(phone, params, fault))
    return { json: { Response: { SendStatusSet: set, RequestId: requestId } } }
  }

  private sendOne(phone: string, params: string[], fault: string | undefined) {
    const status = (Code: string, Message: string) => ({
      SerialNo: randomUUID(),
      PhoneNumber: phone,
      Fee: Code === 'Ok' ? 1 : 0,
      SessionContext: '',
      Code,
      Message,
      IsoCode: 'CN',
    })
    if (fault) return status(fault, 'injected by the emulator')
    if (!/^\+861[3-9]\d{9}$/.test(phone)) return status('InvalidParameterValue.IncorrectPhoneNumber', 'incorrect phone number')
    if (params.some((p) => Array.from(String(p)).length > PARAM_MAX))
      return status('InvalidParameterValue.TemplateParameterLengthLimit', 'template parameter too long')
    this.sql
      .prepare(`INSERT INTO emu_sms (phone, sign, template, params, at) VALUES (?, ?, ?, ?, ?)`)
      .run(phone, this.identity.signName, this.identity.templateId, JSON.stringify(params), Date.now())
    return status('Ok', 'send success')
  }

  /** Recorded messages, oldest first; optionally to one number (`+86…`). */
  list(phone?: string): SmsMessage[] {
    const rows = (
      phone
        ? this.sql.prepare(`SELECT * FROM emu_sms WHERE phone = ? ORDER BY id`).all(phone)
        : this.sql.prepare(`SELECT * FROM emu_sms ORDER BY id`).all()
    ) as (Omit<SmsMessage, 'params'> & { params: string })[]
    return rows.map((r) => ({ ...r, params: JSON.parse(r.params) }))
  }
}
