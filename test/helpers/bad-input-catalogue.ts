/**
 * The bad-input corpus's catalogue (issue 12): every action of the three functions (complaint, report, export) with the fields of
 * its payload as the schemas check them (docs/API.md, docs/REPORTS.md), and a payload each takes.
 * The generators of bad payloads are in bad-input.ts.
 */
import { DEFAULT_DEPARTMENTS, departmentNames } from '@shared/departments'
import { CATEGORIES, REFUSAL_GROUNDS, STATUSES, TIERS } from '@shared/vocabulary'

/** The departments of the corpus's office: the defaults (settings decide them; a code they do not list is refused). */
const DEPARTMENTS = departmentNames(DEFAULT_DEPARTMENTS)

const keys = (o: object) => Object.keys(o)

/** What a field holds, as the schemas check it. */
export type Field =
  | { kind: 'text' | 'line'; max: number; required?: boolean }
  | { kind: 'enum'; values: readonly string[]; required?: boolean }
  | { kind: 'id' | 'day' | 'phone' | 'code'; required?: boolean }
  | { kind: 'int'; min: number; max: number; required?: boolean }
  | { kind: 'bool' }
  | { kind: 'files' | 'file'; folder: 'complaints' | 'evidence' | 'signatures' }
  | { kind: 'object' | 'list'; required?: boolean; bad: unknown[] }

/** The functions the corpus calls: the workflow, the report module and its .xlsx exports. */
export type FunctionName = 'complaint' | 'report' | 'export'

/** The function that serves a report-module action: the .xlsx exports (`export.*`) have their own. */
export const reportFunctionOf = (action: string): FunctionName => (action.startsWith('export.') ? 'export' : 'report')

/** One routed action: which function, its name (a transition of complaint.act as `complaint.act:<name>`), its fields and a payload it takes. */
export interface ActionSpec {
  fn: FunctionName
  action: string
  fields: Record<string, Field>
  valid: Record<string, unknown>
}

/** The context the generators draw from: ids and files of the seeded database. */
export interface CorpusWorld {
  complaintId: string
  /** Per caller openid: their own uploads in each folder (not attached), and someone else's. */
  ownFile: (openid: string, folder: 'complaints' | 'evidence' | 'signatures') => string
  foreignFile: (folder: 'complaints' | 'evidence' | 'signatures') => string
}

const text = (max: number, required = false): Field => ({ kind: 'text', max, required })
const line = (max: number, required = false): Field => ({ kind: 'line', max, required })
const oneOf = (table: object, required = false): Field => ({ kind: 'enum', values: keys(table), required })
const id: Field = { kind: 'id', required: true }
const int = (min: number, max: number, required = false): Field => ({ kind: 'int', min, max, required })
export const MONTH = { period: 'month', date: '2026-11-01' }
const FILTER_BAD = [
  { ...MONTH, location: { $ne: null } },
  { ...MONTH, handler: { $regex: '.*' } },
  { ...MONTH, level: 9 },
  { ...MONTH, handlingDays: -1 },
  { ...MONTH, onTime: true },
  { ...MONTH, clock: 'dispatch', category: 'cleaning' },
  { ...MONTH, departmentCode: 'constructor' },
  { ...MONTH, $where: 'sleep(1000)' },
  { period: 'year', date: '2026-11-01' },
  { period: 'month', date: '2026-02-30' },
  { date: '2026-11-01' },
]
const filter: Field = { kind: 'object', required: true, bad: FILTER_BAD }

/** The transitions of complaint.act a caller may name, with their fields (domain/validation.ts). */
const TRANSITIONS: Record<string, Record<string, Field>> = {
  confirm: {
    method: oneOf({ miniprogram: 1, signature: 1, phone_readback: 1 }, true),
    signatureFile: { kind: 'file', folder: 'signatures' },
  },
  accept: {
    tier: oneOf(TIERS),
    departmentCode: oneOf(DEPARTMENTS),
    note: text(500),
    subjectStaff: { kind: 'object', bad: [{}, { name: '' }, { name: '马东', openid: { $ne: null } }, { name: '马东', extra: 1 }] },
  },
  refuse: { ground: oneOf(REFUSAL_GROUNDS, true), explanation: text(500, true), repeatOf: { kind: 'id' } },
  dispatch: { departmentCode: oneOf(DEPARTMENTS), note: text(500) },
  transfer: { departmentCode: oneOf(DEPARTMENTS, true), reason: text(500, true) },
  take: {},
  assign: { assigneeOpenid: id },
  add_note: { kind: oneOf({ note: 1, site_visit: 1, evidence: 1 }), text: text(2000, true), files: { kind: 'files', folder: 'evidence' } },
  record_statement: { text: text(2000, true), files: { kind: 'files', folder: 'evidence' } },
  set_mode: {
    mode: oneOf({ explanation: 1, rectification: 1, coordination: 1 }, true),
    coordinatingDepartments: { kind: 'list', bad: [['kitchen'], Array(7).fill('cleaning'), [{ $ne: null }]] },
    note: text(500),
  },
  submit_plan: {
    owner: line(20, true),
    steps: { kind: 'list', required: true, bad: [[], [''], Array(21).fill('巡查'), ['字'.repeat(201)]] },
    deadline: { kind: 'day', required: true },
  },
  approve_plan: { note: text(500) },
  return_plan: { note: text(500, true) },
  request_extension: { newDeadline: { kind: 'day', required: true }, reason: text(500, true) },
  approve_extension: { note: text(500) },
  reject_extension: { note: text(500, true) },
  give_result: {
    summary: text(2000, true),
    mode: oneOf({ explanation: 1, rectification: 1, coordination: 1 }),
    files: { kind: 'files', folder: 'evidence' },
  },
  rate: { level: int(1, 5, true), comment: text(500) },
  record_return_visit: { channel: oneOf({ phone: 1, in_person: 1 }, true), level: int(1, 5, true), comment: text(500) },
  final_reply: { text: text(2000, true) },
}

