/**
 * The bad-input corpus (issue 12): fast-check generators of payloads that are bad by construction —
 * one mutation of a payload the schema would otherwise take (bad-input-catalogue.ts): a wrong
 * type, an operator object, a missing or an extra field, a huge, negative or fractional number, a
 * long, empty, control-character or emoji string, a value not on the list, a file that is not the
 * caller's. A test states only what every answer must be, whatever the role: a refusal.
 */
import fc from 'fast-check'
import { ROLES } from '@shared/vocabulary'
import type { ActionSpec, CorpusWorld, Field } from './bad-input-catalogue'

export { callOf, catalogue, reportFunctionOf, type ActionSpec, type CorpusWorld } from './bad-input-catalogue'

const OPERATORS = [{ $ne: null }, { $gt: '' }, { $where: '1' }, { $regex: '.*' }, { $in: [] }]
const WRONG: Record<string, unknown[]> = {
  string: [...OPERATORS, 42, -1, 1e308, true, null, ['x'], {}],
  int: [...OPERATORS, '5', '1e308', true, null, [], {}],
  bool: [...OPERATORS, 'true', 1, 0, null, []],
  array: [...OPERATORS, 'cloud://x', 1, true, null, {}],
  object: ['x', 1, true, null, [], ['a']],
}
const wrongFor = (f: Field) =>
  f.kind === 'int'
    ? WRONG.int
    : f.kind === 'bool'
      ? WRONG.bool
      : f.kind === 'files' || f.kind === 'list'
        ? WRONG.array
        : f.kind === 'object'
          ? WRONG.object
          : WRONG.string

/** Characters nobody sees: control characters (NUL too), zero-width and bidi controls, odd spaces. */
const invisible = fc.string({
  unit: fc.constantFrom('\u0000', '\u0007', '\u001B', '\u200B', '\u200C', '\uFEFF', '\u202E', '\u2066', '\u3000', ' ', '\u3164'),
  minLength: 1,
  maxLength: 12,
})
/** Visible characters, each one character as the functions count: CJK, ASCII, emoji. */
const visible = fc.constantFrom('字', 'a', '😀', '💧', '🏠')
const tooLong = (max: number) => fc.array(visible, { minLength: max + 1, maxLength: max + 40 }).map((cs) => cs.join(''))
const notListed = (values: readonly string[]) =>
  fc
    .oneof(
      fc.constantFrom('constructor', '__proto__', 'toString', '', 'CLEANING', '清洁', '$ne', 'null'),
      fc.string({ unit: 'grapheme', maxLength: 8 }),
    )
    .filter((v) => !values.includes(v))
const BAD_IDS = ['', ' ', 'a b', '😀', '$ne', 'x'.repeat(65), '../etc/passwd', '<script>', 'id\u0000']
const BAD_DAYS = ['2026-02-30', '2026-13-01', '1999-12-31', '2100-01-01', '20261130', 'tomorrow', '😀', '2026-1-1', '']
const BAD_PHONES = ['12345', '😀', 'abc', '1391234567890', '+86 139', '0']

/** Bad values for one field, each refused by its schema (the caller's own file in the wrong folder or someone else's by the use case). */
function badValue(f: Field, caller: string, w: CorpusWorld): fc.Arbitrary<{ value: unknown; how: string }> {
  const tag = (how: string) => (value: unknown) => ({ value, how })
  const wrong = fc.constantFrom(...wrongFor(f)).map(tag('wrong type'))
  switch (f.kind) {
    case 'text':
    case 'line': {
      const parts = [wrong, tooLong(f.max).map(tag('too long'))]
      if (f.required) parts.push(invisible.map(tag('invisible only')))
      return fc.oneof(...parts)
    }
    case 'enum':
      return fc.oneof(wrong, notListed(f.values).map(tag('not listed')))
    case 'id':
      return fc.oneof(wrong, fc.constantFrom(...BAD_IDS).map(tag('malformed id')))
    case 'day':
      return fc.oneof(wrong, fc.constantFrom(...BAD_DAYS).map(tag('not a day')))
    case 'phone':
      return fc.oneof(wrong, fc.constantFrom(...BAD_PHONES).map(tag('not a phone')))
    case 'code':
      return fc.oneof(wrong, tooLong(40).map(tag('too long')))
    case 'int':
      return fc.oneof(
        wrong,
        fc
          .constantFrom(f.min - 1, f.max + 1, 1e308, -1e308, f.min + 0.5, Number.MAX_VALUE, -0.5)
          .filter((n) => n < f.min || n > f.max || !Number.isInteger(n))
          .map(tag('out of range')),
      )
    case 'bool':
      return wrong
    case 'files':
    case 'file': {
      const one = (fileID: string) => (f.kind === 'files' ? [fileID] : fileID)
      return fc.oneof(
        wrong,
        fc.constantFrom(w.foreignFile(f.folder)).map((x) => ({ value: one(x), how: "someone else's file" })),
        fc
          .constantFrom(w.ownFile(caller, f.folder === 'evidence' ? 'complaints' : 'evidence'))
          .map((x) => ({ value: one(x), how: 'own file, wrong folder' })),
        fc
          .constantFrom('javascript:alert(1)', 'https://evil.example/a.jpg', 'cloud://x/1.jpg')
          .map((x) => ({ value: one(x), how: 'not an upload' })),
        ...(f.kind === 'files'
          ? [
              fc.constant({ value: Array(10).fill('javascript:alert(1)'), how: 'too many' }),
              fc.constant({ value: [w.ownFile(caller, f.folder), w.ownFile(caller, f.folder)], how: 'duplicate' }),
            ]
          : []),
      )
    }
    case 'object':
    case 'list':
      return fc.oneof(wrong, fc.constantFrom(...f.bad).map(tag('bad inside')))
  }
}

