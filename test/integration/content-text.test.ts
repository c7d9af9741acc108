/**
 * Issue 15: every free-text field of every payload goes through msgSecCheck before anything is
 * saved. The payloads are found, not listed: every route of the three functions' routing tables (the
 * schema the router parses), and every transition of `schemas` through complaint.act. For each of
 * their free-text fields, a valid payload carrying a risky word in that one field must be refused
 * with CONTENT_RISKY, while the same payload without it reaches the check and passes it. A route or
 * transition added later is covered with no change here; only a `query` route (a search that saves
 * nothing) is not checked, and that is said where it is routed.
 */
import { ROUTES as COMPLAINT_ROUTES } from '../../cloudfunctions/complaint/index'
import { ROUTES as REPORT_ROUTES, SELF_ROUTES as REPORT_SELF_ROUTES } from '../../cloudfunctions/report/index'
import { ROUTES as EXPORT_ROUTES, SELF_ROUTES as EXPORT_SELF_ROUTES } from '../../cloudfunctions/export/index'
import { freeTextFields } from '../../cloudfunctions/complaint/domain/free-text'
import { transitionFor } from '../../cloudfunctions/complaint/domain/lifecycle'
import type { Route } from '../../cloudfunctions/complaint/domain/routing'
import { schemas, type ActionName } from '../../cloudfunctions/complaint/domain/validation'
import type * as z from 'zod/mini'
import { harnessPerTest, U } from '../helpers/emulator'
import { jsonSchemaOf, sampleOf, withTextAt } from '../helpers/schemas'

const RISKY = '赌博网站'
const h = harnessPerTest('2026-11-30T02:00:00Z', ['complaint', 'report', 'export'])

/** One payload to try: the function and action it goes to, its schema, what the call adds to it. */
interface Target {
  fn: 'complaint' | 'report' | 'export'
  action: string
  schema: z.ZodMiniType
  wrap?: (p: Record<string, unknown>) => Record<string, unknown>
}

/** Samples the schemas' own refinements would refuse, made valid (the field under test keeps its text). */
const FIX: Record<string, (p: Record<string, unknown>) => Record<string, unknown>> = {
  'complaint.register': (p) => ({ ...p, channel: 'phone', confirmation: undefined }),
  // Issue 14: a swap is between two people; rule changes name built-in rules (the added terms keep their text).
  'settings.save': (p) => {
    const roster = p.roster as { swaps: Record<string, unknown>[] }
    const rules = p.emergency as { addedTerms: Record<string, string[]> }
    return {
      ...p,
      roster: { ...roster, swaps: roster.swaps.map((s) => ({ ...s, from: U.agent, to: U.csSupervisor })) },
      emergency: { ...rules, disabled: [], addedTerms: { elevator_trapped: Object.values(rules.addedTerms)[0] } },
    }
  },
}

const routed = (fn: Target['fn'], table: ReadonlyMap<string, Route<never>>): Target[] =>
  [...table]
    .filter(([action, r]) => action !== 'complaint.act' && !r.query)
    .map(([action, r]) => ({ fn, action, schema: r.schema, wrap: FIX[action] }))

/** complaint.act carries each transition a person takes; its fields are that transition's schema. */
const transitions: Target[] = (Object.keys(schemas) as ActionName[])
  .filter((a) => {
    const t = transitionFor(a)
    return t && t.from !== 'new' && !t.by.includes('system')
  })
  .map((a) => ({
    fn: 'complaint',
    action: `complaint.act ${a}`,
    schema: schemas[a],
    wrap: (p) => ({ ...p, id: 'no-such-complaint', action: a }),
  }))

const targets = [
  ...routed('complaint', COMPLAINT_ROUTES as never),
  ...routed('report', REPORT_ROUTES as never),
  ...routed('report', REPORT_SELF_ROUTES as never),
  ...routed('export', EXPORT_ROUTES as never),
  ...routed('export', EXPORT_SELF_ROUTES as never),
  ...transitions,
]
const cases = targets.flatMap((t) => freeTextFields(t.schema).map((field) => [t.action, field, t] as const))

it('the routes and transitions that save text are found (every function, every transition a person takes)', () => {
  const actions = new Set(cases.map(([a]) => a))
  for (const a of [
    'complaint.submit',
    'complaint.register',
    'me.saveProfile',
    'settings.save',
    'invite.create',
    'action.create',
    'action.update',
  ])
    expect(actions).toContain(a)
  for (const a of ['accept', 'refuse', 'add_note', 'submit_plan', 'give_result', 'rate', 'final_reply'])
    expect(actions).toContain(`complaint.act ${a}`)
})

