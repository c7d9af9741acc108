/**
 * Issue 12's bad-input corpus, on the built functions on the emulator: a realistic database
 * (complaints in many states, with photos, evidence and a signature; users of every role, one of
 * them deactivated; settings, an invite, a corrective action, consent), then payloads generated
 * bad by construction (test/helpers/bad-input.ts, fast-check with a fixed seed) for every action
 * of the three functions (complaint, report, export) from every role, and other people's ids. Every answer is a refusal with a
 * known code — never INTERNAL — and a Chinese message, and everything stored is as it was.
 */
import fc from 'fast-check'
import {
  badPayload,
  callOf,
  CALLERS,
  catalogue,
  KNOWN_CODES,
  reportFunctionOf,
  ROLE_NAMES,
  type CallerRole,
  type CorpusWorld,
} from '../helpers/bad-input'
import { setNow, startHarness, U, type Harness } from '../helpers/emulator'

/** The corpus is the same on every run: change the seed only on purpose. */
const SEED = 20261130
/** Generated payloads per action (and per role for the sweep below). */
const RUNS_PER_ACTION = 8

let h: Harness
let world: CorpusWorld
let before: Record<string, string[]>
const ids: Record<string, string> = {}
/** Every call the corpus made: how many, and which actions and roles they covered. */
const made = { calls: 0, actions: new Set<string>(), roles: new Set<string>() }

const FOLDERS = ['complaints', 'evidence', 'signatures'] as const
type Folder = (typeof FOLDERS)[number]

async function fileAs(openid: string, extra: Record<string, unknown> = {}) {
  return h.as(openid)('complaint.submit', { category: 'cleaning', location: '3栋2单元电梯厅', description: '电梯厅地面有积水。', ...extra })
}
const act = (openid: string, id: string, action: string, extra: Record<string, unknown> = {}) =>
  h.as(openid)('complaint.act', { id, action, ...extra })

/** The database the corpus runs against: every state a complaint commonly rests in. */
async function seed(): Promise<CorpusWorld> {
  const { code } = await h.as(U.manager)('invite.create', { role: 'handler', departmentCode: 'cleaning', name: '离职员工' })
  await h.as(CALLERS.inactiveStaff)('me.bindInvite', { code })
  const own: Record<string, Record<Folder, string>> = {}
  for (const openid of [...Object.values(CALLERS), U.zhao])
    own[openid] = Object.fromEntries(await Promise.all(FOLDERS.map(async (f) => [f, await h.upload(openid, f)]))) as Record<Folder, string>
  await h.as(U.manager)('staff.deactivate', { openid: CALLERS.inactiveStaff })

  ids.submitted = (await fileAs(U.wangli, { photos: [await h.upload(U.wangli), await h.upload(U.wangli)] })).id
  ids.dispatched = (await fileAs(U.chen)).id
  await act(U.agent, ids.dispatched, 'accept', { departmentCode: 'cleaning' })
  ids.investigating = (await fileAs(U.liu)).id
  await act(U.agent, ids.investigating, 'accept', { departmentCode: 'cleaning' })
  await act(U.cleaning, ids.investigating, 'take')
  await act(U.cleaning, ids.investigating, 'add_note', {
    kind: 'evidence',
    text: '监控截图',
    files: [await h.upload(U.cleaning, 'evidence')],
  })
  ids.planPending = (await fileAs(U.wu, { category: 'engineering', location: '5栋屋顶', description: '屋顶漏水。' })).id
  await act(U.agent, ids.planPending, 'accept', { departmentCode: 'engineering' })
  await act(U.engineering, ids.planPending, 'take')
  await act(U.engineering, ids.planPending, 'submit_plan', { owner: '赵工', steps: ['更换防水层'], deadline: '2026-12-10' })
  ids.closed = (await fileAs(U.zhao, { category: 'security', location: '东门', description: '夜间门岗无人。' })).id
  await act(U.agent, ids.closed, 'accept', { departmentCode: 'security' })
  await act(U.security, ids.closed, 'take')
  await act(U.security, ids.closed, 'give_result', { mode: 'rectification', summary: '已安排夜间值守。' })
  await act(U.zhao, ids.closed, 'rate', { level: 5 })
  ids.reopened = (await fileAs(U.zhou)).id
  await act(U.agent, ids.reopened, 'accept', { departmentCode: 'cleaning' })
  await act(U.cleaning, ids.reopened, 'take')
  await act(U.cleaning, ids.reopened, 'give_result', { mode: 'explanation', summary: '已解释。' })
  await act(U.zhou, ids.reopened, 'rate', { level: 1, comment: '没有解决' })
  ids.refused = (await fileAs(U.sun)).id
  await act(U.agent, ids.refused, 'refuse', { ground: 'A4-R1', explanation: '不属于物业职责范围。' })
  ids.registered = (
    await h.as(U.agent)('complaint.register', {
      category: 'parking',
      location: '地面停车位B-17',
      description: '车位被占用。',
      channel: 'onsite',
      photos: [await h.upload(U.agent)],
      complainant: { name: '赵敏', room: '2栋1101', phone: '13600004444' },
      confirmation: { method: 'signature', signatureFile: await h.upload(U.agent, 'signatures') },
    })
  ).id
  ids.emergency = (await fileAs(U.qian, { category: 'engineering', location: '7栋电梯', description: '电梯困人！', emergency: true })).id
  await h.as(U.manager)('settings.save', { officeName: '阳光花园物业管理处' })
  await h.as(U.manager)('invite.create', { role: 'agent', departmentCode: 'customer_service', name: '新客服' })
  await h.emu.call(
    'report',
    {
      action: 'action.create',
      payload: {
        weakPoint: { kind: 'department', key: 'cleaning', label: '保洁部' },
        title: '加强巡查',
        owner: '张洁',
        deadline: '2026-12-31',
        kind: 'corrective',
      },
    },
    U.manager,
  )
  await h.subscribe(U.wangli, ['complaint_accepted'])
  return {
    complaintId: ids.investigating,
    ownFile: (openid, folder) => own[openid][folder],
    foreignFile: (folder) => own[U.zhao][folder],
  }
}

