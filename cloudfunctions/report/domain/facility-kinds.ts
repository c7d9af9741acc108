/**
 * S2 weak points by facility kind (issue 18): the (location, category) rows of the two periods
 * rolled up by the kind of facility each place is (`facilityKindOf`: 电梯, 门禁, 消防通道,
 * 垃圾收集点, 地下车库 …), so "5栋1单元电梯" and "10栋2单元电梯" show up together as a recurring
 * lift problem, with the exact places kept beside it. A separate pure function over the same rows
 * as the recurring pairs, unfiltered; places that name no facility (a room, "3栋") are left out.
 */
import { CATEGORIES, label } from '@shared/vocabulary'
import { facilityKindOf, facilityLabel, type FacilityKind } from '../../complaint/domain/triage/facility'
import { count, type Count } from './figures'
import type { PairRow } from './pipelines'
import { MAX_ITEMS, RECURRING_MIN } from './weak-points'

/** Places listed under one kind, most complaints first. */
export const MAX_PLACES = 5

/** One facility kind with complaints at two or more of its places, or twice at one, in the period. */
export interface FacilityKindPoint {
  facilityKind: FacilityKind
  /** "电梯" */
  label: string
  /** Complaints at places of this kind, in the period and the previous one. */
  count: Count
  /** How many different places of this kind had complaints in the period. */
  placeCount: number
  /** The exact places, most complaints in the period first (at most MAX_PLACES). */
  places: { location: string; n: number }[]
  /** The categories complained of, most first. */
  categories: { category: string; categoryLabel: string; n: number }[]
}

interface Acc {
  n: number
  before: number
  places: Map<string, number>
  categories: Map<string, number>
}

const add = (m: Map<string, number>, k: string, n: number) => m.set(k, (m.get(k) ?? 0) + n)
const top = (m: Map<string, number>) => [...m.entries()].filter(([, n]) => n > 0).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))

/**
 * Facility kinds of the rows' places with at least RECURRING_MIN complaints in the period, most
 * first (ties by the previous period, then label), at most MAX_ITEMS.
 * @param rows (location, category) rows of both periods: `n` in the period, `before` in the previous one
 */
export function facilityKindPoints(rows: PairRow[]): FacilityKindPoint[] {
  const acc = new Map<FacilityKind, Acc>()
  for (const r of rows) {
    const kind = facilityKindOf(r._id.location)
    if (!kind) continue
    const a = acc.get(kind) ?? { n: 0, before: 0, places: new Map(), categories: new Map() }
    a.n += r.n
    a.before += r.before
    add(a.places, r._id.location, r.n)
    add(a.categories, r._id.category, r.n)
    acc.set(kind, a)
  }
  return [...acc.entries()]
    .filter(([, a]) => a.n >= RECURRING_MIN)
    .map(([kind, a]) => {
      const places = top(a.places)
      return {
        facilityKind: kind,
        label: facilityLabel(kind),
        count: count(a.n, a.before),
        placeCount: places.length,
        places: places.slice(0, MAX_PLACES).map(([location, n]) => ({ location, n })),
        categories: top(a.categories).map(([category, n]) => ({ category, categoryLabel: label(CATEGORIES, category), n })),
      }
    })
    .sort((x, y) => y.count.value - x.count.value || y.count.previous - x.count.previous || x.label.localeCompare(y.label))
    .slice(0, MAX_ITEMS)
}
