/**
 * Records around a complaint: the registration form (登记表, A2/V2) as a printable record, and
 * the repeat-complaint hint for customer service (A4-R4: the system proposes, staff decide).
 */
import { formatInstant } from '../domain/calendar'
import { forbidden, notFound } from '../domain/errors'
import { canView, isCustomerService, maskName, maskPhone, mayRevealContact, personRef } from '../domain/policy'
import { repeatCandidates } from '../domain/repeat'
import { toSummary } from '../domain/view'
import {
  CATEGORIES,
  CHANNELS,
  DEPARTMENTS,
  HANDLING_MODES,
  REFUSAL_GROUNDS,
  SATISFACTION,
  STATUSES,
  TIERS,
  CLOSURES,
} from '@shared/vocabulary'
import { fileUrls } from '../infra/files'
import * as accessLog from '../infra/repositories/access-log'
import * as complaints from '../infra/repositories/complaints'
import * as history from '../infra/repositories/events'
import { actorOf, requireStaff, type CallContext } from './context'
import { toEventView } from '../domain/view'

/** complaint.repeatCandidates — earlier complaints this one may repeat (customer service, manager). */
export async function repeats(payload: { id?: string }, ctx: CallContext) {
  const u = requireStaff(ctx)
  const rules = await ctx.rules()
  if (!isCustomerService(rules.actor) && u.role !== 'manager') throw forbidden()
  const c = await complaints.byId(String(payload?.id ?? ''))
  if (!c) throw notFound()
  return repeatCandidates(c, await complaints.ofSameComplainant(c)).map((r) => ({
    ...toSummary(r.complaint, rules.actor, ctx.now),
    resultSummary: r.complaint.result?.summary,
    proposeRefusal: r.proposeRefusal,
    reason: r.reason,
    novelty: Math.round(r.novelty * 100) / 100,
  }))
}

/**
 * complaint.form — the registration form as a printable record (V2). Staff who need the
 * complainant's details see them in full, and that view is logged (G3-P5); others see them masked.
 */
export async function registrationForm(payload: { id?: string }, ctx: CallContext) {
  const u = requireStaff(ctx)
  const c = await complaints.byId(String(payload?.id ?? ''))
  const actor = actorOf(u, ctx.openid)
  if (!c || !canView(c, actor)) throw notFound()
  const full = mayRevealContact(c, actor)
  if (full) {
    await accessLog.record({
      complaintId: c._id,
      complaintNo: c.no,
      viewer: personRef(actor),
      at: ctx.now,
      fields: ['name', 'room', 'phone'],
      purpose: 'registration_form',
    })
  }
  const [events, urls] = await Promise.all([
    history.ofComplaint(c._id),
    fileUrls([...c.photos, ...(c.confirmation.signatureFile ? [c.confirmation.signatureFile] : [])]),
  ])
  const t = (at?: number) => (at ? formatInstant(at) : '')
  return {
    title: '物业后勤服务投诉登记表',
    no: c.no,
    printedAt: formatInstant(ctx.now),
    masked: !full,
    sections: [
      {
        title: '投诉人',
        rows: [
          ['姓名', full ? c.complainant.name : maskName(c.complainant.name)],
          ['房号', c.complainant.room || '—'],
          ['联系电话', full ? c.complainant.phone || '—' : maskPhone(c.complainant.phone)],
          ['投诉时间', t(c.createdAt)],
          ['投诉渠道', CHANNELS[c.channel]],
        ],
      },
      {
        title: '投诉事项',
        rows: [
          ['类别', CATEGORIES[c.category]],
          ['地点', c.location],
          ['内容', c.description],
          ['涉及人员', c.involved || '—'],
          ['被投诉员工', c.subjectStaff?.name ?? '—'],
          ['级别', TIERS[c.tier] + (c.emergency ? '（紧急）' : '')],
          ['照片', `${c.photos.length} 张`],
        ],
      },
      {
        title: '受理',
        rows: [
          ['首问责任人', c.firstContact ? `${c.firstContact.name}（${t(c.firstContact.at)}）` : '—'],
          ['登记人', c.registeredBy?.name ?? '业主自行提交'],
          [
            '投诉人确认',
            c.confirmation.required
              ? c.confirmation.at
                ? `已确认（${c.confirmation.method === 'signature' ? '签字' : c.confirmation.method === 'phone_readback' ? '电话复述确认' : '小程序确认'}，${t(c.confirmation.at)}）`
                : '待确认'
              : '无需确认',
          ],
          ['受理时间', t(c.acceptedAt) || '—'],
          ['不予受理', c.refusal ? `${REFUSAL_GROUNDS[c.refusal.ground]}：${c.refusal.explanation}` : '—'],
        ],
      },
      {
        title: '处理',
        rows: [
          ['承办部门', c.departmentCode ? DEPARTMENTS[c.departmentCode] : '—'],
          ['承办人', c.assignee?.name ?? '—'],
          ['派单时间', t(c.dispatchedAt) || '—'],
          ['处理期限', t(c.deadlines.handlingDueAt) || '—'],
          ['处理方式', c.mode ? HANDLING_MODES[c.mode] : '—'],
          ['处理结果', c.result?.summary ?? '—'],
          ['办结时间', t(c.resolvedAt) || '—'],
        ],
      },
      {
        title: '回访与评价',
        rows: [
          ['满意度', c.rating ? `${SATISFACTION[c.rating.level]}${c.rating.comment ? '：' + c.rating.comment : ''}` : '—'],
          ['状态', STATUSES[c.status] + (c.closure ? `（${CLOSURES[c.closure]}）` : '')],
          ['结案时间', t(c.closedAt) || '—'],
        ],
      },
    ],
    photos: c.photos.map((f) => urls.get(f) ?? ''),
    signature: c.confirmation.signatureFile ? (urls.get(c.confirmation.signatureFile) ?? '') : undefined,
    events: events.map(toEventView).map((e) => ({
      at: formatInstant(e.at),
      action: e.actionLabel,
      actor: `${e.actorName}（${e.actorRoleLabel}）`,
      change: e.fromLabel ? `${e.fromLabel} → ${e.toLabel}` : e.toLabel,
      reason: e.reason ?? '',
    })),
  }
}
