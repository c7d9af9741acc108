/**
 * The alert function's configuration, from its environment only (云函数 → 函数配置 → 环境变量):
 * the WeCom application (corp id, agent id, secret) and Tencent Cloud SMS (key pair, SDK app id,
 * signature, template). Secrets never leave this function: not to the database, the client or a
 * log — the status it reports says only whether each setting is present.
 */

/** WeCom application messages (企业微信应用消息). */
export interface WecomConfig {
  corpId: string
  agentId: number
  secret: string
}

/** Tencent Cloud SMS (短信). */
export interface SmsConfig {
  secretId: string
  secretKey: string
  sdkAppId: string
  signName: string
  templateId: string
  region: string
}

/** Environment variables each channel needs. */
export const WECOM_VARS = ['WECOM_CORP_ID', 'WECOM_AGENT_ID', 'WECOM_SECRET'] as const
export const SMS_VARS = ['SMS_SECRET_ID', 'SMS_SECRET_KEY', 'SMS_SDK_APP_ID', 'SMS_SIGN_NAME', 'SMS_TEMPLATE_ID'] as const

const env = (k: string) => (process.env[k] ?? '').trim()
const missingOf = (vars: readonly string[]) => vars.filter((k) => !env(k))

/** The WeCom application's settings, or the names of those missing. */
export function wecomConfig(): { config: WecomConfig | null; missing: string[] } {
  const missing = missingOf(WECOM_VARS)
  if (!missing.length && !/^\d+$/.test(env('WECOM_AGENT_ID'))) missing.push('WECOM_AGENT_ID')
  if (missing.length) return { config: null, missing }
  return { config: { corpId: env('WECOM_CORP_ID'), agentId: Number(env('WECOM_AGENT_ID')), secret: env('WECOM_SECRET') }, missing }
}

/** The SMS settings, or the names of those missing. */
export function smsConfig(): { config: SmsConfig | null; missing: string[] } {
  const missing = missingOf(SMS_VARS)
  if (missing.length) return { config: null, missing }
  return {
    config: {
      secretId: env('SMS_SECRET_ID'),
      secretKey: env('SMS_SECRET_KEY'),
      sdkAppId: env('SMS_SDK_APP_ID'),
      signName: env('SMS_SIGN_NAME'),
      templateId: env('SMS_TEMPLATE_ID'),
      region: env('SMS_REGION') || 'ap-guangzhou',
    },
    missing,
  }
}
