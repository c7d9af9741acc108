/** S4 (issue 19): small-cell suppression of the public monthly report (docs/REPORTS.md). */
import { publicRate, suppressCells } from '../../cloudfunctions/report/domain/public-report'
import { rate } from '../../cloudfunctions/report/domain/figures'

const cells = (...counts: number[]) => counts.map((count, i) => ({ key: `k${i}`, label: `类${i}`, count }))
const shown = (c: ReturnType<typeof suppressCells>) => c.map((x) => (x.suppressed ? '—' : x.count))

it('S4: cells of 1 or 2 are suppressed; 0 and 3 or more are shown', () => {
  expect(shown(suppressCells(cells(0, 1, 2, 3, 10)))).toEqual([0, '—', '—', 3, 10])
})

it('S4: given exactly one small cell, the smallest shown cell is suppressed with it, so the total cannot give it back', () => {
  expect(shown(suppressCells(cells(5, 1, 4, 0)))).toEqual([5, '—', '—', 0])
  expect(shown(suppressCells(cells(0, 2, 0)))).toEqual([0, '—', 0])
})

it('S4: a rate over fewer than 3 complaints is not shown; over none it is simply empty', () => {
  expect(publicRate(rate(2, 2, 0, 0))).toEqual({ value: null, base: null, suppressed: true })
  expect(publicRate(rate(0, 0, 0, 0))).toEqual({ value: null, base: null, suppressed: false })
  expect(publicRate(rate(2, 3, 0, 0))).toEqual({ value: 0.6667, base: 3, suppressed: false })
})
