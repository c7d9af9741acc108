/**
 * Issue 15: every free-text field of every payload schema goes through msgSecCheck before anything
 * is saved. The schemas are found, not listed (helpers/schemas.ts); for each of their free-text
 * fields a valid payload carrying a risky word in that one field is sent to the action that reads
 * the schema, and must be refused with CONTENT_RISKY while the same payload without it is accepted.
 * A transition added to `schemas` is covered by complaint.act with no change here; a schema read by
 * another action must be given its route below, or the first test fails.
 */
import { freeTextFields } from '../../cloudfunctions/complaint/domain/free-text'
import { transitionFor } from '../../cloudfunctions/complaint/domain/lifecycle'
import type { ActionName } from '../../cloudfunctions/complaint/domain/validation'
import { harnessPerTest, U } from '../helpers/emulator'
import { allSchemas, jsonSchemaOf, sampleOf, withTextAt, type NamedSchema } from '../helpers/schemas'

const RISKY = '赌博网站'
const h = harnessPerTest('2026-11-30T02:00:00Z', ['complaint', 'report'])

/** How a schema's payload reaches the function: which function, action and caller, and what else the payload needs. */
interface Route {
  fn: 'complaint' | 'report'
  action: string
  as: string
  /** Fixes a sample the schema's refinements would refuse. */
  fix?: (p: Record<string, unknown>) => Record<string, unknown>
}

/** Schemas read by something other than complaint.act, with the reason they are not checked when there is one. */
const ROUTES: Record<string, Route | string> = {
  'cloudfunctions/complaint/domain/validation:schemas.submit': { fn: 'complaint', action: 'complaint.submit', as: U.wangli },
  'cloudfunctions/complaint/domain/validation:schemas.register': {
    fn: 'complaint',
    action: 'complaint.register',
    as: U.agent,
    fix: (p) => ({ ...p, channel: 'phone', complainant: { ...(p.complainant as object), openid: undefined }, confirmation: undefined }),
  },
  'cloudfunctions/complaint/domain/validation:profileSchema': {
    fn: 'complaint',
    action: 'me.saveProfile',
    as: 'demo-new-profile',
  },
  'cloudfunctions/complaint/domain/validation:inviteSchema': { fn: 'complaint', action: 'invite.create', as: U.manager },
  'cloudfunctions/complaint/actions/settings/schema:settingsSchema': {
    fn: 'complaint',
    action: 'settings.save',
    as: U.manager,
    fix: (p) => ({ ...p, wecomRobots: {}, calendar: { years: { 2027: { holidays: [], workdays: [], source: pickSource(p) } } } }),
  },
  'cloudfunctions/report/domain/improvement:createSchema': {
    fn: 'report',
    action: 'action.create',
    as: U.manager,
    fix: (p) => ({
      ...p,
      deadline: '2026-12-31',
      departmentCode: undefined,
      weakPoint: { ...(p.weakPoint as object), kind: 'department', key: keyOf(p) },
    }),
  },
  'cloudfunctions/report/domain/improvement:updateSchema': { fn: 'report', action: 'action.update', as: U.manager },
  'cloudfunctions/report/domain/filters:filterSchema': 'a query: nothing of it is saved',
  'cloudfunctions/complaint/domain/triage/rules:emergencyRuleSchema': 'part of emergency settings, checked where settings.save reads them',
  'cloudfunctions/complaint/domain/triage/rules:emergencySettingsSchema': 'checked where settings.save reads them',
  'cloudfunctions/complaint/domain/triage/index:emergencyRuleSchema': 're-export of triage/rules',
  'cloudfunctions/complaint/domain/triage/index:emergencySettingsSchema': 're-export of triage/rules',
}

/** The calendar source as the sample carries it (the risky word when that is the field under test). */
const pickSource = (p: Record<string, unknown>) => (JSON.stringify(p.calendar).includes(RISKY) ? RISKY : '国务院办公厅通知')
/** A department weak point keeps its key a department code, unless the key is the field under test. */
const keyOf = (p: Record<string, unknown>) => {
  const key = (p.weakPoint as { key: string }).key
  return key.includes(RISKY) ? key : 'engineering'
}

const TRANSITIONS = 'cloudfunctions/complaint/domain/validation:schemas.'

/** The route of a schema: its entry above, or complaint.act for a transition of the table. */
function routeOf(s: NamedSchema): Route | string | undefined {
  if (ROUTES[s.name] !== undefined) return ROUTES[s.name]
  if (!s.name.startsWith(TRANSITIONS)) return undefined
  const action = s.name.slice(TRANSITIONS.length) as ActionName
  if (transitionFor(action)?.by.includes('system')) return 'a timer transition: no person writes it'
  return { fn: 'complaint', action: 'complaint.act', as: U.agent, fix: (p) => ({ ...p, id: 'no-such-complaint', action }) }
}

const withText = allSchemas().filter((s) => freeTextFields(s.schema).length)

it('every schema with free text is read by a known action (or not saved, said why)', () => {
  expect(withText.filter((s) => routeOf(s) === undefined).map((s) => s.name)).toEqual([])
})

const cases = withText.flatMap((s) => {
  const route = routeOf(s)
  return typeof route === 'object' ? freeTextFields(s.schema).map((field) => [s.name, field, s, route] as const) : []
})

/** The sample payload with `text` at `field`, as the route needs it. */
function payloadFor(s: NamedSchema, route: Route, field: string, text: string): Record<string, unknown> {
  const sample = withTextAt(sampleOf(jsonSchemaOf(s.schema)), field, text) as Record<string, unknown>
  return route.fix ? route.fix(sample) : sample
}

it.each(cases)(
  '%s: a risky word in %s is refused before anything is saved; without it the payload passes the check',
  async (_n, field, s, route) => {
    const call = (payload: Record<string, unknown>) => h.emu.call(route.fn, { action: route.action, payload }, route.as)
    const start = h.emu.text.checked.length
    const clean = await call(payloadFor(s, route, field, '正常的文字'))
    // Parsed and checked (later rules of the action may still refuse the sample: an unknown complaint, room or person).
    expect(h.emu.text.checked.slice(start).some((c) => c.content.includes('正常的文字'))).toBe(true)
    expect(clean.error?.code).not.toBe('CONTENT_RISKY')
    const before = h.emu.text.checked.length
    const r = await call(payloadFor(s, route, field, `内容${RISKY}内容`))
    expect(r.error?.code).toBe('CONTENT_RISKY')
    expect(r.error.message).toBe('内容含有不当信息，请修改后再提交')
    expect(h.emu.text.checked.slice(before).some((c) => c.content.includes(RISKY))).toBe(true)
  },
)

it('given a review word, the complaint is saved and held for review; given the check service down, it is held, never blocked', async () => {
  const good = { category: 'cleaning', location: '3栋大堂', description: '大堂很脏' }
  const held = await h.as(U.wangli)('complaint.submit', { ...good, description: '垃圾物业，电梯厅一直有积水。' })
  expect((await h.docs('complaints', { _id: held.id }))[0].contentReview).toBe('pending')
  h.emu.text.failNext(-1)
  const down = await h.as(U.wangli)('complaint.submit', good)
  expect((await h.docs('complaints', { _id: down.id }))[0].contentReview).toBe('pending')
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
