/**
 * SMS through Tencent Cloud SMS's official Node SDK (SendSms, API 2021-01-11), with the office's
 * signature and template. The SDK is a declared dependency of this function (installed by the
 * cloud), loaded on the first SMS only.
 */
import type { SmsConfig } from './channels'

export interface SmsResult {
  /** `Ok`, Tencent Cloud's error code, or `NETWORK` for a failed or timed-out request. */
  code: string
  message?: string
}

/** Codes retrying may fix: a busy service, a per-number limit of seconds or an hour, the network. */
export function smsRetryable(code: string): boolean {
  return (
    code === 'NETWORK' ||
    code.startsWith('InternalError') ||
    code === 'RequestLimitExceeded' ||
    code === 'LimitExceeded.PhoneNumberThirtySecondLimit' ||
    code === 'LimitExceeded.PhoneNumberOneHourLimit'
  )
}

/** A mainland mobile number as SendSms wants it (`+8613800001111`), or null for anything else (a landline). */
export function mobileOf(phone: string | undefined): string | null {
  const digits = String(phone ?? '').replace(/[\s-]/g, '')
  const m = /^(?:\+?86)?(1[3-9]\d{9})$/.exec(digits)
  return m ? `+86${m[1]}` : null
}

type SmsClient = { SendSms(req: Record<string, unknown>): Promise<{ SendStatusSet?: { Code?: string; Message?: string }[] }> }
let client: { key: string; client: SmsClient } | null = null

/** The SDK's client for `config` (one per key pair and region, kept while the instance lives). */
function clientFor(config: SmsConfig): SmsClient {
  const key = `${config.secretId}|${config.region}`
  if (client?.key === key) return client.client
  // Loaded on the first SMS only (a cold start without SMS does not pay for it); require, not import(), so jest can load the bundle.
  const { Client } =
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    require('tencentcloud-sdk-nodejs-sms/tencentcloud/services/sms/v20210111/sms_client') as typeof import('tencentcloud-sdk-nodejs-sms/tencentcloud/services/sms/v20210111/sms_client')
  const c = new Client({
    credential: { secretId: config.secretId, secretKey: config.secretKey },
    region: config.region,
    profile: { httpProfile: { reqTimeout: 10 } },
  }) as unknown as SmsClient
  client = { key, client: c }
  return c
}

/** Sends the template with `params` to one mobile number (`+86…`). Never throws. */
export async function sendSms(config: SmsConfig, mobile: string, params: string[]): Promise<SmsResult> {
  try {
    const r = await clientFor(config).SendSms({
      PhoneNumberSet: [mobile],
      SmsSdkAppId: config.sdkAppId,
      SignName: config.signName,
      TemplateId: config.templateId,
      TemplateParamSet: params,
    })
    const s = r.SendStatusSet?.[0]
    return { code: s?.Code ?? 'NETWORK', message: s?.Message }
  } catch (err) {
    const e = err as { code?: string; message?: string }
    return { code: e.code || 'NETWORK', message: e.message }
  }
}
