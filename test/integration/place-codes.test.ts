/**
 * Filing from a QR code where the problem is (C5), on the built function: the manager's sheet,
 * the mini-program codes through `wxacode.getUnlimited`, resolving a scanned scene, renames and
 * removed places.
 */
import { harnessPerTest, U } from '../helpers/emulator'

const h = harnessPerTest('2026-11-30T02:00:00Z')

describe('C5 QR codes by place', () => {
  it('C5: the manager’s sheet lists a code for every building, unit and public area; nobody else may open it', async () => {
    const sheet = await h.as(U.manager)('place.codes', {})
    expect(sheet.page).toBe('pages/submit/index')
    expect(sheet.codes.filter((c: any) => c.group === 'b3').map((c: any) => [c.scene, c.place])).toEqual([
      ['b3', '3栋'],
      ['b3-1', '3栋1单元'],
      ['b3-2', '3栋2单元'],
    ])
    expect(sheet.codes.filter((c: any) => c.kind === 'area').map((c: any) => c.place)).toContain('中心花园')
    for (const who of [U.agent, U.cleaningSupervisor, U.wangli]) expect((await h.raw(who)('place.codes', {})).error.code).toBe('FORBIDDEN')
  })

  it('C5: on WeChat the images are mini-program codes with the place code as scene; the emulator stands in with a QR code of the H5 link', async () => {
    // Building 2 has no units: one code (each image costs a PNG rendering, slow inside jest).
    const sheet = await h.as(U.manager)('place.codes', { group: 'b2', images: true })
    expect(sheet.codes).toEqual([expect.objectContaining({ scene: 'b2', place: '2栋', image: '/storage/files/qrcodes/develop/b2.png' })])
    const file = await h.emu.storage.downloadFile({ fileID: `${h.emu.storage.prefix}qrcodes/develop/b2.png` })
    const png = file.fileContent as Buffer
    expect(png.subarray(1, 4).toString()).toBe('PNG')
    const [width, height] = [png.readUInt32BE(16), png.readUInt32BE(20)] // IHDR
    expect(width).toBeGreaterThanOrEqual(200)
    expect(width).toBe(height)
    // A scene always stands for the same place: its code is made once and the next sheet reuses it.
    const again = await h.as(U.manager)('place.codes', { group: 'b2', images: true })
    expect(again.codes[0].image).toBe(sheet.codes[0].image)
    expect(await h.docs('place_codes', {})).toEqual([
      expect.objectContaining({ _id: 'develop:b2', fileID: expect.stringMatching(/b2\.png$/) }),
    ])
    const all = await h.raw(U.manager)('place.codes', { images: true })
    expect(all.error).toEqual({ code: 'INVALID_INPUT', message: '请选择要生成小程序码的楼栋或公共区域' })
  })

  it('C5: a scanned scene fills in the place under its current name, also after the manager renamed it', async () => {
    expect(await h.as(U.wangli)('place.resolve', { scene: 'b3-2' })).toMatchObject({ place: '3栋2单元', kind: 'unit' })
    const settings = await h.as(U.manager)('settings.get', {})
    const areaCode = Object.entries(settings.settings.estate.areaCodes).find(([, n]) => n === '中心花园')![0]
    await h.as(U.manager)('settings.save', {
      estate: {
        buildings: settings.settings.estate.buildings.map((b: any) => (b.name === '3' ? { ...b, name: '3A' } : b)),
        areas: settings.settings.estate.areas.map((a: string) => (a === '中心花园' ? '中央花园' : a)),
        areaCodes: { ...settings.settings.estate.areaCodes, [areaCode]: '中央花园' },
      },
    })
    expect(await h.as(U.wangli)('place.resolve', { scene: 'b3-2' })).toMatchObject({ place: '3A栋2单元' })
    expect(await h.as(U.wangli)('place.resolve', { scene: encodeURIComponent(areaCode) })).toMatchObject({ place: '中央花园' })
  })

  it('C5: a scene for a place that no longer exists gets a clear Chinese message, and a filing keeps the place code only while it exists', async () => {
    const settings = (await h.as(U.manager)('settings.get', {})).settings
    await h.as(U.manager)('settings.save', { estate: { buildings: settings.estate.buildings.filter((b: any) => b.name !== '3') } })
    const r = await h.raw(U.wangli)('place.resolve', { scene: 'b3-2' })
    expect(r.error).toEqual({ code: 'NOT_FOUND', message: '这个二维码对应的地点已不存在（可能已被管理处删除），请在表单中选择投诉地点' })
    expect((await h.raw(U.wangli)('place.resolve', { scene: 'x"; drop' })).error.code).toBe('NOT_FOUND')
    const filed = await h.as(U.wangli)('complaint.submit', {
      category: 'cleaning',
      location: '5栋1单元',
      description: '楼道里有垃圾。',
      placeCode: 'b5-1',
    })
    const stale = await h.as(U.wangli)('complaint.submit', { category: 'cleaning', location: '3栋', description: '旧码', placeCode: 'b3' })
    const stored = await h.docs('complaints', {})
    expect(stored.find((c: any) => c._id === filed.id).placeCode).toBe('b5-1')
    expect(stored.find((c: any) => c._id === stale.id).placeCode).toBeUndefined()
  })
})
