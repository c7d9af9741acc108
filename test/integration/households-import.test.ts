/**
 * Issue 16: the household roster imported from and exported to .xlsx by the `export` function, and
 * edited one household at a time in settings — each bad row refused with its reason in Chinese,
 * a bad file refused whole with nothing changed, and the estate's households count kept current.
 */
import { harnessPerTest, U } from '../helpers/emulator'
import { exportCall, importRows, rosterFile, uploadRoster, type Cells, roomsAs, roomsRaw } from '../helpers/households'
import { readXlsx } from '../helpers/report'
import { HOUSEHOLD_COLUMNS } from '../../shared/households'

const h = harnessPerTest(undefined, ['complaint', 'export', 'households'])

const GOOD: Cells[] = [
  ['3', '2', '1502', 89.5, '王丽', '13800001111'],
  ['2栋', null, '1101', null, '赵敏', '136 0000 4444'],
  ['1号楼', '3单元', '201室', '120', '钱多', '13911112222'],
]

const estateDoc = async () => (await h.docs('estates'))[0]

describe('households.import', () => {
  it('given a clean file, it adds every row in the roster spelling and counts the estate’s households', async () => {
    const r = await importRows(h, U.manager, GOOD)
    expect(r).toEqual({ ok: true, data: { applied: true, added: 3, updated: 0, removed: 0, refused: [], households: 3 } })
    const docs = await h.docs('households')
    expect(docs.map((d) => d.roomKey).sort()).toEqual(['1栋3单元201', '2栋1101', '3栋2单元1502'])
    expect(docs.find((d) => d.roomKey === '2栋1101')).toMatchObject({ estate: 'default', unit: '', ownerPhone: '13600004444' })
    expect(docs.find((d) => d.roomKey === '3栋2单元1502')).toMatchObject({ area: 89.5, ownerName: '王丽' })
    expect((await estateDoc()).households).toBe(3)
  })

  it('given duplicates, unknown buildings, bad units, bad phones and empty rows, it refuses each row with its reason and takes the rest', async () => {
    const r = await importRows(h, U.manager, [
      ['3', '2', '1502', null, '王丽', '13800001111'],
      ['3栋', '2单元', '1502', null, '王丽丽', '13800001112'],
      ['99', '', '101', null, '某人', '13800001113'],
      ['3', '7', '101', null, '某人', '13800001114'],
      ['2', '1', '101', null, '某人', '13800001115'],
      ['5', '1', '101', null, '某人', '1380000'],
      [null, null, null, null, null, null],
      ['8', '', '601', null, '', ''],
      ['8', '', '602', 'abc', '刘洋', '13700003333'],
    ])
    expect(r.ok).toBe(true)
    expect(r.data).toMatchObject({ applied: true, added: 1, updated: 0 })
    expect(r.data.refused).toEqual([
      { row: 3, reason: '重复的房号（3栋2单元1502 与第 2 行相同）' },
      { row: 4, reason: '没有这栋楼（99栋）' },
      { row: 5, reason: '没有这个单元（3栋只有 2 个单元）' },
      { row: 6, reason: '2栋不分单元' },
      { row: 7, reason: '手机号格式不对（11 位手机号）' },
      { row: 8, reason: '空行（已跳过）', empty: true },
      { row: 9, reason: '请填写业主姓名；请填写业主电话' },
      { row: 10, reason: '面积格式不对（0–10000 的数字）' },
    ])
    expect((await h.docs('households')).map((d) => d.roomKey)).toEqual(['3栋2单元1502'])
  })

  it('given rooms the roster has, merging updates them and replacing removes the rooms the file lacks', async () => {
    await importRows(h, U.manager, GOOD)
    const merged = await importRows(h, U.manager, [
      ['3', '2', '1502', 90, '王丽', '13800009999'],
      ['8', '', '601', null, '刘洋', '13700003333'],
    ])
    expect(merged.data).toMatchObject({ applied: true, added: 1, updated: 1, removed: 0, households: 4 })
    expect((await h.docs('households', { roomKey: '3栋2单元1502' }))[0].ownerPhone).toBe('13800009999')
    const replaced = await importRows(h, U.manager, [['8', '', '601', null, '刘洋', '13700003333']], 'replace')
    expect(replaced.data).toMatchObject({ applied: true, added: 0, updated: 1, removed: 3, households: 1 })
    expect((await h.docs('households')).map((d) => d.roomKey)).toEqual(['8栋601'])
    expect((await estateDoc()).households).toBe(1)
  })

  it('given a replacing file with a bad row, it changes nothing and reports the row', async () => {
    await importRows(h, U.manager, GOOD)
    const fileID = await uploadRoster(
      h,
      U.manager,
      await rosterFile([
        ['8', '', '601', null, '刘洋', '13700003333'],
        ['99', '', '1', null, '某', '13700003334'],
      ]),
    )
    const before = h.snapshot()
    const r = await exportCall(h, U.manager)('households.import', { fileID, mode: 'replace' })
    expect(r.data).toEqual({
      applied: false,
      added: 0,
      updated: 0,
      removed: 0,
      refused: [{ row: 3, reason: '没有这栋楼（99栋）' }],
      households: 3,
    })
    expect(h.snapshot()).toEqual(before)
  })

  it('given more than 20,000 rows, it refuses the whole file and changes nothing', async () => {
    await importRows(h, U.manager, GOOD)
    const rows: Cells[] = Array.from({ length: 20_001 }, (_, i) => ['8', '', String(1000 + i), null, '业主', '13700003333'])
    const fileID = await uploadRoster(h, U.manager, await rosterFile(rows))
    const before = h.snapshot()
    const r = await exportCall(h, U.manager)('households.import', { fileID })
    expect(r).toEqual({
      ok: false,
      error: { code: 'INVALID_INPUT', message: '表格有 20001 行，超过单次导入上限 20000 行，未导入任何数据，请分批导入' },
    })
    expect(h.snapshot()).toEqual(before)
  }, 60_000)

  it('given a file that is not an xlsx, or lacks a required column, it says so and changes nothing', async () => {
    await importRows(h, U.manager, GOOD)
    const text = await uploadRoster(h, U.manager, Buffer.from('楼栋,单元,房号\n3,2,1502\n'))
    const noPhone = await uploadRoster(
      h,
      U.manager,
      await rosterFile([['3', '2', '1502', null, '王丽']], ['楼栋', '单元', '房号', '面积', '业主姓名']),
    )
    const before = h.snapshot()
    expect((await exportCall(h, U.manager)('households.import', { fileID: text })).error).toEqual({
      code: 'INVALID_INPUT',
      message: '上传的文件不是 Excel 表格（.xlsx），请用“下载模板”得到的表格填写后再导入',
    })
    expect((await exportCall(h, U.manager)('households.import', { fileID: noPhone })).error.message).toBe(
      '表格缺少列：业主电话（第 1 行应为表头，请用“下载模板”得到的表格）',
    )
    expect(h.snapshot()).toEqual(before)
    // Refused, the uploads are deleted all the same.
    for (const fileID of [text, noPhone]) await expect(h.emu.storage.downloadFile({ fileID })).rejects.toThrow('file not exist')
  })

  it('given a caller who is not the manager, or a file someone else uploaded, it refuses', async () => {
    const agentFile = await uploadRoster(h, U.agent, await rosterFile(GOOD))
    expect((await exportCall(h, U.agent)('households.import', { fileID: agentFile })).error.code).toBe('FORBIDDEN')
    expect((await exportCall(h, U.manager)('households.import', { fileID: agentFile })).error).toEqual({
      code: 'FORBIDDEN',
      message: '只能导入您本人上传的文件',
    })
    expect(await h.docs('households')).toEqual([])
  })
})

