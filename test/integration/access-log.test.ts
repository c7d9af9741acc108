/**
 * Issue 15, G3-P5: the manager reads the access log — who viewed whose contact details or printed
 * a full registration form, and when — filters it by purpose, staff member, complaint number and
 * days, and exports it. Nobody else may.
 */
import { setNow, U } from '../helpers/emulator'
import { readXlsx, startReportHarness, type ReportHarness } from '../helpers/report'

let h: ReportHarness
beforeEach(async () => {
  setNow('2026-11-30T02:00:00Z')
  h = await startReportHarness()
})
afterEach(() => {
  h.close()
  jest.useRealTimers()
})

const good = { category: 'cleaning', location: '3栋大堂', description: '大堂地面很脏。' }

/** Two complaints; the agent reveals one's contact on 30 Nov, the manager prints the other's full form on 1 Dec. */
async function seed() {
  const a = await h.as(U.wangli)('complaint.submit', good)
  const b = await h.as(U.chen)('complaint.submit', { ...good, description: '车库灯坏了。' })
  await h.as(U.agent)('complaint.revealContact', { id: a.id })
  setNow('2026-12-01T03:00:00Z')
  await h.as(U.manager)('complaint.form', { id: b.id })
  return { a, b }
}

it('given views of contacts and a printed form, the manager sees who, whose (masked), why and when, newest first', async () => {
  const { a, b } = await seed()
  const r = await h.as(U.manager)('accessLog.list', {})
  expect(r.total).toBe(2)
  expect(r.items).toEqual([
    expect.objectContaining({
      complaintNo: b.no,
      viewerName: '周经理',
      viewerRoleLabel: '管理处经理',
      purposeLabel: '打印完整登记表',
      fieldsLabel: '姓名、房号、电话',
      whose: '陈**',
    }),
    expect.objectContaining({
      complaintNo: a.no,
      viewerName: '林晓',
      purposeLabel: '查看投诉人联系方式',
      whose: '王*',
      at: Date.parse('2026-11-30T02:00:00Z'),
    }),
  ])
})

it('given filters, the list narrows by purpose, staff member, complaint number and Shanghai days', async () => {
  const { a, b } = await seed()
  const nos = async (f: Record<string, unknown>) => (await h.as(U.manager)('accessLog.list', f)).items.map((i: any) => i.complaintNo)
  expect(await nos({ purpose: 'reveal_contact' })).toEqual([a.no])
  expect(await nos({ viewerOpenid: U.manager })).toEqual([b.no])
  expect(await nos({ complaintNo: b.no })).toEqual([b.no])
  expect(await nos({ complaintNo: 'TS20000101-0001' })).toEqual([])
  expect(await nos({ from: '2026-12-01' })).toEqual([b.no])
  expect(await nos({ to: '2026-11-30' })).toEqual([a.no])
  expect(await nos({ from: '2026-11-30', to: '2026-12-01', purpose: 'registration_form' })).toEqual([b.no])
  const bad = await h.raw(U.manager)('accessLog.list', { from: '30/11/2026' })
  expect(bad.error).toEqual({ code: 'INVALID_INPUT', message: '开始日期格式应为 YYYY-MM-DD' })
})

it('given anyone but the manager, the log is refused', async () => {
  for (const who of [U.agent, U.csSupervisor, U.cleaningSupervisor, U.wangli]) {
    expect((await h.raw(who)('accessLog.list', {})).error.code).toBe('FORBIDDEN')
  }
  expect((await h.rawReport(U.cleaningSupervisor)('export.accessLog', {})).error.code).toBe('FORBIDDEN')
})

it('given filters, the export writes the same rows as a spreadsheet', async () => {
  const { a } = await seed()
  const r = await h.report(U.manager)('export.accessLog', { purpose: 'reveal_contact' })
  expect(r.rows).toBe(1)
  const book = await readXlsx(h, r.fileID)
  const rows = book['个人信息访问记录']
  expect(rows[1]).toEqual(['时间', '查看人', '岗位', '用途', '涉及的个人信息', '投诉编号', '涉及人员', '数量'])
  expect(rows[2]).toEqual(['2026-11-30 10:00', '林晓', '客服专员', '查看投诉人联系方式', '姓名、房号、电话', a.no, '王*', ''])
})
