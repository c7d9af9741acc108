/**
 * Whether an emergency can reach a person without per-message consent (issue 14, "never silent"):
 * each channel the office may use — WeCom application messages, SMS, the departments' WeCom
 * group robots — with what is missing, from the office's settings and what the alert function
 * last reported about its environment. No channel at all means the red banner for the manager
 * and customer service, and the settings page names what to configure.
 */
import type { OfficeSettings } from './settings'

/** One channel as the alert function reports it: configured or not (never a secret), its last failure and success. */
export interface ReportedChannel {
  configured: boolean
  /** Names of the environment variables missing. */
  missing: string[]
  lastError?: string
  lastErrorAt?: number
  lastSentAt?: number
}

/** What the alert function last reported about its channels. */
export interface AlertStatus {
  wecomApp: ReportedChannel
  sms: ReportedChannel
  reportedAt: number
}

/** A report older than this means the alert function has not run lately (its timer runs every minute). */
const STALE_MS = 15 * 60_000
/** A failure more recent than this is shown with the channel. */
const RECENT_MS = 24 * 3_600_000

export interface ChannelHealth {
  key: 'wecomApp' | 'sms' | 'robots'
  label: string
  /** Whether it can alert someone now. */
  on: boolean
  /** What is missing or failing, in Chinese; empty when nothing is. */
  problems: string[]
}

export interface AlertHealth {
  channels: ChannelHealth[]
  /** No channel without per-message consent can alert anybody: the red banner. */
  silent: boolean
  /** Office-wide gaps: no duty phone for residents, no duty mobile for SMS. */
  problems: string[]
}

type Reported = ReportedChannel | undefined

/** The channel's last failure, when it is recent and nothing was sent since. */
function recentFailure(r: ReportedChannel, now: number): string | null {
  const failedAt = r.lastErrorAt ?? 0
  return r.lastError && now - failedAt < RECENT_MS && (r.lastSentAt ?? 0) < failedAt ? `最近一次发送失败：${r.lastError}` : null
}

/** Problems of one channel of the alert function. */
function functionProblems(turnedOn: boolean, reported: Reported, status: AlertStatus | null, now: number, off: string): string[] {
  if (!turnedOn) return [off]
  if (!status || !reported) return ['告警云函数（alert）未部署或从未运行']
  const failure = recentFailure(reported, now)
  return [
    ...(reported.configured ? [] : [`告警云函数的环境变量缺少：${reported.missing.join('、')}`]),
    ...(now - status.reportedAt > STALE_MS ? ['告警云函数超过 15 分钟未运行（检查其定时触发器）'] : []),
    ...(failure ? [failure] : []),
  ]
}

/**
 * The alert channels' health for `settings` at `now`.
 * @param status the alert function's last report (null: it never ran).
 */
export function alertHealth(settings: OfficeSettings, status: AlertStatus | null, now: number): AlertHealth {
  const a = settings.alerts
  const wecomProblems = functionProblems(a.wecomApp, status?.wecomApp, status, now, '未开启企业微信应用消息')
  const smsProblems = functionProblems(a.sms, status?.sms, status, now, '未开启短信')
  const robots = Object.values(settings.wecomRobots).filter(Boolean).length
  const channels: ChannelHealth[] = [
    { key: 'wecomApp', label: '企业微信应用消息', on: a.wecomApp && !!status?.wecomApp.configured, problems: wecomProblems },
    { key: 'sms', label: '短信', on: a.sms && !!status?.sms.configured, problems: smsProblems },
    { key: 'robots', label: '企业微信群机器人', on: robots > 0, problems: robots ? [] : ['未配置任何部门的群机器人'] },
  ]
  const problems = [
    ...(a.dutyPhone ? [] : ['未设置物业值班电话（紧急投诉的投诉人看不到应拨打的电话）']),
    ...(a.sms && !a.dutyMobile ? ['未设置值班手机（紧急短信只发给接警人员）'] : []),
  ]
  return { channels, silent: !channels.some((c) => c.on), problems }
}
