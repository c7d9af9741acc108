/**
 * The authorization matrix: every action of the lifecycle tried by every role — and by a
 * stranger — on a complaint in a state where the action makes sense; only the callers the
 * procedure names succeed. The expected table is written here from the procedure, not read from
 * the code's transition table, so a wrong grant in the code fails this test.
 */
import { startHarness, setNow, U, type Harness } from '../helpers/emulator'

const CALLERS = {
  complainant: U.wangli,
  otherResident: U.chen,
  agent: U.agent,
  csSupervisor: U.csSupervisor,
  assignee: U.security,
  departmentHandler: U.guard,
  departmentSupervisor: U.securitySupervisor,
  otherHandler: U.cleaning,
  otherSupervisor: U.cleaningSupervisor,
  manager: U.manager,
  stranger: U.stranger,
} as const
type Caller = keyof typeof CALLERS

type Stage =
  | 'awaiting_confirmation'
  | 'submitted'
  | 'accepted'
  | 'dispatched'
  | 'investigating'
  | 'investigating_about_staff'
  | 'plan_pending'
  | 'extension_pending'
  | 'handling'
  | 'resolved'
  | 'escalated'

/** action → the state it is tried in, its input per caller, and who the procedure lets take it. */
const MATRIX: Record<string, { stage: Stage; input: (who: Caller) => Record<string, unknown>; allowed: Caller[] }> = {
  confirm: {
    stage: 'awaiting_confirmation',
    input: (w) => ({ method: w === 'complainant' || w === 'otherResident' || w === 'stranger' ? 'miniprogram' : 'phone_readback' }),
    allowed: ['complainant', 'agent', 'csSupervisor'],
  },
  accept: { stage: 'submitted', input: () => ({}), allowed: ['agent', 'csSupervisor', 'manager'] },
  refuse: {
    stage: 'submitted',
    input: () => ({ ground: 'A4-R1', explanation: '不属于物业职责' }),
    allowed: ['agent', 'csSupervisor', 'manager'],
  },
  dispatch: { stage: 'accepted', input: () => ({ departmentCode: 'security' }), allowed: ['agent', 'csSupervisor', 'manager'] },
  transfer: {
    stage: 'dispatched',
    input: () => ({ departmentCode: 'engineering', reason: '属工程部' }),
    allowed: ['agent', 'csSupervisor', 'departmentSupervisor', 'manager'],
  },
  take: { stage: 'dispatched', input: () => ({}), allowed: ['assignee', 'departmentHandler', 'departmentSupervisor'] },
  assign: { stage: 'dispatched', input: () => ({ assigneeOpenid: U.security }), allowed: ['departmentSupervisor', 'manager'] },
  add_note: { stage: 'investigating', input: () => ({ text: '现场查看' }), allowed: ['assignee', 'departmentSupervisor'] },
  record_statement: {
    stage: 'investigating_about_staff',
    input: () => ({ text: '本人陈述' }),
    allowed: ['assignee', 'departmentSupervisor'],
  },
  set_mode: { stage: 'investigating', input: () => ({ mode: 'explanation' }), allowed: ['assignee'] },
  submit_plan: {
    stage: 'investigating',
    input: () => ({ owner: '王强', steps: ['加装照明'], deadline: '2026-12-10' }),
    allowed: ['assignee'],
  },
  approve_plan: { stage: 'plan_pending', input: () => ({}), allowed: ['departmentSupervisor', 'manager'] },
  return_plan: { stage: 'plan_pending', input: () => ({ note: '请补充' }), allowed: ['departmentSupervisor', 'manager'] },
  request_extension: { stage: 'investigating', input: () => ({ newDeadline: '2026-12-08', reason: '等待配件' }), allowed: ['assignee'] },
  approve_extension: { stage: 'extension_pending', input: () => ({}), allowed: ['departmentSupervisor', 'manager'] },
  reject_extension: { stage: 'extension_pending', input: () => ({ note: '请按期完成' }), allowed: ['departmentSupervisor', 'manager'] },
  give_result: { stage: 'handling', input: () => ({ summary: '已处理' }), allowed: ['assignee'] },
  rate: { stage: 'resolved', input: () => ({ level: 5 }), allowed: ['complainant'] },
  record_return_visit: { stage: 'resolved', input: () => ({ channel: 'phone', level: 4 }), allowed: ['agent', 'csSupervisor', 'manager'] },
  final_reply: { stage: 'escalated', input: () => ({ text: '经理答复' }), allowed: ['manager'] },
  summarise_allegation: {
    stage: 'investigating_about_staff',
    input: () => ({ text: '被反映夜间执勤时态度粗暴，请说明当晚经过。' }),
    allowed: ['agent', 'csSupervisor', 'assignee', 'departmentSupervisor', 'manager'],
  },
}

