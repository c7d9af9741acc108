/**
 * Departments in settings (issue 13), through the built functions: the manager adds a department in
 * settings — no code, no redeploy —, routes a category to it (H1), invites its supervisor and
 * handler, and its complaints are dispatched there, taken by its handler and broken down by its
 * name in the report; renamed, every screen, form and report says the new name; deactivated, it
 * takes no new work but keeps its history; removed, only once nothing is live in it, its name stays
 * on the past. Department codes in payloads are checked against the settings of the moment.
 */
import { U, setNow } from '../helpers/emulator'
import { startReportHarness, type ReportHarness } from '../helpers/report'

let h: ReportHarness
beforeEach(async () => {
  setNow('2026-11-30T02:00:00Z') // Monday 10:00 in Shanghai
  h = await startReportHarness()
})
afterEach(() => {
  h.close()
  jest.useRealTimers()
})

const LIFT = { supervisor: 'o-lift-supervisor', handler: 'o-lift-handler' }
const manager = () => h.as(U.manager)
const MONTH = { period: 'month', date: '2026-11-30' }
type Dept = { code: string; name: string; active: boolean; removed?: boolean }

/** The listed departments as settings.save takes the list back. */
const rowsOf = (departments: Dept[]) => departments.filter((d) => !d.removed).map(({ code, name, active }) => ({ code, name, active }))
const listed = async () => rowsOf((await manager()('settings.get')).settings.departments)
const byKey = (list: { key: string }[], key: string) => list.find((x) => x.key === key) as any

/** The department list with `code` changed by `patch`. */
async function withDepartment(code: string, patch: Partial<Dept>) {
  return (await listed()).map((d) => (d.code === code ? { ...d, ...patch } : d))
}

/** Staff bound to `code` through an invite, as the manager issues one. */
async function invite(role: string, departmentCode: string, openid: string, name: string) {
  const { code } = await manager()('invite.create', { role, departmentCode, name })
  return h.as(openid)('me.bindInvite', { code })
}

/**
 * 电梯维保组 added, 工程维修 routed to it, its supervisor and handler invited, and 冯's lift
 * complaint accepted and dispatched by the routing table. @returns the department and the complaint's id.
 */
async function liftTeamWithAComplaint() {
  const saved = await manager()('settings.save', { departments: [...(await listed()), { name: '电梯维保组', active: true }] })
  const lift = saved.settings.departments.find((d: Dept) => d.name === '电梯维保组')
  await manager()('settings.save', { routing: { engineering: lift.code } })
  await invite('supervisor', lift.code, LIFT.supervisor, '梁主管')
  await invite('handler', lift.code, LIFT.handler, '吴师傅')
  const filed = await h.as(U.feng)('complaint.submit', {
    category: 'engineering',
    location: '2栋电梯',
    description: '2栋电梯经常停在半层，要等很久才能到站，上下楼很不方便',
  })
  await h.as(U.agent)('complaint.act', { id: filed.id, action: 'accept' })
  const dispatched = await h.as(U.agent)('complaint.act', { id: filed.id, action: 'dispatch' })
  return { lift, id: filed.id as string, dispatched }
}

it('H1 given a department added in settings and a category routed to it, the complaint is dispatched there, its handler takes it and the report counts it under its name', async () => {
  const { lift, id, dispatched } = await liftTeamWithAComplaint()
  expect(lift).toEqual({ code: 'dept_1', name: '电梯维保组', active: true })
  expect(dispatched).toMatchObject({ status: 'dispatched', departmentCode: 'dept_1', departmentName: '电梯维保组' })

  // The supervisor is who was invited with that role: settings show them, with what is live in the department.
  const settings = await manager()('settings.get')
  expect(settings.departments.find((d: Dept) => d.code === 'dept_1')).toEqual({
    ...lift,
    supervisors: ['梁主管'],
    activeStaff: 2,
    openComplaints: 1,
  })
  expect((await h.as(U.agent)('meta.get')).departments).toContainEqual(lift)

  // Its handler has it to take; the engineering department's handler does not even see it.
  expect((await h.as(LIFT.handler)('complaint.list', { scope: 'tasks' })).items.map((c: any) => c.id)).toEqual([id])
  expect((await h.raw(U.engineering)('complaint.act', { id, action: 'take' })).error.code).toBe('NOT_FOUND')
  const taken = await h.as(LIFT.handler)('complaint.act', { id, action: 'take' })
  expect(taken).toMatchObject({ status: 'investigating', assigneeName: '吴师傅', departmentName: '电梯维保组' })

  const report = await h.report(U.manager)('report.period', MONTH)
  expect(byKey(report.figures.byDepartment, 'dept_1')).toMatchObject({ label: '电梯维保组', value: 1 })
  expect(byKey(report.figures.byDepartment, 'engineering')).toMatchObject({ label: '工程部', value: 0 })
  // Its supervisor's reports are their department's, by its name.
  expect((await h.report(LIFT.supervisor)('report.period', MONTH)).scope).toEqual({
    departmentCode: 'dept_1',
    departmentName: '电梯维保组',
  })
})