it('issue 14: the emergency texts people type are found — the judgement’s note and reason, the roster’s names, the rules’ words — and identifiers are not', () => {
  const fields = (action: string) => cases.filter(([a]) => a === action).map(([, f]) => f)
  expect(fields('complaint.act confirm_emergency')).toEqual(['note'])
  expect(fields('complaint.act clear_emergency')).toEqual(['reason'])
  expect(fields('complaint.act acknowledge_emergency')).toEqual([])
  expect(fields('settings.save')).toEqual(
    expect.arrayContaining([
      'roster.shifts.[].name',
      'roster.swaps.[].toName',
      'emergency.custom.[].name',
      'emergency.custom.[].terms.[]',
      'emergency.custom.[].exclude.[]',
      'emergency.custom.[].unless.[]',
      'emergency.addedTerms.*.[]',
    ]),
  )
  // OPENIDs, rule ids, times and numbers are formats, never sent to the check as text.
  for (const f of [
    'roster.shifts.[].openid',
    'roster.swaps.[].from',
    'roster.swaps.[].to',
    'roster.shifts.[].start',
    'emergency.disabled.[]',
  ])
    expect(fields('settings.save')).not.toContain(f)
  expect(fields('settings.save').filter((f) => f.startsWith('alerts.'))).toEqual([])
  expect(fields('me.bindWecom')).toEqual([])
})

/** The sample payload with `text` at `field`, as the call takes it. */
function payloadFor(t: Target, field: string, text: string): Record<string, unknown> {
  const sample = withTextAt(sampleOf(jsonSchemaOf(t.schema)), field, text) as Record<string, unknown>
  return t.wrap ? t.wrap(sample) : sample
}

it.each(cases)(
  '%s: a risky word in %s is refused before anything is saved; without it the payload passes the check',
  async (_a, field, t) => {
    const call = (payload: Record<string, unknown>) => h.emu.call(t.fn, { action: t.action.split(' ')[0], payload }, U.manager)
    const start = h.emu.text.checked.length
    const clean = await call(payloadFor(t, field, '正常的文字'))
    // Parsed and checked (what the action does next may refuse the sample: an unknown complaint, room or person).
    expect([clean.error?.message, h.emu.text.checked.slice(start).some((c) => c.content.includes('正常的文字'))]).toEqual([
      clean.error?.message,
      true,
    ])
    expect(clean.error?.code).not.toBe('CONTENT_RISKY')
    const before = await h.snapshot()
    const r = await call(payloadFor(t, field, `内容${RISKY}内容`))
    expect(r.error).toEqual({ code: 'CONTENT_RISKY', message: '内容含有不当信息，请修改后再提交' })
    expect(await h.snapshot()).toEqual(before)
  },
)

it('given a review word, the complaint is saved and held for review; given the check service down, it is held, never blocked', async () => {
  const good = { category: 'cleaning', location: '3栋大堂', description: '大堂很脏' }
  const held = await h.as(U.wangli)('complaint.submit', { ...good, description: '垃圾物业，电梯厅一直有积水。' })
  expect((await h.docs('complaints', { _id: held.id }))[0].contentReview).toBe('pending')
  h.emu.text.failNext(-1)
  const down = await h.as(U.wangli)('complaint.submit', good)
  expect((await h.docs('complaints', { _id: down.id }))[0].contentReview).toBe('pending')
  const fine = await h.as(U.wangli)('complaint.submit', good)
  expect((await h.docs('complaints', { _id: fine.id }))[0].contentReview).toBe('passed')
})

it('given text longer than one check takes (2,500 characters), every part is checked, so a risky word at the very end is found', async () => {
  const registration = (summary: string) => ({
    category: 'cleaning',
    location: '3栋大堂',
    description: '很'.repeat(2000),
    involved: '人'.repeat(500),
    channel: 'phone',
    complainant: { name: '赵六', room: '', phone: '13800001111' },
    resolvedOnSpot: { summary, mode: 'explanation' },
    confirmation: { method: 'phone_readback' },
  })
  const before = h.emu.text.checked.length
  const r = await h.raw(U.agent)('complaint.register', registration(`${'好'.repeat(1990)}${RISKY}`))
  expect(r.error?.code).toBe('CONTENT_RISKY')
  const calls = h.emu.text.checked.slice(before)
  expect(calls.length).toBeGreaterThan(1)
  expect(calls.every((c) => Array.from(c.content).length <= 2500)).toBe(true)
  expect(await h.docs('complaints')).toEqual([])
  expect((await h.raw(U.agent)('complaint.register', registration('已当面解释'))).ok).toBe(true)
})
