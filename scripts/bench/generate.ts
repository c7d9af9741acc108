/**
 * Realistic complaints for the benchmark, made directly in the stored shapes of model.ts (with the
 * dispatch events H1 needs), spread over 2025-01-01 … `now`: a property office of ~40 buildings,
 * the usual mix of channels and categories, most complaints closed, recent ones still moving.
 * Deterministic (seeded), so runs compare.
 */
import { WorkCalendar } from '../../cloudfunctions/complaint/domain/calendar'
import { DEFAULT_ROUTING } from '../../cloudfunctions/complaint/domain/settings'
import type { Complaint, ComplaintEvent, PersonRef } from '../../cloudfunctions/complaint/domain/model'
import type { Category, Channel, DepartmentCode, RefusalGround, SatisfactionLevel } from '@shared/vocabulary'
import { DEFAULT_ESTATE } from '@shared/matters'

const HOUR = 3_600_000
const DAY = 24 * HOUR
/** Shanghai calendar day of an instant; Asia/Shanghai is UTC+8 without daylight saving (fast: no Intl). */
const dayOf = (at: number) => new Date(at + 8 * HOUR).toISOString().slice(0, 10)

/** Mulberry32: a small seeded generator (0…1). */
function rng(seed: number) {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

function weighted<T>(r: () => number, items: [T, number][]): T {
  const total = items.reduce((s, [, w]) => s + w, 0)
  let x = r() * total
  for (const [v, w] of items) if ((x -= w) < 0) return v
  return items[items.length - 1][0]
}

const CHANNEL_MIX: [Channel, number][] = [
  ['miniprogram', 55],
  ['phone', 20],
  ['onsite', 12],
  ['owner_group', 5],
  ['official_account', 4],
  ['email', 2],
  ['letter', 1],
  ['fax', 1],
]
const CATEGORY_MIX: [Category, number][] = [
  ['cleaning', 22],
  ['engineering', 26],
  ['security', 16],
  ['parking', 14],
  ['landscaping', 8],
  ['customer_service', 9],
  ['other', 5],
]
const SPOTS: Record<Category, string[]> = {
  cleaning: ['大堂', '电梯轿厢', '楼道', '垃圾房', '单元门口'],
  engineering: ['电梯', '楼道灯', '单元门禁', '消防通道', '地下室水泵房'],
  security: ['东门岗亭', '南门岗亭', '单元门口', '地下车库'],
  parking: ['地下车库B1', '地下车库B2', '地面停车场', '东门道闸'],
  landscaping: ['中心花园', '绿化带', '儿童游乐区'],
  customer_service: ['客服中心'],
  other: ['会所', '游泳池', '快递柜'],
}
const SHARED = new Set([
  '东门岗亭',
  '南门岗亭',
  '地下车库',
  '地下车库B1',
  '地下车库B2',
  '地面停车场',
  '东门道闸',
  '中心花园',
  '儿童游乐区',
  '客服中心',
  '会所',
  '游泳池',
  '快递柜',
])
const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈'
const GIVEN = '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红鹏辉'

/** The emulator's demo handler of each department (the demo accounts' estate). */
const DEMO_HANDLERS: Record<DepartmentCode, string> = {
  customer_service: 'demo-agent',
  cleaning: 'demo-cleaning-handler',
  landscaping: 'demo-landscaping-handler',
  security: 'demo-security-handler',
  engineering: 'demo-engineering-handler',
  parking: 'demo-parking-handler',
}

/** The estates of a generated company (issue 16): the demo accounts' estate (DEFAULT_ESTATE) first, then `est02` … */
export function benchEstates(n: number): string[] {
  return Array.from({ length: n }, (_, i) => (i === 0 ? DEFAULT_ESTATE : `est${String(i + 1).padStart(2, '0')}`))
}

/**
 * Handlers per department of `estate`: in the demo accounts' estate the emulator's demo handler
 * first, then generated colleagues; in any other estate, people of its own.
 */
export function handlerPool(estate: string = DEFAULT_ESTATE): Record<DepartmentCode, PersonRef[]> {
  if (estate !== DEFAULT_ESTATE) {
    const own = {} as Record<DepartmentCode, PersonRef[]>
    for (const d of Object.keys(DEMO_HANDLERS) as DepartmentCode[])
      own[d] = [0, 1, 2, 3].map((i) => ({ openid: `bench-${estate}-${d}-${i}`, name: `${estate}${d}承办人${i}`, role: 'handler' as const }))
    return own
  }
  const demo = DEMO_HANDLERS
  const out = {} as Record<DepartmentCode, PersonRef[]>
  for (const [d, id] of Object.entries(demo) as [DepartmentCode, string][]) {
    out[d] = [
      { openid: id, name: `${d}-demo`, role: 'handler' },
      ...[1, 2, 3].map((i) => ({ openid: `bench-${d}-${i}`, name: `${d}承办人${i}`, role: 'handler' as const })),
    ]
  }
  return out
}

export interface Generated {
  complaints: Complaint[]
  events: ComplaintEvent[]
}

/**
 * Generates `n` complaints created between `from` and `now` (ms UTC), oldest first, in batches
 * handed to `sink` (so 100,000 documents never sit in memory twice), spread evenly over `estates`
 * (issue 16: each complaint and its dispatch event carry their estate; each estate has its own handlers).
 */
export function generate(
  n: number,
  from: number,
  now: number,
  sink: (batch: Generated) => void,
  batchSize = 5000,
  estates: readonly string[] = [DEFAULT_ESTATE],
): void {
  const r = rng(20261129)
  const cal = new WorkCalendar()
  const dueCache = new Map<string, number>()
  const due = (at: number, days: number) => {
    const k = `${dayOf(at)}:${days}`
    let v = dueCache.get(k)
    if (v === undefined) {
      v = cal.deadlineAfter(at, days)
      dueCache.set(k, v)
    }
    return v
  }
  const pools = new Map(estates.map((e) => [e, handlerPool(e)]))
  const agent: PersonRef = { openid: 'demo-agent', name: '林晓', role: 'agent' }
  let batch: Generated = { complaints: [], events: [] }
  const span = now - from
  for (let i = 0; i < n; i++) {
    // Daytime-heavy arrivals, uniform over the span.
    const day = Math.floor(((i + r()) / n) * (span / DAY))
    const createdAt = Math.min(now - 60_000, from + day * DAY + Math.floor((r() < 0.85 ? 1 + r() * 13 : r() * 24) * HOUR) - 0)
    const category = weighted(r, CATEGORY_MIX)
    const channel = weighted(r, CHANNEL_MIX)
    const spot = SPOTS[category][Math.floor(r() * SPOTS[category].length)]
    const location = SHARED.has(spot) ? spot : `${1 + Math.floor(r() * 40)}栋${spot}`
    const emergency = r() < 0.02
    const tier = emergency ? 'emergency' : r() < 0.12 ? 'complex' : 'general'
    const phone = `1${3 + Math.floor(r() * 7)}${String(Math.floor(r() * 1e9)).padStart(9, '0')}`
    const name = SURNAMES[Math.floor(r() * SURNAMES.length)] + GIVEN[Math.floor(r() * GIVEN.length)]
    const estate = estates[i % estates.length]
    const pool = pools.get(estate)!
    const c: Complaint = {
      estate,
      _id: `bench${String(i).padStart(8, '0')}`,
      no: `TS${dayOf(createdAt).replace(/-/g, '')}-B${String(i).padStart(6, '0')}`,
      version: 1,
      status: 'submitted',
      channel,
      category,
      tier,
      emergency,
      complainant: {
        name,
        room: `${1 + Math.floor(r() * 40)}栋${1 + Math.floor(r() * 3)}单元${1 + Math.floor(r() * 30)}0${1 + Math.floor(r() * 4)}`,
        phone,
      },
      location,
      description: `${location}${{ cleaning: '卫生状况差，长时间无人清扫', engineering: '设施故障，影响正常使用', security: '秩序管理不到位', parking: '车辆乱停占用通道', landscaping: '绿植枯死未及时处理', customer_service: '服务态度欠佳', other: '服务不到位' }[category]}，请尽快处理。`,
      photos: [],
      confirmation: { required: false },
      investigation: [],
      ratings: [],
      reopenCount: 0,
      deadlines: {},
      supervision: { level: 0 },
      createdAt,
      updatedAt: createdAt,
    }
    const age = now - createdAt
    const refused = r() < 0.04
    if (refused && age > 2 * HOUR) {
      const ground = weighted<RefusalGround>(r, [
        ['A4-R1', 40],
        ['A4-R2', 20],
        ['A4-R3', 5],
        ['A4-R4', 30],
        ['A4-R5', 5],
      ])
      const at = createdAt + HOUR * (1 + r() * 20)
      Object.assign(c, {
        status: 'refused',
        refusal: { ground, explanation: '经核实不予受理', by: agent, at },
        closedAt: at,
        ...(ground === 'A4-R4' ? { repeatOf: `bench${String(Math.max(0, i - 500)).padStart(8, '0')}` } : {}),
      })
      batch.complaints.push(c)
    } else {
      const acceptedAt = createdAt + (emergency ? 0 : HOUR * (0.2 + r() * 20))
      if (acceptedAt > now) {
        batch.complaints.push(c)
        continue
      }
      const departmentCode = DEFAULT_ROUTING[category]
      const dispatchDueAt = emergency ? acceptedAt : due(acceptedAt, 1)
      const handlingDueAt = emergency ? acceptedAt + 24 * HOUR : due(acceptedAt, tier === 'complex' ? 7 : 3)
      Object.assign(c, {
        status: 'accepted',
        acceptedAt,
        deadlines: { dispatchDueAt, handlingDueAt },
        firstContact: { ...agent, at: acceptedAt },
      })
      const dispatchedAt = emergency ? acceptedAt : acceptedAt + HOUR * (r() < 0.9 ? r() * 8 : 8 + r() * 60)
      if (dispatchedAt <= now) {
        const assignee = pool[departmentCode][Math.floor(r() * 4)]
        Object.assign(c, { status: 'investigating', departmentCode, dispatchedAt, assignee, respondedAt: dispatchedAt + HOUR })
        batch.events.push({
          complaintId: c._id,
          complaintNo: c.no,
          action: 'dispatch',
          actor: agent,
          at: dispatchedAt,
          from: 'accepted',
          to: 'dispatched',
          data: { departmentCode, onTime: dispatchedAt <= dispatchDueAt },
          ...({ estate } as object),
        })
        // Working days to the result: most within the deadline, some late, handlers differ.
        const slow = assignee.openid.endsWith('-3') ? 2 : 1
        const resolvedAt = emergency
          ? dispatchedAt + HOUR * (2 + r() * 30)
          : dispatchedAt + DAY * (r() < 0.85 ? r() * 3 * slow : 3 + r() * 9 * slow)
        if (resolvedAt <= now) {
          Object.assign(c, {
            status: 'resolved',
            resolvedAt,
            mode: 'rectification',
            result: { summary: '已处理完毕', mode: 'rectification', coordinatingDepartments: [], files: [], by: assignee, at: resolvedAt },
          })
          Object.assign(c.deadlines, { returnVisitDueAt: due(resolvedAt, 3), autoCloseAt: resolvedAt + 7 * DAY })
          const ratedAt = resolvedAt + DAY * r() * 4
          const outcome = r()
          if (ratedAt <= now && outcome < 0.8) {
            const level = weighted(r, [
              [5, 50],
              [4, 30],
              [3, 12],
              [2, 5],
              [1, 3],
            ]) as SatisfactionLevel
            const rating = {
              level,
              comment: level <= 2 ? '问题没有彻底解决' : '',
              channel: r() < 0.8 ? 'self' : 'phone',
              at: ratedAt,
            } as Complaint['ratings'][number]
            if (level >= 3) Object.assign(c, { status: 'closed', closure: 'satisfied', rating, ratings: [rating], closedAt: ratedAt })
            else
              Object.assign(c, {
                status: 'closed',
                closure: 'dissatisfied_final',
                rating,
                ratings: [rating, rating],
                reopenCount: 2,
                closedAt: ratedAt + 5 * DAY,
              })
          } else if (now > resolvedAt + 7 * DAY) {
            Object.assign(c, { status: 'closed', closure: 'no_response', closedAt: resolvedAt + 7 * DAY })
          } else if (now > c.deadlines.returnVisitDueAt!) c.status = 'return_visit'
        }
      }
      c.updatedAt = c.closedAt ?? c.resolvedAt ?? c.dispatchedAt ?? c.acceptedAt ?? createdAt
      batch.complaints.push(c)
    }
    if (batch.complaints.length >= batchSize) {
      sink(batch)
      batch = { complaints: [], events: [] }
    }
  }
  if (batch.complaints.length) sink(batch)
}