it('given the department renamed, the complaint, the staff, the registration form and the report all say the new name', async () => {
  const { id } = await liftTeamWithAComplaint()
  await manager()('settings.save', { departments: await withDepartment('dept_1', { name: '电梯维保中心' }) })

  expect(await h.as(U.feng)('complaint.get', { id })).toMatchObject({ departmentCode: 'dept_1', departmentName: '电梯维保中心' })
  expect((await h.as(LIFT.handler)('me.get')).user).toMatchObject({ departmentCode: 'dept_1', departmentName: '电梯维保中心' })
  const form = await h.as(U.manager)('complaint.form', { id })
  expect(form.sections.flatMap((s: any) => s.rows)).toContainEqual(['承办部门', '电梯维保中心'])
  expect(form.events.map((e: any) => e.note)).toContain('承办部门：电梯维保中心；时限：按时')
  const report = await h.report(U.manager)('report.period', MONTH)
  expect(byKey(report.figures.byDepartment, 'dept_1')).toMatchObject({ label: '电梯维保中心', value: 1 })
})

it('H1 given the department deactivated, it takes no new work — dispatch, transfer, coordination, invites — but keeps its complaints, staff and figures', async () => {
  const { id } = await liftTeamWithAComplaint()
  // Still routed to: settings say where to route first, and nothing is saved.
  const before = h.snapshot()
  const refused = await h.raw(U.manager)('settings.save', { departments: await withDepartment('dept_1', { active: false }) })
  expect(refused.error).toEqual({
    code: 'INVALID_INPUT',
    message: '“工程维修”仍派往电梯维保组：请先在派单规则中改派其他部门，再停用电梯维保组',
  })
  expect(h.snapshot()).toEqual(before)
  await manager()('settings.save', {
    routing: { engineering: 'engineering' },
    departments: await withDepartment('dept_1', { active: false }),
  })

  const other = await h.as(U.wangli)('complaint.submit', { category: 'engineering', location: '3栋电梯', description: '3栋电梯按钮失灵' })
  await h.as(U.agent)('complaint.act', { id: other.id, action: 'accept' })
  const unchanged = h.snapshot()
  const inactive = { code: 'INVALID_INPUT', message: '电梯维保组已停用，不再接收新的工作，请选择其他承办部门' }
  expect((await h.raw(U.agent)('complaint.act', { id: other.id, action: 'dispatch', departmentCode: 'dept_1' })).error).toEqual(inactive)
  expect((await h.raw(U.manager)('invite.create', { role: 'handler', departmentCode: 'dept_1', name: '新人' })).error).toEqual({
    code: 'INVALID_INPUT',
    message: '电梯维保组已停用，不再接收新的工作，请选择其他部门',
  })
  expect(h.snapshot()).toEqual(unchanged)
  // Dispatched by the routing table, it now goes to the engineering department.
  expect(await h.as(U.agent)('complaint.act', { id: other.id, action: 'dispatch' })).toMatchObject({ departmentName: '工程部' })
  expect(
    (await h.raw(U.engineering)('complaint.act', { id: other.id, action: 'transfer', departmentCode: 'dept_1', reason: '电梯归维保组' }))
      .error,
  ).toEqual(inactive)

  await h.as(U.engineering)('complaint.act', { id: other.id, action: 'take' })
  expect(
    (
      await h.raw(U.engineering)('complaint.act', {
        id: other.id,
        action: 'set_mode',
        mode: 'coordination',
        coordinatingDepartments: ['dept_1'],
      })
    ).error,
  ).toEqual({ code: 'INVALID_INPUT', message: '电梯维保组已停用，不再接收新的工作，请选择其他协同部门' })

  // What it has, it keeps: its handler finishes the complaint, which still names it; the report still counts it.
  await h.as(LIFT.handler)('complaint.act', { id, action: 'take' })
  const resolved = await h.as(LIFT.handler)('complaint.act', {
    id,
    action: 'give_result',
    mode: 'rectification',
    summary: '已更换门机控制板，运行正常。',
  })
  expect(resolved).toMatchObject({ status: 'resolved', departmentName: '电梯维保组' })
  expect((await h.as(U.agent)('meta.get')).departments).toContainEqual({ code: 'dept_1', name: '电梯维保组', active: false })
  expect(
    byKey((await h.report(U.manager)('report.period', { ...MONTH, departmentCode: 'dept_1' })).figures.byDepartment, 'dept_1'),
  ).toMatchObject({
    label: '电梯维保组',
    value: 1,
  })

  // Removing it is refused while anything is live in it.
  expect((await h.raw(U.manager)('settings.save', { departments: (await listed()).filter((d) => d.code !== 'dept_1') })).error).toEqual({
    code: 'INVALID_INPUT',
    message: '电梯维保组还有 1 件未办结的投诉、2 名在岗员工，不能删除，可以停用（不再派单，历史记录保留）',
  })
})

