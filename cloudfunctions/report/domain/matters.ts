/**
 * Matters in the reports (issue 18), kept apart from the other figures so they can move with them:
 * a matter links many complaints about one thing, so S2's recurring places count it once — as one
 * unit beside each complaint that is in no matter — and the period report counts both the
 * complaints and the matters they form. Pure pipeline stages over the complaints created in the
 * two periods (`matter.id` is on each linked complaint).
 */
import { factFields, type FactParams } from './facts'
import type { Stage } from './pipelines'

/** One unit per matter, one per complaint in none: `$matter.id`, else the complaint's own id. */
const UNIT = { $ifNull: ['$matter.id', '$_id'] }

/**
 * S2: location + category pairs with at least `min` units in the current period, a matter counted
 * once per place and category its complaints record (in the current period when any of them is).
 * Same rows as `recurringStages`.
 */
export function recurringOnceStages(p: FactParams, min: number): Stage[] {
  return [
    { $project: { _id: 0, unit: UNIT, p: factFields(p).p, location: '$location', category: '$category' } },
    { $group: { _id: { unit: '$unit', location: '$location', category: '$category' }, p: { $max: '$p' } } },
    {
      $group: {
        _id: { location: '$_id.location', category: '$_id.category' },
        n: { $sum: '$p' },
        before: { $sum: { $subtract: [1, '$p'] } },
      },
    },
    { $match: { n: { $gte: min } } },
    { $sort: { n: -1, '_id.category': 1, '_id.location': 1 } },
  ]
}

/** One row per period (`_id` 1 current, 0 previous): complaints, those linked to a matter, and the matters they form. */
export interface MatterCountRow {
  _id: 0 | 1
  complaints: number
  linked: number
  matters: string[]
}

/** S1: complaints and matters per period. */
export function matterCountStages(p: FactParams): Stage[] {
  return [
    { $project: { _id: 0, p: factFields(p).p, matter: { $ifNull: ['$matter.id', null] } } },
    {
      $group: {
        _id: '$p',
        complaints: { $sum: 1 },
        linked: { $sum: { $cond: [{ $eq: ['$matter', null] }, 0, 1] } },
        matters: { $addToSet: '$matter' },
      },
    },
  ]
}

/** The period's count of matters and complaints (S1): `complaints` all, `linked` in a matter, `matters` distinct matters. */
export interface MatterCounts {
  complaints: number
  linked: number
  matters: number
  /** Complaints in no matter plus matters: the things the office handled. */
  handledOnce: number
}

/** The counts of one period from the rows. */
export function matterCounts(rows: MatterCountRow[], current: 0 | 1 = 1): MatterCounts {
  const r = rows.find((x) => x._id === current)
  const matters = (r?.matters ?? []).filter((m) => m !== null).length
  const complaints = r?.complaints ?? 0
  const linked = r?.linked ?? 0
  return { complaints, linked, matters, handledOnce: complaints - linked + matters }
}
