/**
 * S1 drill-down and the .xlsx exports (V2 registration form, lists, the period report — served by
 * the `export` function, which alone carries the spreadsheet library), read back from the emulator's storage: the manager's files carry the complainant's details in full and
 * each complaint in them is logged (G3-P5); supervisors' files and every drill-down list mask them.
 */
import { setNow, U } from '../helpers/emulator'
import { functionOf, readXlsx, startReportHarness, storeComplaint, type ReportHarness } from '../helpers/report'

const sh = (t: string) => `${t.replace(' ', 'T')}:00+08:00`
let h: ReportHarness
let id: string
const month = { period: 'month', date: '2026-11-15' }

beforeEach(async () => {
  setNow(sh('2026-11-02 10:00'))
  h = await startReportHarness()
  // One complaint through the real lifecycle, so the form carries real events.
  id = (await h.as(U.wangli)('complaint.submit', { category: 'cleaning', location: '3栋大堂', description: '大堂地面很脏，无人清扫。' })).id
  await h.as(U.agent)('complaint.act', { id, action: 'accept' })
  await h.as(U.agent)('complaint.act', { id, action: 'dispatch' })
  await h.as(U.cleaning)('complaint.act', { id, action: 'take' })
  setNow(sh('2026-11-03 10:00'))
  await h.as(U.cleaning)('complaint.act', { id, action: 'give_result', mode: 'rectification', summary: '已清扫并加强巡查。' })
  await h.as(U.wangli)('complaint.act', { id, action: 'rate', level: 5, comment: '很好' })
  // A complaint about the cleaning supervisor herself (G3-P5: she never sees who made it).
  storeComplaint(h, {
    createdAt: Date.parse(sh('2026-11-04 10:00')),
    category: 'cleaning',
    location: '保洁部办公室',
    departmentCode: 'cleaning',
    status: 'investigating',
    complainant: { name: '陈建国', room: '5栋1单元302', phone: '13900002222' },
    subjectStaff: { name: '何静', openid: U.cleaningSupervisor },
  })
  setNow(sh('2026-11-20 10:00'))
})
afterEach(() => {
  h.close()
  jest.useRealTimers()
})

const accessLog = () => h.docs('access_log', {})

it('S1 G3-P5 drill-down lists are summaries with phone numbers masked, for the manager too', async () => {
  const r = await h.report(U.manager)('report.complaints', { filter: { ...month, category: 'cleaning' } })
  expect(r.total).toBe(2)
  expect(r.items.find((c: any) => c.id === id)).toMatchObject({
    phone: '138****1111',
    complainantName: '王*',
    room: '3栋2单元1502',
    categoryLabel: '清洁卫生',
    ratingLevel: 5,
  })
  const sup = await h.report(U.cleaningSupervisor)('report.complaints', { filter: month })
  const [about] = await h.docs('complaints', { location: '保洁部办公室' })
  const aboutHer = sup.items.find((c: any) => c.id === about._id)
  expect(aboutHer).toMatchObject({ disclosure: 'accused', complainantName: null, phone: null, room: null, location: '' })
  expect(JSON.stringify(aboutHer)).not.toMatch(/保洁部办公室|陈建国|13900002222|5栋1单元302/)
  expect(await accessLog()).toEqual([]) // masked lists are not logged
})

