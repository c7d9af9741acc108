/**
 * One spelling per place, so S1's place figures and S2's recurring pairs count a place once and
 * the A4-R4 repeat check and the room search (A1) find it however it was typed.
 */
import { normalizePlace } from '../../cloudfunctions/complaint/domain/place'

it.each([
  ['3号楼大堂', '3栋大堂'],
  ['３栋　大堂', '3栋大堂'],
  [' 3 幢 2单元 电梯厅 ', '3栋2单元电梯厅'],
  ['a座3号楼', 'A座3栋'],
  ['地下车库b2层。', '地下车库B2层'],
  ['10栋2单元1201', '10栋2单元1201'],
  ['中心花园', '中心花园'],
])('S2 writes "%s" as "%s"', (typed, canonical) => {
  expect(normalizePlace(typed)).toBe(canonical)
})

it('S2 keeps the words themselves: different places stay different', () => {
  expect(normalizePlace('3栋大堂')).not.toBe(normalizePlace('3栋电梯厅'))
  expect(normalizePlace('东门岗亭')).toBe('东门岗亭')
  expect(normalizePlace('   ')).toBe('')
})
