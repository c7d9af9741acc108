/**
 * S2 weak points by facility kind (issue 18): the (location, category) rows of the two periods
 * rolled up by the kind of facility each place is, exact places kept beside it.
 */
import { facilityKindPoints, MAX_PLACES } from '../../cloudfunctions/report/domain/facility-kinds'

const row = (location: string, category: string, n: number, before = 0) => ({ _id: { location, category }, n, before })

it('given one lift complaint in each of two buildings, it shows one recurring lift problem with both places', () => {
  const [lift, ...rest] = facilityKindPoints([row('5栋1单元电梯', 'engineering', 1), row('10栋2单元电梯', 'engineering', 1, 3)])
  expect(rest).toEqual([])
  expect(lift).toEqual({
    facilityKind: 'elevator',
    label: '电梯',
    count: { value: 2, previous: 3, change: -1, changePct: -0.3333 },
    placeCount: 2,
    places: [
      { location: '10栋2单元电梯', n: 1 },
      { location: '5栋1单元电梯', n: 1 },
    ],
    categories: [{ category: 'engineering', categoryLabel: '工程维修', n: 2 }],
  })
})

it('given places that name no facility, or a kind with one complaint in the period, it leaves them out', () => {
  expect(facilityKindPoints([row('3栋2单元1502', 'engineering', 4), row('地下车库', 'parking', 1, 5), row('', 'other', 3)])).toEqual([])
})

it('given several kinds, the one with most complaints comes first; categories and places most first, places capped', () => {
  const rows = [
    row('6栋消防通道', 'security', 1),
    row('6栋消防通道', 'parking', 2),
    ...Array.from({ length: 7 }, (_, i) => row(`${i + 1}栋垃圾收集点`, 'cleaning', i + 1)),
  ]
  const [refuse, fire] = facilityKindPoints(rows)
  expect(refuse).toMatchObject({ facilityKind: 'refuse_point', label: '垃圾收集点', placeCount: 7, count: { value: 28 } })
  expect(refuse.places).toHaveLength(MAX_PLACES)
  expect(refuse.places[0]).toEqual({ location: '7栋垃圾收集点', n: 7 })
  expect(fire).toMatchObject({ facilityKind: 'fire_exit', placeCount: 1, count: { value: 3 } })
  expect(fire.categories.map((c) => c.category)).toEqual(['parking', 'security'])
})

it('given places with complaints only in the previous period, they count there and are not listed as places of the period', () => {
  const [lift] = facilityKindPoints([row('1栋电梯', 'engineering', 2), row('2栋电梯', 'engineering', 0, 4)])
  expect(lift).toMatchObject({ count: { value: 2, previous: 4 }, placeCount: 1, places: [{ location: '1栋电梯', n: 2 }] })
})
