/**
 * S2 weak points and S3 corrective / preventive actions through the BUILT report function:
 * recurring places, the departments and handlers with the most overdue or dissatisfied complaints,
 * actions recorded against them, followed up with notes that are only ever appended, and the weak
 * point's figure month by month so the action's effect shows.
 */
import { endOfDay } from '../../cloudfunctions/complaint/domain/calendar'
import { setNow, U } from '../helpers/emulator'
import { startReportHarness, storeComplaint, type ReportHarness } from '../helpers/report'

const sh = (t: string) => Date.parse(`${t.replace(' ', 'T')}:00+08:00`)
const cleaner = { openid: U.cleaning, name: '张洁', role: 'handler' as const }
const engineer = { openid: U.engineering, name: '赵工', role: 'handler' as const }
let h: ReportHarness

beforeEach(async () => {
  setNow(sh('2026-11-20 10:00'))
  h = await startReportHarness()
  // October: three at 3栋大堂 (cleaning); November: two there, one at 5栋电梯 — and who handled what.
  for (const d of ['2026-10-05', '2026-10-12', '2026-10-19'])
    storeComplaint(h, {
      createdAt: sh(`${d} 09:00`),
      location: '3栋大堂',
      category: 'cleaning',
      departmentCode: 'cleaning',
      assignee: cleaner,
      status: 'investigating',
    })
  // Late standing result (overdue) and dissatisfied (rated 2, reopened, then 4).
  storeComplaint(h, {
    createdAt: sh('2026-11-02 09:00'),
    location: '3栋大堂',
    category: 'cleaning',
    departmentCode: 'cleaning',
    assignee: cleaner,
    status: 'closed',
    closure: 'satisfied',
    acceptedAt: sh('2026-11-02 10:00'),
    resolvedAt: sh('2026-11-09 10:00'),
    reopenCount: 1,
    deadlines: { handlingDueAt: endOfDay('2026-11-05') },
    rating: { level: 4, comment: '', channel: 'self', at: sh('2026-11-10 10:00') },
    ratings: [
      { level: 2, comment: '没扫干净', channel: 'self', at: sh('2026-11-06 10:00') },
      { level: 4, comment: '', channel: 'self', at: sh('2026-11-10 10:00') },
    ],
  })
  storeComplaint(h, {
    createdAt: sh('2026-11-03 09:00'),
    location: '3栋大堂',
    category: 'cleaning',
    departmentCode: 'cleaning',
    assignee: cleaner,
    status: 'investigating',
    acceptedAt: sh('2026-11-03 10:00'),
    deadlines: { handlingDueAt: endOfDay('2026-11-06') },
  })
  // Engineering: one open past its deadline (overdue), handled by the engineering handler.
  storeComplaint(h, {
    createdAt: sh('2026-11-04 09:00'),
    location: '5栋电梯',
    category: 'engineering',
    departmentCode: 'engineering',
    assignee: engineer,
    status: 'handling',
    acceptedAt: sh('2026-11-04 10:00'),
    deadlines: { handlingDueAt: endOfDay('2026-11-09') },
  })
})
afterEach(() => {
  h.close()
  jest.useRealTimers()
})

const month = { period: 'month', date: '2026-11-20' }

it('S2 lists recurring location + category pairs (at least 2 in the period), most first, with the previous period', async () => {
  const w = await h.report(U.manager)('report.weakPoints', month)
  expect(w.pairs).toEqual([
    {
      kind: 'location_category',
      key: 'cleaning:3栋大堂',
      label: '3栋大堂 · 清洁卫生',
      location: '3栋大堂',
      category: 'cleaning',
      categoryLabel: '清洁卫生',
      count: { value: 2, previous: 3, change: -1, changePct: -0.3333 },
    },
  ])
})

it('S2 counts a place once however residents typed it (号楼, full-width digits, spaces, a full stop)', async () => {
  for (const location of ['３号楼 大堂', '3栋大堂。']) {
    const c = await h.as(U.wangli)('complaint.submit', { category: 'cleaning', location, description: '大堂垃圾桶满了没人清理。' })
    expect(c.location).toBe('3栋大堂')
  }
  const w = await h.report(U.manager)('report.weakPoints', month)
  expect(w.pairs.map((p: any) => [p.key, p.count.value])).toEqual([['cleaning:3栋大堂', 4]])
})

it('S2 ranks departments and handlers by overdue plus dissatisfied complaints', async () => {
  const w = await h.report(U.manager)('report.weakPoints', month)
  // Cleaning: overdue 2 (a late result, one open past 6 Nov), dissatisfied 1 → 3; engineering: overdue 1.
  expect(w.departments.map((d: any) => [d.kind, d.key, d.label, d.overdue.value, d.dissatisfied.value, d.score])).toEqual([
    ['department', 'cleaning', '保洁部', 2, 1, 3],
    ['department', 'engineering', '工程部', 1, 0, 1],
  ])
  expect(w.handlers.map((x: any) => [x.key, x.label, x.score])).toEqual([
    [U.cleaning, '张洁（保洁部）', 3],
    [U.engineering, '赵工（工程部）', 1],
  ])
  const sup = await h.report(U.engineeringSupervisor)('report.weakPoints', month)
  expect(sup.departments.map((d: any) => d.key)).toEqual(['engineering'])
  expect(sup.pairs).toEqual([])
})

