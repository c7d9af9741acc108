/**
 * Random stored complaints for the rollup specs (issue 17): every field a report figure reads,
 * in any combination the store may hold — so a property over them covers every transition.
 */
import fc from 'fast-check'
import type { Complaint, HotlineOrder } from '../../cloudfunctions/complaint/domain/model'
import { DEFAULT_DEPARTMENTS } from '@shared/departments'
import { CATEGORIES, CHANNELS, REFUSAL_GROUNDS, STATUSES, TIERS, WITHDRAWAL_REASONS } from '@shared/vocabulary'
import { HOTLINE_SATISFACTION, type HotlineSatisfaction } from '@shared/vocabulary'

const keys = <T extends object>(o: T) => Object.keys(o) as (keyof T & string)[]
const sh = (t: string) => Date.parse(`${t}+08:00`)
/** The two months the specs report on (September … November 2026, Shanghai). */
export const FROM = sh('2026-09-01T00:00:00')
export const TO = sh('2026-11-30T23:59:59')
const HOUR = 3_600_000
const instant = fc.integer({ min: FROM, max: TO })
const later = (min: number) => fc.integer({ min, max: min + 40 * 24 * HOUR })
const opt = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined })

const agent = { openid: 'a', name: '林晓', role: 'agent' as const }
/** A 12345 work order (W1–W4): its deadline, maybe a reply, maybe the hotline's result. */
const hotlineOf = (dueAt: number, replyAt?: number, result?: HotlineSatisfaction): HotlineOrder => ({
  orderNo: 'GD1',
  dueAt,
  ...(replyAt && { reply: { text: '已处理', at: replyAt, by: agent, recordedAt: replyAt } }),
  ...(result && { satisfaction: { result, note: '', by: agent, at: replyAt ?? dueAt } }),
})

/** A stored complaint (model.ts) with random figures' fields, a matter (issue 18) and a 12345 order. */
export const storedComplaint: fc.Arbitrary<Complaint> = instant.chain((createdAt) =>
  fc
    .record({
      status: fc.constantFrom(...keys(STATUSES)),
      channel: fc.constantFrom(...keys(CHANNELS)),
      category: fc.constantFrom(...keys(CATEGORIES)),
      tier: fc.constantFrom(...keys(TIERS)),
      emergency: fc.boolean(),
      location: fc.constantFrom('1栋大堂', '3栋电梯厅', '地下车库 B2.3', '$门岗', '50%区域', ''),
      departmentCode: opt(fc.constantFrom(...DEFAULT_DEPARTMENTS.map((d) => d.code))),
      assignee: opt(fc.constantFrom({ openid: 'h-1', name: '张洁' }, { openid: 'h.2', name: '李强' })),
      acceptedAt: opt(later(createdAt)),
      resolvedAt: opt(later(createdAt + HOUR)),
      ratingLevel: opt(fc.constantFrom(1, 2, 3, 4, 5)),
      ratingAt: later(createdAt),
      ratings: fc.array(fc.constantFrom(1, 2, 3, 4, 5), { maxLength: 3 }),
      reopenCount: fc.integer({ min: 0, max: 2 }),
      handlingDueAt: opt(later(createdAt)),
      returnVisitDueAt: opt(later(createdAt)),
      urges: fc.integer({ min: 0, max: 3 }),
      withdrawal: opt(fc.constantFrom(...keys(WITHDRAWAL_REASONS))),
      ground: opt(fc.constantFrom(...keys(REFUSAL_GROUNDS))),
      repeatOf: opt(fc.constant('c0')),
      matter: opt(fc.constantFrom('m-1', 'm.2', 'm$3')),
      hotlineDueAt: opt(later(createdAt)),
      hotlineReplyAt: opt(later(createdAt)),
      hotlineResult: opt(fc.constantFrom(...keys(HOTLINE_SATISFACTION))),
    })
    .map((r, i = 0) => {
      const c = {
        _id: `c${createdAt}-${i}`,
        no: 'TS',
        version: 1,
        status: r.status,
        channel: r.channel,
        category: r.category,
        tier: r.tier,
        emergency: r.emergency,
        complainant: { name: '王丽', room: '1栋101', phone: '13800001111' },
        location: r.location,
        description: '测试',
        photos: [],
        confirmation: { required: false },
        investigation: [],
        ratings: r.ratings.map((level) => ({ level, comment: '', channel: 'self', at: r.ratingAt })),
        reopenCount: r.reopenCount,
        deadlines: { handlingDueAt: r.handlingDueAt, returnVisitDueAt: r.returnVisitDueAt },
        supervision: { level: 0 },
        urges: Array.from({ length: r.urges }, () => ({ at: createdAt, to: [] })),
        createdAt,
        updatedAt: createdAt,
      } as unknown as Complaint
      if (r.departmentCode) c.departmentCode = r.departmentCode as never
      if (r.assignee) c.assignee = r.assignee as never
      if (r.acceptedAt) c.acceptedAt = r.acceptedAt
      if (r.resolvedAt) c.resolvedAt = r.resolvedAt
      if (r.ratingLevel) c.rating = { level: r.ratingLevel, comment: '', channel: 'self', at: r.ratingAt } as never
      if (r.withdrawal) c.withdrawal = { reason: r.withdrawal, at: createdAt } as never
      if (r.ground) c.refusal = { ground: r.ground, explanation: '', by: { openid: 'a', name: 'a' }, at: createdAt } as never
      if (r.repeatOf) c.repeatOf = r.repeatOf
      if (r.matter) c.matter = { id: r.matter, no: 'SX', lead: false, at: createdAt }
      if (r.hotlineDueAt || r.hotlineResult) c.hotline = hotlineOf(r.hotlineDueAt ?? 0, r.hotlineReplyAt, r.hotlineResult)
      return c
    }),
)

/** A complaint and a sequence of later states of it (any change the lifecycle, a repair or a migration could make). */
export const complaintHistory: fc.Arbitrary<Complaint[]> = fc
  .tuple(storedComplaint, fc.array(storedComplaint, { minLength: 1, maxLength: 6 }))
  .map(([first, rest]) => [first, ...rest.map((c) => ({ ...c, _id: first._id, createdAt: first.createdAt }))])