it('V2 G3-P5 the manager exports the full registration form with its events, and the export is logged', async () => {
  const r = await h.report(U.manager)('export.form', { id })
  expect(r.fileID).toMatch(/^cloud:\/\/.+\/exports\/20261120\/form-[0-9a-f]{16}\.xlsx$/)
  expect(r.url).toMatch(/^\/storage\/files\/exports\/20261120\/form-/)
  expect(r.fileName).toMatch(/^投诉登记表-TS20261102-\d{4}\.xlsx$/)
  const book = await readXlsx(h, r.fileID)
  const form = Object.fromEntries(book['登记表'].filter((row) => row.length >= 2).map((row) => [row[0], row[1]]))
  expect(form).toMatchObject({
    姓名: '王丽',
    联系电话: '13800001111',
    房号: '3栋2单元1502',
    地点: '3栋大堂',
    承办部门: '保洁部',
    投诉渠道: '小程序',
    状态: '已结案',
  })
  expect(String(form['处理结果'])).toContain('已清扫并加强巡查。')
  expect(String(form['当前评价'])).toContain('非常满意')
  const events = book['处理记录']
  expect(events[0]).toEqual(['时间', '操作', '操作人', '状态变化', '说明'])
  expect(events.slice(1).map((e) => e[1])).toEqual(['提交投诉', '受理', '派单', '接单', '反馈处理结果', '评价'])
  expect(events[1][2]).toBe('王丽（业主/住户）')
  expect(await accessLog()).toEqual([
    expect.objectContaining({
      complaintId: id,
      purpose: 'export_form',
      fields: ['name', 'room', 'phone'],
      fileID: r.fileID,
      viewer: expect.objectContaining({ openid: U.manager }),
    }),
  ])
})