const matter = {
  category: oneOf(CATEGORIES, true),
  location: line(100, true),
  description: text(2000, true),
  photos: { kind: 'files', folder: 'complaints' } as Field,
  emergency: { kind: 'bool' } as Field,
  involved: line(500),
}

const COMPLAINT: Record<string, Record<string, Field>> = {
  'me.get': {},
  'me.saveProfile': { name: line(20, true), room: line(40, true), phone: { kind: 'phone', required: true } },
  'me.bindInvite': { code: { kind: 'code', required: true } },
  'meta.get': {},
  'complaint.submit': matter,
  'complaint.register': {
    ...matter,
    channel: oneOf({ onsite: 1, phone: 1, letter: 1, fax: 1, email: 1, official_account: 1, owner_group: 1 }, true),
    complainant: {
      kind: 'object',
      required: true,
      bad: [{}, { name: '\u0000' }, { name: '赵敏', phone: '12345' }, { name: '赵敏', openid: '../x' }, { name: '赵敏', vip: 1 }],
    },
    receivedAt: int(Date.UTC(2000, 0, 1), Number.MAX_SAFE_INTEGER),
    subjectStaff: { kind: 'object', bad: [{ name: '\u200B' }, { openid: 'demo-manager' }] },
    confirmation: {
      kind: 'object',
      bad: [{ method: 'fingerprint' }, { method: 'phone_readback', signatureFile: 'javascript:alert(1)' }, { method: 'signature', at: 1 }],
    },
    resolvedOnSpot: {
      kind: 'object',
      bad: [
        { summary: '', mode: 'explanation' },
        { summary: '已处理', mode: 'magic' },
      ],
    },
  },
  'complaint.list': {
    scope: { kind: 'object', bad: [{ $ne: null }, 'x'.repeat(21), 7] },
    status: oneOf(STATUSES),
    category: oneOf(CATEGORIES),
    q: { kind: 'object', bad: [{ $regex: '.*' }, '字'.repeat(201), ['a']] },
    page: int(1, 10_000),
    pageSize: int(1, 100),
  },
  'complaint.get': { id },
  'complaint.revealContact': { id },
  'complaint.repeatCandidates': { id },
  'complaint.form': { id },
  'settings.get': {},
  'settings.save': {
    officeName: line(40),
    estate: {
      kind: 'object',
      bad: [
        { buildings: [{ name: '3', units: 99 }] },
        { buildings: [{ name: '栋', units: 1 }] },
        { areas: Array(41).fill('东门') },
        { parks: [] },
      ],
    },
    deadlines: { kind: 'object', bad: [{ dispatchWorkdays: 1e308 }, { generalWorkdays: -1 }, { warnHoursBefore: 1.5 }, { bonus: 1 }] },
    departments: {
      kind: 'list',
      bad: [
        [{ name: '', active: true }],
        [{ code: 'Bad Code', name: '保洁部', active: true }],
        [{ code: 'customer_service', name: '客户服务中心', active: 'yes' }],
        [{ code: 'customer_service', name: '客户服务中心', active: false }],
        [{ code: 'cleaning', name: '保洁部', active: true }],
        [{ code: 'kitchen', name: '厨房', active: true }],
        [{ code: 'customer_service', name: '客户服务中心', active: true, supervisor: 'x' }],
      ],
    },
    routing: { kind: 'object', bad: [{ cleaning: 'kitchen' }, { constructor: 'cleaning' }, { cleaning: { $ne: null } }] },
    calendar: {
      kind: 'object',
      bad: [
        { years: { '2027': { holidays: ['2027-02-30'], workdays: [], source: '国务院' } } },
        { years: { '20x7': { holidays: [], workdays: [], source: '国务院' } } },
        { closures: ['tomorrow'] },
        { years: { '2027': { holidays: [], workdays: [], source: '\u0000' } } },
      ],
    },
    wecomRobots: { kind: 'object', bad: [{ kitchen: 'abcdefgh' }, { office: 'x'.repeat(81) }, { office: { $ne: null } }] },
  },
  'invite.list': {},
  'invite.revoke': { code: { kind: 'code', required: true } },
  'invite.create': {
    role: oneOf({ agent: 1, handler: 1, supervisor: 1, manager: 1 }, true),
    departmentCode: oneOf(DEPARTMENTS, true),
    name: line(20, true),
    phone: { kind: 'phone' },
  },
  'staff.list': { departmentCode: oneOf(DEPARTMENTS), all: { kind: 'bool' } },
  'residents.find': { room: line(40, true) },
  'staff.deactivate': { openid: id },
  'staff.reactivate': { openid: id },
  'messages.list': { page: int(1, 10_000) },
  'messages.markRead': { ids: { kind: 'list', bad: [[{ $ne: null }], Array(101).fill('a'), ['a b']] } },
  'subscription.report': {
    results: {
      kind: 'object',
      required: true,
      bad: [{ 'x y': 'accept' }, { t: 'maybe' }, Object.fromEntries(Array.from({ length: 11 }, (_, i) => [`t${i}`, 'accept']))],
    },
  },
  'outbox.deadLetters': {},
  'outbox.retry': { id },
}

