/**
 * One spelling per place, so S1's place figures and S2's recurring pairs count a place once and
 * the A4-R4 repeat check and the room search (A1) find it however it was typed.
 */
import { normalizePlace, parseRoom, roomProblem } from '@shared/place'

it.each([
  ['3号楼大堂', '3栋大堂'],
  ['３栋　大堂', '3栋大堂'],
  [' 3 幢 2单元 电梯厅 ', '3栋2单元电梯厅'],
  ['a座3号楼', 'A座3栋'],
  ['地下车库b2层。', '地下车库B2层'],
  ['10栋2单元1201', '10栋2单元1201'],
  ['中心花园', '中心花园'],
  ['5栋车库 (B1)', '5栋车库（B1）'],
  ['3栋栋2单元单元1502', '3栋2单元1502'],
  ['3栋2单元1502（室内）', '3栋2单元1502（室内）'],
])('S2 writes "%s" as "%s"', (typed, canonical) => {
  expect(normalizePlace(typed)).toBe(canonical)
})

it('S2 keeps the words themselves: different places stay different', () => {
  expect(normalizePlace('3栋大堂')).not.toBe(normalizePlace('3栋电梯厅'))
  expect(normalizePlace('东门岗亭')).toBe('东门岗亭')
  expect(normalizePlace('   ')).toBe('')
})

describe("A2 rooms are checked against the estate's buildings", () => {
  const buildings = [
    { name: '3', units: 2 },
    { name: '8', units: 0 },
  ]
  it.each([
    ['3栋2单元1502', null],
    ['3号楼2单元1502', null],
    ['8栋601', null],
    ['9栋101', '本小区没有9栋，请核对楼栋'],
    ['3栋1502', '请填写3栋的单元（1–2）'],
    ['3栋3单元1502', '3栋只有 2 个单元'],
    ['8栋1单元601', '8栋不分单元，请去掉单元'],
    ['1502', '房号请按“楼栋 + 单元 + 房号”填写，如 3栋2单元1502'],
  ])('%s → %s', (room, problem) => {
    expect(roomProblem(room, buildings)).toBe(problem)
  })
  it('checks nothing while the office has listed no buildings', () => {
    expect(roomProblem('1-1-101', [])).toBeNull()
  })
  it('reads the parts of a room', () => {
    expect(parseRoom('3 号楼 2单元 1502')).toEqual({ building: '3', unit: '2', no: '1502' })
    expect(parseRoom('8栋601')).toEqual({ building: '8', unit: '', no: '601' })
    expect(parseRoom('3号楼2单元1502室')).toEqual({ building: '3', unit: '2', no: '1502' })
  })
})
