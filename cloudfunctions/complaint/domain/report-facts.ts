/**
 * The report's facts kept on each complaint (`rf`, issue 17), written with every change by the
 * complaints repository like `dueAt`: the drill-down (report.complaints) pages through them with
 * an index instead of computing them over a whole period. The same definitions as the rollups
 * (domain/rollup.ts) and report/domain/facts.ts; the time-dependent ones (open past the deadline,
 * return visit due) and handling days are not kept — they are judged when asked. Pure.
 */
import { dissatisfiedOf, lateOf, ratedOf, standingOf, type Counted } from './rollup'

/** Flags are 0/1; `level` is the rating of the standing result (0: none). */
export interface ReportFacts {
  standing: 0 | 1
  late: 0 | 1
  level: number
  resulted: 0 | 1
  reopened: 0 | 1
  repeat: 0 | 1
  dissatisfied: 0 | 1
  urged: 0 | 1
  urgedAgain: 0 | 1
  withdrawn: 0 | 1
}

/** The facts names the drill-down may read from `rf` (the others are computed). */
export const KEPT_FACTS = [
  'standing',
  'late',
  'level',
  'resulted',
  'reopened',
  'repeat',
  'dissatisfied',
  'urged',
  'urgedAgain',
  'withdrawn',
]

const bit = (b: boolean): 0 | 1 => (b ? 1 : 0)

/** The facts of one complaint as stored (S1 definitions, docs/REPORTS.md; the predicates of domain/rollup.ts). */
export function reportFacts(c: Counted): ReportFacts {
  const resulted = (c.resolvedAt ?? 0) > 0
  const urges = c.urges?.length ?? 0
  return {
    standing: bit(standingOf(c)),
    late: bit(lateOf(c)),
    level: ratedOf(c) ? c.rating!.level : 0,
    resulted: bit(resulted),
    reopened: bit(resulted && (c.reopenCount ?? 0) > 0),
    repeat: bit(c.refusal?.ground === 'A4-R4' || !!c.repeatOf),
    dissatisfied: bit(dissatisfiedOf(c)),
    urged: bit(urges > 0),
    urgedAgain: bit(urges > 1),
    withdrawn: bit(c.status === 'withdrawn'),
  }
}