it('V2 G3-P5 a supervisor’s registration form is masked; other departments’ and complaints about them are not theirs to export', async () => {
  const r = await h.report(U.cleaningSupervisor)('export.form', { id })
  const book = await readXlsx(h, r.fileID)
  const form = Object.fromEntries(book['登记表'].filter((row) => row.length >= 2).map((row) => [row[0], row[1]]))
  expect(form).toMatchObject({ 姓名: '王*', 联系电话: '138****1111' })
  expect(JSON.stringify(book)).not.toContain('13800001111')
  expect(JSON.stringify(book)).not.toContain('王丽')
  expect(book['处理记录'][1][2]).toBe('王*（业主/住户）')
  expect(await accessLog()).toEqual([])
  expect(await h.rawReport(U.engineeringSupervisor)('export.form', { id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
  const [about] = await h.docs('complaints', { location: '保洁部办公室' })
  expect(await h.rawReport(U.cleaningSupervisor)('export.form', { id: about._id })).toMatchObject({
    ok: false,
    error: { code: 'NOT_FOUND' },
  })
})

it('V2 the printable form and the .xlsx form are one definition: same sections, rows and words for the same viewer', async () => {
  const printed = await h.as(U.manager)('complaint.form', { id })
  const book = await readXlsx(h, (await h.report(U.manager)('export.form', { id })).fileID)
  const sheetRows = book['登记表'].slice(1).map((row) => row.map(String))
  const formRows = printed.sections.flatMap((s: { title: string; rows: [string, string][] }) => [[`【${s.title}】`, ''], ...s.rows])
  expect(sheetRows).toEqual(formRows)
  expect(book['处理记录'][0]).toEqual(printed.eventColumns.map(([, title]: [string, string]) => title))
  expect(book['处理记录'].slice(1).map((row) => row[1])).toEqual(printed.events.map((e: { action: string }) => e.action))
})

it('V2 G3-P5 H2-S the staff member a complaint is about may print its form, but sees no trace of who complained nor of the matter', async () => {
  const [about] = await h.docs('complaints', { location: '保洁部办公室' })
  const form = await h.as(U.cleaningSupervisor)('complaint.form', { id: about._id })
  expect(form.sections.find((s: { title: string }) => s.title === '投诉人').rows).toEqual([['投诉人', '不显示']])
  expect(form.notice).toBe('本投诉涉及您本人，按规定只显示投诉要点，不显示投诉人信息')
  expect(JSON.stringify(form)).not.toMatch(/陈建国|陈\*|13900002222|139\*|5栋1单元302|保洁部办公室/)
  expect(await accessLog()).toEqual([])
})

it('S1 G3-P5 a filtered list exports every row; the manager’s is full and logged per complaint, a supervisor’s masked', async () => {
  const r = await h.report(U.manager)('export.complaints', { filter: { ...month, category: 'cleaning' } })
  expect(r.rows).toBe(2)
  const rows = (await readXlsx(h, r.fileID))['投诉清单']
  expect(rows[0][0]).toMatch(/^投诉清单/)
  const header = rows[1] as string[]
  const col = (name: string) => header.indexOf(name)
  const mine = rows.slice(2).find((row) => row[col('地点')] === '3栋大堂')!
  expect([mine[col('投诉人')], mine[col('联系电话')], mine[col('处理按时')], mine[col('处理时长（工作日）')], mine[col('满意度')]]).toEqual(
    ['王丽', '13800001111', '按时', 1, '非常满意'],
  )
  expect((await accessLog()).map((e: any) => [e.purpose, e.fileID])).toEqual([
    ['export_list', r.fileID],
    ['export_list', r.fileID],
  ])

  const s = await h.report(U.cleaningSupervisor)('export.complaints', { filter: month })
  const srows = (await readXlsx(h, s.fileID))['投诉清单']
  const smine = srows.slice(2).find((row) => row[col('地点')] === '3栋大堂')!
  expect([smine[col('投诉人')], smine[col('联系电话')]]).toEqual(['王*', '138****1111'])
  const [about] = await h.docs('complaints', { location: '保洁部办公室' })
  const aboutHer = srows.slice(2).find((row) => row[col('投诉编号')] === about.no)!
  expect([aboutHer[col('投诉人')], aboutHer[col('联系电话')], aboutHer[col('地点')], aboutHer[col('投诉时间')]]).toEqual([
    '',
    '',
    '',
    '2026-11-04',
  ])
  expect(JSON.stringify(srows)).not.toContain('保洁部办公室')
  expect(await accessLog()).toHaveLength(2) // nothing added for the masked file
})

it('S1 the period report exports its figures, sheet by sheet; old exports are deleted by the export function’s timer', async () => {
  const r = await h.report(U.manager)('export.report', month)
  expect(r.fileName).toBe('投诉统计-2026-11.xlsx')
  const book = await readXlsx(h, r.fileID)
  expect(Object.keys(book)).toEqual([
    '概览',
    '按类别',
    '按部门',
    '按渠道',
    '按级别',
    '按地点',
    '不予受理理由',
    '满意度分布',
    '催办（按部门）',
    '撤销原因',
    '热线满意度',
  ])
  expect(book['概览'][0][0]).toBe('投诉统计 2026年11月（全部部门；上期 2026年10月）')
  expect(book['概览'].find((row) => row[0] === '投诉总数')).toEqual(['投诉总数', 2, '', 0, '+2'])
  // The same words as the dashboard, and the handling time says what it is taken from.
  expect(book['概览'].find((row) => row[0] === '办结及时率（H4）')).toEqual(expect.arrayContaining(['100.0%', '1/1']))
  expect(book['概览'].find((row) => row[0] === '处理时长中位数（工作日）')![2]).toBe('办结 1 件')
  expect(book['概览'].map((row) => row[0])).toContain('超时未办结')
  expect(book['按类别'].find((row) => row[0] === '清洁卫生')).toEqual(['清洁卫生', 2, 0, '+2'])

  setNow(sh('2026-11-21 11:00')) // 25 hours later
  expect(await h.emu.fireTimer('export')).toEqual({ ok: true, data: { deleted: 1 } })
  await expect(h.emu.storage.downloadFile({ fileID: r.fileID })).rejects.toThrow('file not exist')
  expect(await h.docs('exports', {})).toEqual([])
})

it('the exports are the export function’s alone: the report function refuses them, and the export function nothing else', async () => {
  expect(functionOf('export.form')).toBe('export')
  for (const action of ['export.form', 'export.complaints', 'export.report'])
    expect(await h.emu.call('report', { action, payload: month }, U.manager)).toEqual({
      ok: false,
      error: { code: 'UNKNOWN_ACTION', message: '不支持的操作' },
    })
  expect(await h.emu.call('export', { action: 'report.period', payload: month }, U.manager)).toEqual({
    ok: false,
    error: { code: 'UNKNOWN_ACTION', message: '不支持的操作' },
  })
  // Exports are purged by the export function's timer; the report function's only timer is the rollups' nightly recount (issue 17).
  expect((h.emu.functions.get('report')!.config.triggers ?? []).map((t) => t.name)).toEqual(['rollup-recount'])
})