/** Calls `fn` as `openid` and states what every answer of the corpus must be. */
async function refused(fn: string, action: string, payload: unknown, openid: string, how: string) {
  made.calls += 1
  const r = await h.emu.call(fn, { action, payload }, openid)
  const what = `${fn} ${action} as ${openid} (${how}): ${JSON.stringify(r)}`
  expect({ what, ok: r?.ok }).toEqual({ what, ok: false })
  expect({ what, known: KNOWN_CODES.includes(r.error.code) }).toEqual({ what, known: true })
  expect({ what, chinese: /[\u4e00-\u9fa5]/.test(r.error.message) }).toEqual({ what, chinese: true })
  return r.error as { code: string; message: string }
}

beforeAll(async () => {
  setNow('2026-11-30T02:00:00Z')
  h = await startHarness(['complaint', 'report', 'export'])
  world = await seed()
  before = h.snapshot()
}, 60_000)
afterAll(() => {
  h?.close()
  jest.useRealTimers()
})

it('the seeded database holds complaints in many states, users of every role and the records around them', async () => {
  const statuses = new Set((await h.docs('complaints')).map((c) => c.status))
  expect([...statuses].sort()).toEqual(
    expect.arrayContaining(['closed', 'dispatched', 'investigating', 'plan_pending', 'refused', 'submitted']),
  )
  expect(statuses.size).toBeGreaterThanOrEqual(7)
  const users = await h.docs('users')
  expect(new Set(users.map((u) => u.role))).toEqual(new Set(['resident', 'agent', 'handler', 'supervisor', 'manager']))
  expect(users.find((u) => u.openid === CALLERS.inactiveStaff)).toMatchObject({ active: false })
  for (const name of ['events', 'outbox', 'inbox', 'file_claims', 'invites', 'improvement_actions', 'quota', 'settings'])
    expect(before[name].length).toBeGreaterThan(0)
})

describe.each(catalogue({ complaintId: 'seeded', ownFile: () => '', foreignFile: () => '' }).map((s, i) => [s.action, s.fn, i]))(
  '%s (%s function)',
  (name, _fn, index) => {
    // One seed per action (from SEED), so the actions do not all get the same sequence of mutations.
    const seed = SEED + 1000 * Number(index)
    it(`given ${RUNS_PER_ACTION} generated bad payloads from random roles, each is refused with a known code and a Chinese message, and nothing stored changes`, async () => {
      const spec = catalogue(world).find((s) => s.action === name)!
      const roles = Object.keys(CALLERS) as CallerRole[]
      await fc.assert(
        fc.asyncProperty(
          fc.constantFrom(...roles).chain((role) => badPayload(spec, CALLERS[role], world).map((bad) => ({ role, ...bad }))),
          async ({ role, payload, how }) => {
            const call = callOf(spec, payload)
            const error = await refused(call.fn, call.action, call.payload, CALLERS[role], how)
            expect({ how, code: error.code }).not.toEqual({ how, code: 'INTERNAL' })
            made.actions.add(spec.action)
            made.roles.add(role)
          },
        ),
        { seed, numRuns: RUNS_PER_ACTION },
      )
      expect(h.snapshot()).toEqual(before)
    })

    it('given a bad payload from every role in turn, each role is refused', async () => {
      const spec = catalogue(world).find((s) => s.action === name)!
      for (const [i, role] of (Object.keys(CALLERS) as CallerRole[]).entries()) {
        const [{ payload, how }] = fc.sample(badPayload(spec, CALLERS[role], world), { seed: seed + 1 + i, numRuns: 1 })
        const call = callOf(spec, payload)
        await refused(call.fn, call.action, call.payload, CALLERS[role], `${ROLE_NAMES[role]}: ${how}`)
        made.roles.add(role)
      }
      expect(h.snapshot()).toEqual(before)
    })
  },
)

