/**
 * The emulator's page of emergency alerts (issue 14): what WeCom application messages and SMS
 * would have delivered to whom, and the group robots' posts — like the subscription messages'
 * page, for people trying the product and for the browser test.
 */
import type { DemoAccount } from '../demo-accounts'
import type { AppMessage } from '../wecom-app'
import type { SmsMessage } from '../sms'
import type { RobotMessage } from '../wecom'
import { STYLE, esc } from './dev-pages'

const when = (at: number) => new Date(at).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai' })

/** The recorded alerts, newest first, each with its recipient as a person where the demo knows them. */
export function alertsPage(r: { wecomApp: AppMessage[]; sms: SmsMessage[]; robots: RobotMessage[] }, accounts: DemoAccount[]): string {
  const byWecom = (id: string) => accounts.find((a) => a.wecomUserId === id)?.name ?? id
  const byPhone = (p: string) => accounts.find((a) => `+86${a.phone}` === p)?.name ?? '值班手机'
  const card = (cls: string, head: string, at: number, body: string) =>
    `<div class="card ${cls}"><div class="row"><b>${esc(head)}</b><span class="muted">${when(at)}</span></div><pre style="white-space:pre-wrap;font:13px/1.6 inherit;margin:6px 0 0">${esc(body)}</pre></div>`
  const section = (title: string, items: string[]) =>
    `<h2>${title}（${items.length} 条）</h2>${items.join('') || '<div class="card muted">还没有。</div>'}`
  return `<!doctype html><html lang="zh-CN"><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>紧急告警 · 本地模拟器</title><style>${STYLE}</style>
<header><h1>紧急告警（企业微信应用消息、短信）</h1><p>本地模拟器记录的、企业微信和腾讯云短信会送达的告警。无需用户逐条授权。</p></header><main>
<p class="muted"><a href="/">返回小程序</a> · <a href="/__emu/notifications?all=1">微信订阅消息</a></p>
${section(
  '企业微信应用消息',
  [...r.wecomApp]
    .reverse()
    .map((m) => card('wecom-app', `发给 ${byWecom(m.touser)}（${m.touser}）`, m.at, m.content.replace(/<[^>]+>/g, ''))),
)}
${section(
  '短信',
  [...r.sms]
    .reverse()
    .map((m) =>
      card(
        'sms',
        `发给 ${byPhone(m.phone)}（${m.phone.slice(0, 6)}****${m.phone.slice(-4)}）· 【${m.sign}】模板 ${m.template}`,
        m.at,
        m.params.join(' / '),
      ),
    ),
)}
${section(
  '企业微信群机器人',
  [...r.robots].reverse().map((g) => card('wecom', `机器人 ••••${g.key.slice(-4)}`, g.at, g.content.replace(/<[^>]+>/g, ''))),
)}</main></html>`
}
