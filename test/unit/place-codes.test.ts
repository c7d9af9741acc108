/** Place codes for filing from a QR code (C5): stable through renames, never given twice, short enough for WeChat's scene. */
import { placeCodesOf, placeOfScene, SCENE_MAX, withPlaceCodes } from '../../cloudfunctions/complaint/domain/place-codes'

const estate = withPlaceCodes(
  {},
  {
    buildings: [
      { name: '1', units: 2 },
      { name: 'A', units: 0 },
    ],
    areas: ['东门', '中心花园'],
  },
)

describe('C5 place codes', () => {
  it('C5: gives each building and area a code, and a scene per building, unit and area', () => {
    expect(estate.buildings).toEqual([
      { name: '1', units: 2, code: 'b1' },
      { name: 'A', units: 0, code: 'b2' },
    ])
    expect(estate.areaCodes).toEqual({ a3: '东门', a4: '中心花园' })
    expect(placeCodesOf(estate).map((c) => [c.scene, c.place])).toEqual([
      ['b1', '1栋'],
      ['b1-1', '1栋1单元'],
      ['b1-2', '1栋2单元'],
      ['b2', 'A栋'],
      ['a3', '东门'],
      ['a4', '中心花园'],
    ])
  })

  it('C5: a renamed building or area keeps its code, so a printed code opens the form with the new name', () => {
    const renamed = withPlaceCodes(estate, {
      buildings: [{ name: '1号', units: 2, code: 'b1' }, estate.buildings[1]],
      areas: ['小区东门', '中心花园'],
      areaCodes: { a3: '小区东门', a4: '中心花园' },
    })
    expect(placeOfScene(renamed, 'b1-2')).toMatchObject({ place: '1号栋2单元', kind: 'unit' })
    expect(placeOfScene(renamed, 'a3')).toMatchObject({ place: '小区东门', kind: 'area' })
  })

  it('C5: a removed place’s code is never given to a new place; its scene resolves to nothing', () => {
    const next = withPlaceCodes(estate, {
      buildings: [estate.buildings[0], { name: 'B', units: 0 }],
      areas: ['东门', '南门'],
      areaCodes: estate.areaCodes,
    })
    expect(next.buildings.map((b) => b.code)).toEqual(['b1', 'b5'])
    expect(next.areaCodes).toEqual({ a3: '东门', a6: '南门' })
    expect(placeOfScene(next, 'b2')).toBeNull()
    expect(placeOfScene(next, 'a4')).toBeNull()
  })

  it('C5: a unit beyond the building’s units, or a malformed scene, resolves to nothing', () => {
    expect(placeOfScene(estate, 'b1-3')).toBeNull()
    expect(placeOfScene(estate, 'b1-0')).toBeNull()
    expect(placeOfScene(estate, '3栋')).toBeNull()
    expect(placeOfScene(estate, '')).toBeNull()
  })

  it('C5: a code someone invents, or one another place holds, is not taken over', () => {
    const forged = withPlaceCodes(estate, {
      buildings: [
        { name: '1', units: 2, code: 'b1' },
        { name: '9', units: 0, code: 'b1' },
        { name: '8', units: 0, code: 'b99' },
      ],
      areas: [],
    })
    expect(forged.buildings.map((b) => b.code)).toEqual(['b1', 'b5', 'b6'])
  })

  it('C5: scenes stay within WeChat’s 32 characters even for the largest estate the settings allow', () => {
    const big = withPlaceCodes(
      { codeSeq: 999_000 },
      { buildings: Array.from({ length: 300 }, (_, i) => ({ name: String(i + 1), units: 20 })), areas: ['东门'] },
    )
    expect(Math.max(...placeCodesOf(big).map((c) => c.scene.length))).toBeLessThanOrEqual(SCENE_MAX)
  })
})
