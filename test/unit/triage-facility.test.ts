/** S2 weak points by facility kind (issue 18): places normalised to the kind of facility they are. */
import { facilityKindOf, facilityLabel } from '@domain/triage/facility'

it.each([
  ['5栋1单元电梯', 'elevator'],
  ['10栋2单元电梯', 'elevator'],
  ['3号楼 2单元 电梯', 'elevator'],
  ['地下车库B区电梯', 'elevator'],
  ['3栋2单元电梯厅', 'elevator_lobby'],
  ['地下车库', 'underground_garage'],
  ['地库b2层', 'underground_garage'],
  ['6栋消防通道', 'fire_exit'],
  ['垃圾收集点', 'refuse_point'],
  ['5栋楼道垃圾桶', 'refuse_point'],
  ['2栋1单元门禁', 'access_control'],
  ['北门岗亭', 'gate'],
  ['中心花园', 'green'],
  ['5栋水电井', 'plant_room'],
])('S2 reads "%s" as the facility kind %s', (place, kind) => {
  expect(facilityKindOf(place)).toBe(kind)
})

it('given a room or an empty place, it finds no facility kind', () => {
  expect(facilityKindOf('3栋2单元1502')).toBeNull()
  expect(facilityKindOf('')).toBeNull()
  expect(facilityKindOf(undefined)).toBeNull()
})

it('given two lifts in different buildings, they share one kind and one label', () => {
  expect(facilityLabel(facilityKindOf('5栋1单元电梯'))).toBe('电梯')
  expect(facilityLabel(facilityKindOf('10栋2单元电梯'))).toBe('电梯')
  expect(facilityLabel(null)).toBe('其他')
})