/** A bad payload for `s` as `caller`, and what was done to it. */
export function badPayload(s: ActionSpec, caller: string, w: CorpusWorld): fc.Arbitrary<{ payload: unknown; how: string }> {
  const names = Object.keys(s.fields)
  const mutations: fc.Arbitrary<{ payload: unknown; how: string }>[] = [
    fc
      .oneof(
        fc.constantFrom('__proto__', 'constructor', '$where', 'openid', 'role', 'status', 'extra'),
        fc.string({ minLength: 1, maxLength: 12 }),
      )
      .filter((k) => !names.includes(k) && k !== 'action' && (s.fn === 'report' || k !== 'id' || !s.action.startsWith('complaint.act')))
      .chain((k) => fc.jsonValue().map((v) => ({ payload: { ...s.valid, [k]: v }, how: `extra field ${JSON.stringify(k)}` }))),
    fc.constantFrom('x', 7, [], true, [s.valid]).map((p) => ({ payload: p, how: 'not an object' })),
  ]
  for (const name of names) {
    const f = s.fields[name]
    mutations.push(badValue(f, caller, w).map(({ value, how }) => ({ payload: { ...s.valid, [name]: value }, how: `${name}: ${how}` })))
    if ('required' in f && f.required) {
      const { [name]: _gone, ...rest } = s.valid
      mutations.push(fc.constant({ payload: rest, how: `${name}: missing` }))
    }
  }
  if (s.action.startsWith('complaint.act')) {
    const { id: _id, ...rest } = s.valid
    mutations.push(fc.constant({ payload: rest, how: 'id: missing' }))
  }
  // Unbiased: each mutation and each listed bad value is as likely as the others, not the first ones.
  return fc.noBias(fc.oneof(...mutations))
}

/** Every role there is, and the people who hold them in the seeded database. */
export const CALLERS = {
  resident: 'demo-resident-01',
  otherResident: 'demo-resident-02',
  stranger: 'demo-stranger',
  agent: 'demo-agent',
  customerServiceSupervisor: 'demo-cs-supervisor',
  handler: 'demo-cleaning-handler',
  supervisor: 'demo-cleaning-supervisor',
  manager: 'demo-manager',
  inactiveStaff: 'demo-left-01',
} as const
export type CallerRole = keyof typeof CALLERS

/** The error codes a refusal may carry (domain/errors.ts): INTERNAL is not one. */
export const KNOWN_CODES = [
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'INVALID_INPUT',
  'INVALID_STATE',
  'CONFLICT',
  'GUARD_FAILED',
  'CALENDAR_UNKNOWN_YEAR',
  'CONTENT_RISKY',
  'INVITE_INVALID',
  'UNKNOWN_ACTION',
]

/** Roles are labelled as the app labels them, for test names. */
export const ROLE_NAMES: Record<CallerRole, string> = {
  resident: ROLES.resident,
  otherResident: `另一位${ROLES.resident}`,
  stranger: '未注册的微信用户',
  agent: ROLES.agent,
  customerServiceSupervisor: `客服${ROLES.supervisor}`,
  handler: ROLES.handler,
  supervisor: ROLES.supervisor,
  manager: ROLES.manager,
  inactiveStaff: '已停用的员工',
}
