/**
 * Everything the office holds on one resident (PIPL arts. 44–45: to see and to copy), as one
 * structure: the app shows it, and the report function writes the same as a spreadsheet. Pure.
 */
import type { MediaCheck } from './media-check'
import type { User } from './model'
import type { WithPrivacy } from './privacy'
import type { RoomBinding } from './room-bindings'
import { BINDING_STATUSES, RELATIONS } from '@shared/households'
import { ACCESS_PURPOSES, MEDIA_STATUSES, PERSONAL_FIELDS } from '@shared/privacy-labels'
import { CATEGORIES, CHANNELS, ROLES, SATISFACTION, STATUSES, label } from '@shared/vocabulary'

/** One row of the data, as label → value. */
export type Row = Record<string, string | number>

/** The resident's data, in sections the app and the spreadsheet show in this order. */
export interface PersonalData {
  exportedAt: number
  account: Row
  /** Issue 16: the rooms the person asked to be bound to, in every estate, with the outcome. */
  rooms: Row[]
  complaints: Row[]
  messages: Row[]
  notificationConsents: Row[]
  contactViews: Row[]
  uploads: Row[]
}

/** What is read for it. */
export interface PersonalSources {
  user: User
  rooms: RoomBinding[]
  complaints: WithPrivacy[]
  messages: { at: number; title: string; complaintNo: string; fields: string[]; read: boolean }[]
  quota: { template: string; count: number }[]
  templateTitles: Record<string, string>
  views: { at: number; complaintNo?: string; viewer: { name: string; role: string }; purpose: string; fields: string[] }[]
  uploads: MediaCheck[]
}

/**
 * What was recorded of a complaint as an emergency (issue 14), as the resident's own page tells it:
 * that it was one, what the rules recognised, who acknowledged it, or why it was cleared; '' for a
 * complaint that never was one.
 */
function emergencyOf(c: WithPrivacy): string {
  const a = c.alert
  if (!a) return c.emergency ? '紧急' : ''
  if (a.review === 'cleared') return `已按一般投诉处理：${a.reviewed?.reason ?? '经核实非紧急情况'}`
  const found = a.rules.map((r) => r.name).join('、')
  return ['紧急', found && `系统识别：${found}`, a.acknowledged && `${a.acknowledged.by.name}已接警`].filter(Boolean).join('；')
}

/** Issue 19: how many voice notes and videos the complaint holds (recordings are personal information too). */
const recordingsOf = (c: WithPrivacy): Row => ({ 语音: c.voiceNotes?.length ?? 0, 视频: c.videos?.length ?? 0 })

/** Instants as numbers (ms UTC): the app formats them in Asia/Shanghai, the sheet too. */
function complaintRow(c: WithPrivacy): Row {
  const latest = c.rating ?? c.ratings.at(-1)
  return {
    投诉编号: c.no,
    投诉时间: c.createdAt,
    渠道: label(CHANNELS, c.channel),
    类别: label(CATEGORIES, c.category),
    地点: c.location,
    内容: c.description,
    涉及人员: c.involved ?? '',
    紧急情况: emergencyOf(c),
    登记的姓名: c.complainant.name,
    登记的房号: c.complainant.room,
    登记的电话: c.complainant.phone,
    照片: c.photos.length,
    ...recordingsOf(c),
    状态: label(STATUSES, c.status),
    处理结果: c.result?.summary ?? c.refusal?.explanation ?? '',
    评价: latest ? `${label(SATISFACTION, String(latest.level))} ${latest.comment}`.trim() : '',
    结案时间: c.closedAt ?? '',
  }
}

const fieldsText = (fields: string[]) => fields.map((f) => label(PERSONAL_FIELDS, f) ?? f).join('、')

/** The resident's data at `now` from what was read. */
export function personalDataOf(s: PersonalSources, now: number): PersonalData {
  const u = s.user
  return {
    exportedAt: now,
    account: { 微信标识: u.openid, 姓名: u.name, 房号: u.room ?? '', 电话: u.phone, 身份: label(ROLES, u.role), 注册时间: u.createdAt },
    rooms: s.rooms.map((b) => ({
      小区: b.estate,
      房号: b.roomKey,
      关系: label(RELATIONS, b.relation),
      登记姓名: b.name,
      登记电话: b.phone,
      状态: label(BINDING_STATUSES, b.status),
      未通过原因: b.reason ?? '',
      申请时间: b.createdAt,
    })),
    complaints: s.complaints.map(complaintRow),
    messages: s.messages.map((m) => ({
      时间: m.at,
      标题: m.title,
      投诉编号: m.complaintNo,
      内容: m.fields.filter((f) => f && f !== m.complaintNo).join(' · '),
      已读: m.read ? '是' : '否',
    })),
    notificationConsents: s.quota.map((q) => ({ 通知: s.templateTitles[q.template] ?? q.template, 剩余可发送次数: q.count })),
    contactViews: s.views.map((v) => ({
      时间: v.at,
      投诉编号: v.complaintNo ?? '',
      查看人: v.viewer.name,
      岗位: label(ROLES, v.viewer.role) ?? v.viewer.role,
      用途: label(ACCESS_PURPOSES, v.purpose) ?? v.purpose,
      内容: fieldsText(v.fields),
    })),
    uploads: s.uploads.map((m) => ({
      投诉编号: m.complaintNo,
      上传时间: m.createdAt,
      内容检测: label(MEDIA_STATUSES, m.status) ?? m.status,
    })),
  }
}

/** Section titles, in order, for the app and the spreadsheet. */
export const SECTIONS: [keyof Omit<PersonalData, 'exportedAt' | 'account'>, string][] = [
  ['rooms', '房屋绑定'],
  ['complaints', '投诉'],
  ['messages', '消息'],
  ['notificationConsents', '通知授权'],
  ['contactViews', '联系方式查看记录'],
  ['uploads', '上传的照片'],
]

/** Which of a complaint's rows are instants (formatted as times). */
export const TIME_COLUMNS = new Set(['投诉时间', '结案时间', '时间', '注册时间', '上传时间', '申请时间'])