it('given a department with nothing live in it removed, it leaves settings and pickers but the past keeps its name; added again, it comes back with its history', async () => {
  const { id } = await liftTeamWithAComplaint()
  await manager()('settings.save', { routing: { engineering: 'engineering' } })
  await h.as(LIFT.handler)('complaint.act', { id, action: 'take' })
  await h.as(LIFT.handler)('complaint.act', { id, action: 'give_result', mode: 'rectification', summary: '已更换门机控制板，运行正常。' })
  await h.as(U.feng)('complaint.act', { id, action: 'rate', level: 5, comment: '修好了' })
  for (const openid of [LIFT.handler, LIFT.supervisor]) await manager()('staff.deactivate', { openid })

  const saved = await manager()('settings.save', { departments: (await listed()).filter((d) => d.code !== 'dept_1') })
  expect(saved.settings.departments).toContainEqual({ code: 'dept_1', name: '电梯维保组', active: false, removed: true })
  expect(saved.departments.map((d: Dept) => d.code)).not.toContain('dept_1')
  expect((await h.raw(U.manager)('invite.create', { role: 'handler', departmentCode: 'dept_1', name: '新人' })).error.message).toBe(
    '电梯维保组已删除，不再接收新的工作，请选择其他部门',
  )
  expect(await h.as(U.feng)('complaint.get', { id })).toMatchObject({ status: 'closed', departmentName: '电梯维保组' })
  expect(byKey((await h.report(U.manager)('report.period', MONTH)).figures.byDepartment, 'dept_1')).toMatchObject({
    label: '电梯维保组',
    value: 1,
  })

  const back = await manager()('settings.save', { departments: [...(await listed()), { name: '电梯维保组', active: true }] })
  expect(back.departments.find((d: Dept) => d.name === '电梯维保组')).toMatchObject({ code: 'dept_1', active: true, openComplaints: 0 })
})

describe('department codes are checked against the settings of the moment', () => {
  it('given a code settings do not have, every action refuses it with a Chinese message and changes nothing', async () => {
    const filed = await h.as(U.wangli)('complaint.submit', { category: 'cleaning', location: '3栋大堂', description: '大堂地面很脏' })
    await h.as(U.agent)('complaint.act', { id: filed.id, action: 'accept' })
    const before = h.snapshot()
    const refusals = [
      await h.raw(U.agent)('complaint.act', { id: filed.id, action: 'dispatch', departmentCode: 'kitchen' }),
      await h.raw(U.agent)('staff.list', { departmentCode: 'kitchen' }),
      await h.raw(U.manager)('invite.create', { role: 'handler', departmentCode: 'kitchen', name: '李四' }),
      await h.raw(U.manager)('settings.save', { routing: { cleaning: 'kitchen' } }),
      await h.raw(U.manager)('settings.save', { wecomRobots: { kitchen: 'abcdefgh1234' } }),
      await h.rawReport(U.manager)('report.period', { ...MONTH, departmentCode: 'kitchen' }),
      await h.rawReport(U.manager)('report.complaints', { filter: { ...MONTH, departmentCode: 'kitchen' } }),
    ]
    expect(refusals.map((r) => r.error)).toEqual([
      { code: 'INVALID_INPUT', message: '请选择有效的承办部门' },
      { code: 'INVALID_INPUT', message: '请选择有效的部门' },
      { code: 'INVALID_INPUT', message: '请选择有效的部门' },
      { code: 'INVALID_INPUT', message: '请为“清洁卫生”选择有效的承办部门' },
      { code: 'INVALID_INPUT', message: '请选择有效的群机器人' },
      { code: 'INVALID_INPUT', message: '请选择有效的部门' },
      { code: 'INVALID_INPUT', message: '请选择有效的部门' },
    ])
    expect(h.snapshot()).toEqual(before)
  })

  it('given the customer service centre, it may be renamed but neither deactivated nor removed', async () => {
    const rows = await listed()
    const error = async (departments: unknown) => (await h.raw(U.manager)('settings.save', { departments })).error.message
    expect(await error(rows.filter((d) => d.code !== 'customer_service'))).toBe('客户服务中心负责受理、派单和回访，不能删除')
    expect(await error(rows.map((d) => (d.code === 'customer_service' ? { ...d, active: false } : d)))).toBe(
      '客户服务中心负责受理、派单和回访，不能停用',
    )
    const renamed = await manager()('settings.save', {
      departments: rows.map((d) => (d.code === 'customer_service' ? { ...d, name: '客服中心' } : d)),
    })
    expect(renamed.settings.departments[0]).toEqual({ code: 'customer_service', name: '客服中心', active: true })
    expect((await h.as(U.agent)('me.get')).user.departmentName).toBe('客服中心')
  })

  it('given a new department, its WeCom group robot can be set, and is dropped when the department is removed', async () => {
    const saved = await manager()('settings.save', { departments: [...(await listed()), { name: '外包保洁组', active: true }] })
    const code = saved.settings.departments.at(-1).code
    const withRobot = await manager()('settings.save', { wecomRobots: { [code]: 'abcdefgh1234' } })
    expect(withRobot.settings.wecomRobots).toEqual({ [code]: '••••1234' })
    const removed = await manager()('settings.save', { departments: (await listed()).filter((d) => d.code !== code) })
    expect(removed.settings.wecomRobots).toEqual({})
  })
})