describe('households.export and households.template', () => {
  it('exports the roster with the import’s columns, and a file exported imports back unchanged', async () => {
    await importRows(h, U.manager, GOOD)
    const out = await exportCall(h, U.manager)('households.export')
    expect(out.data).toMatchObject({ rows: 3, fileName: expect.stringMatching(/^房屋台账-\d{8}-\d{4}\.xlsx$/) })
    const sheet = (await readXlsx(h, out.data.fileID))['房屋台账']
    expect(sheet[0]).toEqual([...HOUSEHOLD_COLUMNS])
    expect(sheet.slice(1)).toContainEqual(['3', '2', '1502', 89.5, '王丽', '13800001111'])
    const { fileContent } = await h.emu.storage.downloadFile({ fileID: out.data.fileID })
    const back = await exportCall(h, U.manager)('households.import', { fileID: await uploadRoster(h, U.manager, fileContent) })
    expect(back.data).toMatchObject({ applied: true, added: 0, updated: 3, refused: [] })
  })

  it('gives a template of the same columns with one example row', async () => {
    const t = await exportCall(h, U.manager)('households.template')
    const sheet = (await readXlsx(h, t.data.fileID))['房屋台账']
    expect(sheet).toEqual([[...HOUSEHOLD_COLUMNS], ['3', '2', '1502', 89.5, '王丽', '13912345678']])
    expect((await exportCall(h, U.agent)('households.export')).error.code).toBe('FORBIDDEN')
  })
})

describe('households.save / delete / list (settings)', () => {
  const row = { building: '3', unit: '2', room: '1502', area: '89.5', ownerName: '王丽', ownerPhone: '13800001111' }

  it('adds, edits (the room too) and deletes one household, keeping the count', async () => {
    expect(await roomsAs(h, U.manager)('households.save', row)).toEqual({ roomKey: '3栋2单元1502', households: 1 })
    await roomsAs(h, U.manager)('households.save', { ...row, previous: '3栋2单元1502', room: '1503', ownerName: '王丽华' })
    const list = await roomsAs(h, U.agent)('households.list', {})
    expect(list).toMatchObject({ total: 1, items: [{ roomKey: '3栋2单元1503', ownerName: '王丽华', area: 89.5 }] })
    expect(await roomsAs(h, U.manager)('households.delete', { roomKey: '3栋2单元1503' })).toEqual({ households: 0 })
    expect((await estateDoc()).households).toBe(0)
  })

  it('refuses a bad household with every problem, a room already there, and callers other than the manager', async () => {
    await roomsAs(h, U.manager)('households.save', row)
    const before = h.snapshot()
    expect((await roomsRaw(h, U.manager)('households.save', { ...row, building: '99', ownerPhone: '12345' })).error).toEqual({
      code: 'INVALID_INPUT',
      message: '没有这栋楼（99栋）；手机号格式不对（11 位手机号）',
    })
    expect((await roomsRaw(h, U.manager)('households.save', row)).error).toEqual({
      code: 'CONFLICT',
      message: '重复的房号：3栋2单元1502 已在房屋台账中',
    })
    expect((await roomsRaw(h, U.manager)('households.delete', { roomKey: '9栋1' })).error.code).toBe('NOT_FOUND')
    expect((await roomsRaw(h, U.agent)('households.save', { ...row, room: '1601' })).error.code).toBe('FORBIDDEN')
    expect((await roomsRaw(h, U.cleaning)('households.list', {})).error.code).toBe('FORBIDDEN')
    expect((await roomsRaw(h, U.wangli)('households.list', {})).error.code).toBe('FORBIDDEN')
    expect(h.snapshot()).toEqual(before)
  })
})
