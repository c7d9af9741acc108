/**
 * The sample complaints S01–S15 (test/fixtures/sample-complaints.json), each taking the path its
 * `expect` describes, through the built function on the emulator.
 */
import { harnessPerTest, setNow, U, sample } from '../helpers/emulator'

const h = harnessPerTest('2026-11-30T02:00:00Z')

const S = Object.fromEntries(sample.complaints.map((c) => [c.id, c]))
/** The demo account of each sample's complainant (seeded from the same file). */
const RESIDENT: Record<string, string> = {
  S01: U.wangli,
  S02: U.chen,
  S03: U.liu,
  S04: U.zhao,
  S05: U.sun,
  S06: U.zhou,
  S07: U.wu,
  S09: U.wangli,
  S10: U.zheng,
  S11: U.qian,
  S12: U.feng,
  S13: U.chu,
  S14: U.wei,
  S15: U.jiang,
}

/** Files a sample the way its channel says: the resident themself, or staff on their behalf. */
async function file(id: string, extra: Record<string, unknown> = {}) {
  const s = S[id]
  const matter = { category: s.category, location: s.location || '（未说明）', description: s.content, emergency: !!s.emergency, ...extra }
  if (s.channel === 'miniprogram') return h.as(RESIDENT[id])('complaint.submit', matter)
  return h.as(U.agent)('complaint.register', {
    ...matter,
    channel: s.channel,
    complainant: {
      name: s.complainant.name,
      room: s.complainant.room,
      phone: s.complainant.phone,
      ...(RESIDENT[id] ? { openid: RESIDENT[id] } : {}),
    },
  })
}
const act = (who: string, id: string, action: string, input: Record<string, unknown> = {}) =>
  h.as(who)('complaint.act', { id, action, ...input })

it('S01 accepted; general (H4-1, 3 working days); dispatched to cleaning within 1 working day (H1)', async () => {
  const c = await file('S01')
  const a = await act(U.agent, c.id, 'accept')
  expect(a).toMatchObject({ tier: 'general', deadlines: { handlingDueAt: Date.parse('2026-12-03T23:59:59.999+08:00') } })
  const d = await act(U.agent, c.id, 'dispatch')
  expect(d).toMatchObject({ departmentName: '保洁部' })
  expect(d.events.at(-1).data).toMatchObject({ onTime: true })
})

it('S02 emergency (H1-E): engineering handlers notified at once; response within 2 hours (H4-3); phone registration needs confirmation (A3)', async () => {
  await h.subscribe(U.engineering, ['staff_task'])
  const c = await file('S02')
  expect(c).toMatchObject({
    status: 'dispatched',
    tier: 'emergency',
    departmentName: '工程部',
    confirmation: { required: true, confirmed: false },
  })
  expect(c.deadlines.responseDueAt - Date.now()).toBe(2 * 3600_000)
  expect(h.emu.recorder.list(U.engineering)).toHaveLength(1)
  // An emergency's deadline is near from the start: the complainant may also urge at once (C2).
  expect((await h.as(U.chen)('complaint.get', { id: c.id })).allowedActions).toEqual(['confirm', 'add_info', 'urge', 'withdraw'])
  const confirmed = await act(U.chen, c.id, 'confirm', { method: 'miniprogram' })
  expect(confirmed).toMatchObject({ status: 'dispatched', confirmation: { confirmed: true } })
})

it('S03 complaint about staff (H2-S): the statement is recorded; the accused never sees who complained (G3-P5)', async () => {
  const c = await file('S03', { involved: S.S03.subject_staff })
  await act(U.agent, c.id, 'accept', { departmentCode: 'security', subjectStaff: { name: '马东', openid: U.guard } })
  await act(U.security, c.id, 'take')
  await act(U.security, c.id, 'record_statement', { text: '当晚访客拒绝出示证件，我语气过重。' })
  const r = await act(U.security, c.id, 'give_result', { mode: 'explanation', summary: '已对当班保安批评教育，并向您致歉。' })
  expect(r.status).toBe('resolved')
  const accused = await h.as(U.guard)('complaint.get', { id: c.id })
  expect(accused.complainant).toBeNull()
  expect(JSON.stringify(accused)).not.toContain('刘洋')
})

it('S04 coordination (H3) led by parking; confirmation on site by signature (A3)', async () => {
  const sig = await h.upload(U.agent, 'signatures')
  const c = await file('S04', { confirmation: { method: 'signature', signatureFile: sig } })
  expect(c).toMatchObject({ channel: 'onsite', status: 'submitted', confirmation: { confirmed: true, method: 'signature' } })
  await act(U.agent, c.id, 'accept', { departmentCode: 'parking' })
  await act(U.parking, c.id, 'take')
  const m = await act(U.parking, c.id, 'set_mode', { mode: 'coordination', coordinatingDepartments: ['security'] })
  expect(m).toMatchObject({ departmentName: '车辆管理组', modeLabel: '协调处理', coordinatingDepartmentNames: ['秩序维护部'] })
})

it('S05 general; immediate rectification (H3)', async () => {
  const c = await file('S05')
  await act(U.agent, c.id, 'accept', { departmentCode: 'landscaping' })
  await act(U.landscaping, c.id, 'take')
  const r = await act(U.landscaping, c.id, 'give_result', { mode: 'rectification', summary: '当天清运完毕并消杀。' })
  expect(r).toMatchObject({ tier: 'general', status: 'resolved', result: { modeLabel: '立即整改' } })
})