let h: Harness
beforeAll(async () => {
  setNow('2026-11-30T02:00:00Z')
  h = await startHarness()
})
afterAll(() => {
  h.close()
  jest.useRealTimers()
})

/** A fresh complaint of 王丽's about the east gate, brought to `stage`. */
async function prepare(stage: Stage): Promise<string> {
  const act = (who: string, action: string, input: Record<string, unknown> = {}) => h.as(who)('complaint.act', { id, action, ...input })
  let id: string
  if (stage === 'awaiting_confirmation') {
    id = (
      await h.as(U.agent)('complaint.register', {
        channel: 'phone',
        category: 'security',
        location: '东门',
        description: '东门栏杆坏了。',
        complainant: { name: '王丽', room: '3栋2单元1502', phone: '13800001111', openid: U.wangli },
      })
    ).id
    return id
  }
  id = (await h.as(U.wangli)('complaint.submit', { category: 'security', location: '东门', description: '东门栏杆坏了。' })).id
  if (stage === 'submitted') return id
  await act(U.agent, 'accept', stage === 'investigating_about_staff' ? { subjectStaff: { name: '马东', openid: U.guard } } : {})
  if (stage === 'accepted') return id
  await act(U.agent, 'dispatch', { departmentCode: 'security' })
  if (stage === 'dispatched') return id
  await act(U.security, 'take')
  if (stage === 'investigating' || stage === 'investigating_about_staff') return id
  if (stage === 'plan_pending')
    return (await act(U.security, 'submit_plan', { owner: '王强', steps: ['更换栏杆'], deadline: '2026-12-10' })).id
  if (stage === 'extension_pending')
    return (await act(U.security, 'request_extension', { newDeadline: '2026-12-08', reason: '等待配件' })).id
  await act(U.security, 'set_mode', { mode: 'rectification' })
  if (stage === 'handling') return id
  await act(U.security, 'give_result', { summary: '已更换栏杆' })
  if (stage === 'resolved') return id
  await act(U.wangli, 'rate', { level: 1, comment: '没修好' })
  await act(U.security, 'take')
  await act(U.security, 'give_result', { summary: '再次维修' })
  await act(U.wangli, 'rate', { level: 1, comment: '还是坏的' })
  return id // escalated
}

describe('authorization matrix: every action as every role and as a stranger', () => {
  const cases = Object.entries(MATRIX).flatMap(([action, m]) =>
    (Object.keys(CALLERS) as Caller[]).map((who) => [action, who, m.allowed.includes(who)] as const),
  )
  it.each(cases)('%s as %s → allowed: %s', async (action, who, allowed) => {
    const m = MATRIX[action]
    const id = await prepare(m.stage)
    const r = await h.raw(CALLERS[who])('complaint.act', { id, action, ...m.input(who) })
    if (allowed) expect(r).toMatchObject({ ok: true })
    else expect(r.error?.code).toMatch(/^(FORBIDDEN|NOT_FOUND|UNAUTHENTICATED)$/)
  })

  it.each(['mark_return_visit_due', 'close_no_response', 'warn_deadline', 'escalate'])(
    'the timer-only action %s is refused to every caller',
    async (action) => {
      const id = await prepare('resolved')
      for (const [who, openid] of Object.entries(CALLERS)) {
        expect((await h.raw(openid)('complaint.act', { id, action })).error.code).toBe(
          who === 'stranger' ? 'UNAUTHENTICATED' : 'UNKNOWN_ACTION',
        )
      }
      expect((await h.as(U.wangli)('complaint.get', { id })).status).toBe('resolved')
    },
  )

  it('a caller without a WeChat identity is refused before anything is read', async () => {
    const r = await h.emu.call('complaint', { action: 'complaint.list', payload: {} }, '')
    expect(r).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } })
  })
})