const PERIOD: Record<string, Field> = {
  period: oneOf({ day: 1, week: 1, month: 1, quarter: 1 }, true),
  date: { kind: 'day', required: true },
  departmentCode: oneOf(DEPARTMENTS),
}
const REPORT: Record<string, Record<string, Field>> = {
  'report.period': PERIOD,
  'report.weakPoints': PERIOD,
  'export.report': PERIOD,
  'report.complaints': { filter, page: int(1, 10_000), pageSize: int(1, 50) },
  'export.complaints': { filter },
  'export.form': { id },
  'action.create': {
    weakPoint: {
      kind: 'object',
      required: true,
      bad: [
        { kind: 'department', key: 'cleaning' },
        { kind: 'weather', key: 'x', label: 'x' },
        { kind: 'department', key: 'cleaning', label: '保洁部', extra: 1 },
      ],
    },
    title: line(200, true),
    owner: line(40, true),
    deadline: { kind: 'day', required: true },
    kind: oneOf({ corrective: 1, preventive: 1 }, true),
    departmentCode: oneOf(DEPARTMENTS),
  },
  'action.update': { id, status: oneOf({ open: 1, in_progress: 1, done: 1 }, true), note: text(500, true) },
  'action.list': { status: oneOf({ open: 1, in_progress: 1, done: 1 }) },
}

/** A value the field takes (only required fields go into the base payload). */
function validValue(f: Field, w: CorpusWorld): unknown {
  switch (f.kind) {
    case 'text':
      return '地面有积水，请尽快处理。'
    case 'line':
      return '王丽'
    case 'enum':
      return f.values[0]
    case 'id':
      return w.complaintId
    case 'day':
      return '2026-12-31'
    case 'phone':
      return '13800001111'
    case 'code':
      return 'ABCDEF123456'
    case 'int':
      return f.min
    default:
      // Objects and lists: OBJECT_DEFAULTS.
      return undefined
  }
}

/** Required objects and lists each action takes. */
const OBJECT_DEFAULTS: Record<string, Record<string, unknown>> = {
  'report.complaints': { filter: MONTH },
  'export.complaints': { filter: MONTH },
  'complaint.register': { complainant: { name: '赵敏', phone: '13600004444' } },
  'subscription.report': { results: {} },
  'action.create': { weakPoint: { kind: 'department', key: 'cleaning', label: '保洁部' } },
  'complaint.act:submit_plan': { steps: ['清理积水'] },
}

/** Every action of the three functions (complaint.act once per transition), with a payload it takes. */
export function catalogue(w: CorpusWorld): ActionSpec[] {
  const spec = (fn: FunctionName, action: string, fields: Record<string, Field>, extra: Record<string, unknown> = {}): ActionSpec => {
    const valid: Record<string, unknown> = { ...extra }
    for (const [name, f] of Object.entries(fields)) if ('required' in f && f.required) valid[name] = validValue(f, w)
    return { fn, action, fields, valid: { ...valid, ...(OBJECT_DEFAULTS[action] ?? {}) } }
  }
  return [
    ...Object.entries(COMPLAINT).map(([a, f]) => spec('complaint', a, f)),
    ...Object.entries(TRANSITIONS).map(([t, f]) => spec('complaint', `complaint.act:${t}`, f, { id: w.complaintId })),
    ...Object.entries(REPORT).map(([a, f]) => spec(reportFunctionOf(a), a, f)),
  ]
}

/** Names of the route and payload a spec's call uses (a transition goes through complaint.act). */
export function callOf(s: ActionSpec, payload: unknown): { fn: string; action: string; payload: unknown } {
  const [action, transition] = s.action.split(':')
  if (!transition) return { fn: s.fn, action, payload }
  return {
    fn: s.fn,
    action,
    payload: payload && typeof payload === 'object' && !Array.isArray(payload) ? { action: transition, ...payload } : payload,
  }
}