describe("other people's ids and files", () => {
  it.each([
    ['a resident opens', CALLERS.resident, 'complaint.get', () => ({ id: ids.dispatched }), 'NOT_FOUND'],
    ['a resident prints', CALLERS.resident, 'complaint.form', () => ({ id: ids.dispatched }), 'FORBIDDEN'],
    ['a resident asks for the contact in', CALLERS.resident, 'complaint.revealContact', () => ({ id: ids.dispatched }), 'FORBIDDEN'],
    ['a resident rates', CALLERS.otherResident, 'complaint.act', () => ({ id: ids.reopened, action: 'rate', level: 5 }), 'NOT_FOUND'],
    [
      'a resident confirms',
      CALLERS.resident,
      'complaint.act',
      () => ({ id: ids.registered, action: 'confirm', method: 'miniprogram' }),
      'NOT_FOUND',
    ],
    ['a cleaning handler takes', CALLERS.handler, 'complaint.act', () => ({ id: ids.planPending, action: 'take' }), 'NOT_FOUND'],
    [
      'a cleaning supervisor approves the plan of',
      CALLERS.supervisor,
      'complaint.act',
      () => ({ id: ids.planPending, action: 'approve_plan' }),
      'NOT_FOUND',
    ],
    [
      'a handler gives the result of',
      CALLERS.handler,
      'complaint.act',
      () => ({ id: ids.closed, action: 'give_result', summary: '已处理。' }),
      'NOT_FOUND',
    ],
    ['a resident retries a notification in', CALLERS.resident, 'outbox.retry', () => ({ id: ids.submitted }), 'FORBIDDEN'],
    ['the manager retries a notification by a complaint id,', CALLERS.manager, 'outbox.retry', () => ({ id: ids.submitted }), 'NOT_FOUND'],
    ['an agent deactivates the manager', CALLERS.agent, 'staff.deactivate', () => ({ openid: CALLERS.manager }), 'FORBIDDEN'],
    ['the manager deactivates a resident', CALLERS.manager, 'staff.deactivate', () => ({ openid: CALLERS.resident }), 'NOT_FOUND'],
    [
      'an inactive staff member takes',
      CALLERS.inactiveStaff,
      'complaint.act',
      () => ({ id: ids.dispatched, action: 'take' }),
      'UNAUTHENTICATED',
    ],
  ])('given %s a complaint that is not theirs, it is refused (%#)', async (_who, openid, action, payload, code) => {
    const error = await refused('complaint', action, payload(), openid, 'other people’s ids')
    expect(error.code).toBe(code)
    expect(h.snapshot()).toEqual(before)
  })

  it("given the caller's own photo already attached to another complaint, a second complaint is refused", async () => {
    const [attached] = (await h.docs('complaints', { _id: ids.submitted }))[0].photos
    const error = await refused(
      'complaint',
      'complaint.submit',
      { category: 'cleaning', location: '3栋', description: '又积水了。', photos: [attached] },
      CALLERS.resident,
      'attached elsewhere',
    )
    expect(error).toEqual({ code: 'INVALID_INPUT', message: '该文件已用于另一件投诉，请重新上传' })
    expect(h.snapshot()).toEqual(before)
  })

  it('given report figures of another department, a supervisor is refused', async () => {
    for (const [action, payload] of [
      ['report.period', { period: 'month', date: '2026-11-01', departmentCode: 'engineering' }],
      ['report.complaints', { filter: { period: 'month', date: '2026-11-01', departmentCode: 'engineering' } }],
      ['export.form', { id: ids.planPending }],
    ] as const) {
      const error = await refused(reportFunctionOf(action), action, payload, CALLERS.supervisor, 'another department')
      expect(['FORBIDDEN', 'NOT_FOUND']).toContain(error.code)
    }
    expect(h.snapshot()).toEqual(before)
  })
})

it('the corpus made at least 200 bad calls, covering every action of the three functions and every role, and stored nothing', () => {
  const all = catalogue(world).map((s) => s.action)
  expect(made.calls).toBeGreaterThanOrEqual(200)
  expect([...made.actions].sort()).toEqual([...all].sort())
  expect([...made.roles].sort()).toEqual(Object.keys(CALLERS).sort())
  expect(h.snapshot()).toEqual(before)
})
