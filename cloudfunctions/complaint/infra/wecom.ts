/**
 * WeCom (企业微信) group robots: the staff channel beside one-time subscription messages
 * (MESSAGES.md, "Staff channels"). No consent is needed, but the whole group reads it, so a
 * message carries no complainant's name, room or phone — only the matter, its number and deadline.
 * Node's https (cloud functions may run on Node 16, without fetch).
 */
import * as https from 'node:https'
import type { NotificationIntent } from '../domain/lifecycle'
import { discloseAt, groupDisclosure } from '../domain/disclosure'
import type { Complaint } from '../domain/model'
import type { OfficeSettings } from '../domain/settings'
import { messageValues } from '../domain/notifications'
import { CUSTOMER_SERVICE } from '@shared/departments'

export const WECOM_HOST = 'qyapi.weixin.qq.com'
/** Markdown messages may be at most 4096 bytes. */
const MAX_BYTES = 4096

/** Errors retrying cannot fix: an invalid or removed webhook key. */
export const WECOM_PERMANENT = new Set([93000, 40008])

export type RobotGroup = keyof OfficeSettings['wecomRobots']

/**
 * Which staff group hears about an audience for one complaint, or null: none configured, the
 * complainant (never a group), or a complaint about a staff member that is not an emergency
 * (the group may include the person it is about).
 */
export function robotGroupFor(
  audience: NotificationIntent['audience'],
  departmentCode: string | null | undefined,
  c: Complaint,
  settings: OfficeSettings,
): RobotGroup | null {
  if (audience === 'complainant' || (c.subjectStaff && !c.emergency)) return null
  const group = (audience === 'managers' ? 'office' : audience === 'customer_service' ? CUSTOMER_SERVICE : departmentCode) as
    RobotGroup | undefined
  return group && settings.wecomRobots[group] ? group : null
}

/**
 * The group message for a notification kind: the facts of the subscription message, rendered at
 * the level the whole group may see (groupDisclosure: masked, or the accused's when the complaint
 * is about a staff member — then not even the place), and no personal data.
 */
export function robotMarkdown(kind: string, c: Complaint, now: number): string {
  const { title, lines } = messageValues(kind, discloseAt(c, groupDisclosure(c)).complaint, now)
  const text = [`**${title}**`, ...lines.map(([k, v]) => `> ${k}：<font color="comment">${v}</font>`), '请在小程序中处理。'].join('\n')
  let out = text
  while (Buffer.byteLength(out) > MAX_BYTES) out = out.slice(0, -20) + '…'
  return out
}

/** Posts one markdown message to a group robot; resolves with WeCom's errcode (0 = sent). */
export function sendRobot(key: string, markdown: string): Promise<{ code: number; message?: string }> {
  const body = JSON.stringify({ msgtype: 'markdown', markdown: { content: markdown } })
  return new Promise((resolve) => {
    const req = https.request(
      {
        hostname: WECOM_HOST,
        path: `/cgi-bin/webhook/send?key=${encodeURIComponent(key)}`,
        method: 'POST',
        timeout: 5000,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
      },
      (res) => {
        let data = ''
        res.on('data', (chunk) => (data += chunk))
        res.on('end', () => {
          try {
            const j = JSON.parse(data) as { errcode?: number; errmsg?: string }
            resolve({ code: j.errcode ?? -1, message: j.errmsg })
          } catch {
            resolve({ code: -1, message: `unexpected answer (HTTP ${res.statusCode})` })
          }
        })
      },
    )
    req.on('timeout', () => req.destroy(new Error('timeout')))
    req.on('error', (e) => resolve({ code: -1, message: e.message }))
    req.end(body)
  })
}