it('S06 complex: plan approved by the supervisor (H3-PLAN), 7 working days (H4-2); extension notified to the complainant (H3-EXT)', async () => {
  await h.subscribe(U.zhou, ['complaint_progress'])
  const c = await file('S06')
  const a = await act(U.agent, c.id, 'accept', { tier: 'complex', departmentCode: 'engineering' })
  expect(a.deadlines.handlingDueAt).toBe(Date.parse('2026-12-09T23:59:59.999+08:00'))
  await act(U.engineering, c.id, 'take')
  await act(U.engineering, c.id, 'submit_plan', { owner: '赵工', steps: ['勘察', '防水施工', '室内修复'], deadline: '2026-12-09' })
  await act(U.engineeringSupervisor, c.id, 'approve_plan')
  await act(U.engineering, c.id, 'request_extension', { newDeadline: '2026-12-18', reason: '连续降雨无法施工' })
  const ext = await act(U.engineeringSupervisor, c.id, 'approve_extension')
  expect(ext.deadlines.handlingDueAt).toBe(Date.parse('2026-12-18T23:59:59.999+08:00'))
  const [msg] = h.emu.recorder.list(U.zhou)
  expect(Object.values(msg.data).map((v) => v.value)).toEqual(expect.arrayContaining(['已延期', '2026年12月18日', '连续降雨无法施工']))
})

it.each([
  ['S07', 'A4-R3', '您反映的事项已进入诉讼程序，物业将配合法院处理。'],
  ['S14', 'A4-R1', '市政道路路灯属市政部门管理，请拨打 12345 反映。'],
])('%s refused %s, with the reason told to the complainant', async (id, ground, explanation) => {
  await h.subscribe(RESIDENT[id], ['complaint_accepted'])
  const c = await file(id)
  const r = await act(U.agent, c.id, 'refuse', { ground, explanation })
  expect(r).toMatchObject({ status: 'refused', refusal: { ground } })
  expect((await h.as(RESIDENT[id])('complaint.get', { id: c.id })).refusal.explanation).toBe(explanation)
  expect(h.emu.recorder.list(RESIDENT[id])).toHaveLength(1)
})

it('S08 refused A4-R2 (no specific facts and no valid contact)', async () => {
  const c = await file('S08')
  const r = await act(U.agent, c.id, 'refuse', { ground: 'A4-R2', explanation: '未提供具体事实和有效联系方式。' })
  expect(r.refusal.groundLabel).toBe('无具体事实或无有效联系方式')
})

it('S09 a repeat of S01 after it was handled and answered: candidate for A4-R4 with no new facts', async () => {
  const s01 = await file('S01')
  await act(U.agent, s01.id, 'accept', { departmentCode: 'cleaning' })
  await act(U.cleaning, s01.id, 'take')
  await act(U.cleaning, s01.id, 'give_result', { mode: 'rectification', summary: '已清理积水烟头，增加巡查频次。' })
  setNow('2026-12-03T02:00:00Z')
  const s09 = await file('S09')
  const [hint] = await h.as(U.agent)('complaint.repeatCandidates', { id: s09.id })
  expect(hint).toMatchObject({ no: s01.no, proposeRefusal: true })
})

it('S10 general; explanation (H3)', async () => {
  const c = await file('S10')
  await act(U.agent, c.id, 'accept', { departmentCode: 'customer_service' })
  const h1 = await h.as(U.csSupervisor)('complaint.act', { id: c.id, action: 'take' })
  const r = await act(U.csSupervisor, c.id, 'give_result', { mode: 'explanation', summary: '发票已开具，因系统升级延误，向您致歉。' })
  expect(h1.status).toBe('investigating')
  expect(r).toMatchObject({ tier: 'general', result: { modeLabel: '解释说明' } })
})

it('S11 emergency (personal safety, H1-E)', async () => {
  await h.subscribe(U.securitySupervisor, ['staff_task'])
  const c = await file('S11')
  expect(c).toMatchObject({ status: 'dispatched', emergency: true, departmentName: '秩序维护部' })
  expect(h.emu.recorder.list(U.securitySupervisor)).toHaveLength(1)
})

it('S12 general; minor facility fault (H4-1)', async () => {
  const c = await file('S12')
  const a = await act(U.agent, c.id, 'accept', { departmentCode: 'engineering' })
  expect(a).toMatchObject({ tier: 'general', deadlines: { handlingDueAt: Date.parse('2026-12-03T23:59:59.999+08:00') } })
})

it('S13 general; transferred from parking to engineering (H1, coordination)', async () => {
  const c = await file('S13')
  await act(U.agent, c.id, 'accept', { departmentCode: 'parking' })
  await act(U.parkingSupervisor, c.id, 'transfer', { departmentCode: 'engineering', reason: '车库照明由工程部维修' })
  await act(U.engineering, c.id, 'take')
  const m = await act(U.engineering, c.id, 'set_mode', { mode: 'coordination', coordinatingDepartments: ['parking'] })
  expect(m).toMatchObject({ departmentName: '工程部', coordinatingDepartmentNames: ['车辆管理组'], channel: 'official_account' })
})

it('S15 general, possibly emergency (personal safety); investigation records evidence (H2)', async () => {
  const c = await file('S15')
  const a = await act(U.agent, c.id, 'accept', { tier: 'emergency', departmentCode: 'landscaping' })
  expect(a).toMatchObject({ emergency: true, channel: 'owner_group' })
  await act(U.landscaping, c.id, 'take')
  const photo = await h.upload(U.landscaping, 'evidence')
  const v = await act(U.landscaping, c.id, 'add_note', { kind: 'evidence', text: '喷药记录显示未张贴告示。', files: [photo] })
  expect(v.investigation[0]).toMatchObject({ kind: 'evidence', files: [{ fileID: photo }] })
})
