/**
 * What the faked services answer in page tests: complaint summaries and views shaped exactly like
 * the function's (`@domain/view`), and the session (me.get, meta.get) of a resident or a handler.
 */
import type { ActionName } from '@domain/validation'
import type { ComplaintSummary, ComplaintView, MeData, MetaData, UserView } from '@/services/types'
import { DEFAULT_DEPARTMENTS } from '@shared/departments'

const NOW = Date.now()
const HOUR = 3_600_000

/** A list row: a cleaning complaint, submitted an hour ago, due in three days. */
export function summary(overrides: Partial<ComplaintSummary> = {}): ComplaintSummary {
  return {
    id: 'c1',
    no: 'TS20261130-0001',
    disclosure: 'contact',
    status: 'investigating',
    statusLabel: '调查中',
    category: 'cleaning',
    categoryLabel: '清洁卫生',
    location: '3栋大堂',
    preview: '大堂地面很脏。',
    emergency: false,
    tier: 'general',
    tierLabel: '一般投诉',
    departmentCode: 'cleaning',
    departmentName: '保洁部',
    complainantName: '王*',
    createdAt: NOW - HOUR,
    due: { kind: 'handling', at: NOW + 72 * HOUR, overdue: false, near: false },
    escalationLevel: 0,
    pendingApproval: false,
    ...overrides,
  }
}

/** The full record, with the actions the caller may take given in `allowed` and `blocked`. */
export function complaintView(
  overrides: Partial<ComplaintView> = {},
  allowed: ActionName[] = [],
  blocked: { action: ActionName; reason: string }[] = [],
): ComplaintView {
  return {
    ...summary(),
    description: '大堂地面很脏，已经三天没人打扫了。',
    photos: [],
    voiceNotes: [],
    videos: [],
    channel: 'miniprogram',
    channelLabel: '小程序',
    complainant: { name: '王丽', room: '1-1-101', phone: '13800000001', masked: false, canReveal: false },
    deadlines: { handlingDueAt: NOW + 72 * HOUR },
    confirmation: { required: false, confirmed: false },
    investigation: [],
    coordinatingDepartmentNames: [],
    ratings: [],
    reopenCount: 0,
    additions: [],
    urges: [],
    conversation: { access: 'full', count: 0, unreadMessages: false },
    events: [],
    allowedActions: allowed,
    blockedActions: blocked,
    ...overrides,
  }
}

/** A resolved complaint waiting for its complainant's rating. */
export function resolvedView(overrides: Partial<ComplaintView> = {}): ComplaintView {
  return complaintView(
    {
      status: 'resolved',
      statusLabel: '已办结待评价',
      result: { summary: '已安排专人清理并加强巡查。', modeLabel: '立即整改', files: [], by: '张洁', at: NOW - HOUR },
      ...overrides,
    },
    ['rate'],
  )
}

export const RESIDENT: UserView = { openid: 'o-resident', role: 'resident', name: '王丽', room: '1-1-101', phone: '13800000001' }
export const HANDLER: UserView = {
  openid: 'o-handler',
  role: 'handler',
  name: '张洁',
  departmentCode: 'cleaning',
  departmentName: '保洁部',
}

/** me.get for `user` (null: a WeChat user without a profile yet). */
export function meOf(user: UserView | null): MeData {
  return { openid: user?.openid ?? 'o-new', user, unreadMessages: 0, fileKey: '0123456789abcdef01234567' }
}

/** meta.get: the subscription groups pages ask consent for. */
export const META: MetaData = {
  templates: { complaint_accepted: 'T-ACC', complaint_progress: 'T-PRO', complaint_result: 'T-RES', task_assigned: 'T-TASK' },
  subscribe: { submit: ['T-ACC', 'T-PRO', 'T-RES'], rate: ['T-PRO'], staff: ['T-TASK'], reply: ['T-PRO'] },
  departments: DEFAULT_DEPARTMENTS.map((d) => ({ ...d })),
  routing: {
    cleaning: 'cleaning',
    landscaping: 'landscaping',
    security: 'security',
    engineering: 'engineering',
    parking: 'parking',
    customer_service: 'customer_service',
    other: 'customer_service',
  },
  officeName: '阳光花园物业管理处',
}

/** A promise the test settles when it wants to (to catch a page in its busy state). */
export function deferred<T>(): { promise: Promise<T>; resolve: (v: T) => void; reject: (e: unknown) => void } {
  let resolve!: (v: T) => void
  let reject!: (e: unknown) => void
  const promise = new Promise<T>((res, rej) => {
    resolve = res
    reject = rej
  })
  return { promise, resolve, reject }
}