it('S3 records a corrective action against a weak point and shows its figure month by month from the month before', async () => {
  const w = await h.report(U.manager)('report.weakPoints', month)
  const weakPoint = { kind: w.pairs[0].kind, key: w.pairs[0].key, label: w.pairs[0].label }
  const a = await h.report(U.manager)('action.create', {
    weakPoint,
    title: '大堂保洁改为每日两次并增加巡查',
    owner: '何静',
    deadline: '2026-11-30',
    kind: 'corrective',
  })
  expect(a).toMatchObject({
    status: 'open',
    statusLabel: '未开始',
    kindLabel: '纠正措施',
    owner: '何静',
    departmentCode: null,
    overdue: false,
    notes: [],
  })
  expect(a.effect.map((m: any) => [m.key, m.value, m.baseline])).toEqual([
    ['2026-10', 3, true],
    ['2026-11', 2, false],
  ])

  // A month later: one more complaint there in December; the list shows the three months.
  setNow(sh('2026-12-15 10:00'))
  storeComplaint(h, { createdAt: sh('2026-12-03 09:00'), location: '3栋大堂', category: 'cleaning', departmentCode: 'cleaning' })
  const { items } = await h.report(U.manager)('action.list', {})
  expect(items).toHaveLength(1)
  expect(items[0].effect.map((m: any) => [m.label, m.value])).toEqual([
    ['2026年10月', 3],
    ['2026年11月', 2],
    ['2026年12月', 1],
  ])
  expect(items[0].overdue).toBe(true) // deadline 30 Nov passed, not done
})

it('S3 follow-up notes are appended, never overwritten, and status moves to done', async () => {
  const a = await h.report(U.manager)('action.create', {
    weakPoint: { kind: 'department', key: 'engineering', label: '工程部' },
    title: '工程部超期工单每周复盘',
    owner: '孙志远',
    deadline: '2026-12-31',
    kind: 'preventive',
  })
  expect(a.departmentCode).toBe('engineering')
  expect(a.effect.map((m: any) => [m.key, m.value])).toEqual([
    ['2026-10', 0],
    ['2026-11', 1],
  ])
  setNow(sh('2026-11-21 10:00'))
  const b = await h.report(U.manager)('action.update', { id: a.id, status: 'in_progress', note: '已建立每周复盘会' })
  setNow(sh('2026-11-28 10:00'))
  const c = await h.report(U.engineeringSupervisor)('action.update', { id: a.id, status: 'done', note: '本月超期工单清零' })
  expect(b.notes).toHaveLength(1)
  expect(c.notes).toEqual([
    expect.objectContaining({
      text: '已建立每周复盘会',
      status: 'in_progress',
      previousStatus: 'open',
      at: sh('2026-11-21 10:00'),
      by: expect.objectContaining({ name: '周经理' }),
    }),
    expect.objectContaining({
      text: '本月超期工单清零',
      status: 'done',
      previousStatus: 'in_progress',
      at: sh('2026-11-28 10:00'),
      by: expect.objectContaining({ name: '孙志远' }),
    }),
  ])
  expect(c).toMatchObject({ status: 'done', statusLabel: '已完成', doneAt: sh('2026-11-28 10:00'), overdue: false })
  expect((await h.report(U.manager)('action.list', { status: 'done' })).items.map((x: any) => x.id)).toEqual([a.id])
  expect((await h.report(U.manager)('action.list', { status: 'open' })).items).toEqual([])
})

it('S3 supervisors act on their own department only; bad input gets a Chinese message', async () => {
  const own = await h.report(U.cleaningSupervisor)('action.create', {
    weakPoint: { kind: 'handler', key: U.cleaning, label: '张洁（保洁部）' },
    title: '承办人培训',
    owner: '何静',
    deadline: '2026-12-10',
    kind: 'preventive',
  })
  expect(own.departmentCode).toBe('cleaning')
  expect((await h.report(U.engineeringSupervisor)('action.list', {})).items).toEqual([])
  expect((await h.report(U.cleaningSupervisor)('action.list', {})).items.map((x: any) => x.id)).toEqual([own.id])
  expect(await h.rawReport(U.engineeringSupervisor)('action.update', { id: own.id, status: 'done', note: '完成' })).toMatchObject({
    ok: false,
    error: { code: 'NOT_FOUND' },
  })
  const base = { title: '复盘', owner: '何静', deadline: '2026-12-10', kind: 'corrective' }
  expect(
    await h.rawReport(U.cleaningSupervisor)('action.create', {
      ...base,
      weakPoint: { kind: 'department', key: 'engineering', label: '工程部' },
    }),
  ).toEqual({ ok: false, error: { code: 'FORBIDDEN', message: '部门主管只能针对本部门的薄弱环节制定措施' } })
  expect(
    await h.rawReport(U.cleaningSupervisor)('action.create', {
      ...base,
      weakPoint: { kind: 'handler', key: U.engineering, label: '赵工' },
    }),
  ).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
  expect(
    await h.rawReport(U.manager)('action.create', {
      ...base,
      owner: '',
      weakPoint: { kind: 'department', key: 'cleaning', label: '保洁部' },
    }),
  ).toEqual({ ok: false, error: { code: 'INVALID_INPUT', message: '请填写责任人' } })
  expect(
    await h.rawReport(U.manager)('action.create', {
      ...base,
      deadline: '2026-11-01',
      weakPoint: { kind: 'department', key: 'cleaning', label: '保洁部' },
    }),
  ).toEqual({ ok: false, error: { code: 'INVALID_INPUT', message: '完成期限不能早于今天' } })
  expect(await h.rawReport(U.cleaningSupervisor)('action.update', { id: own.id, status: 'done', note: ' ' })).toEqual({
    ok: false,
    error: { code: 'INVALID_INPUT', message: '请填写跟进情况' },
  })
})
