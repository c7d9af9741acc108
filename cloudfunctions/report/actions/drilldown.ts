/**
 * report.complaints — the complaints behind a figure (S1 drill-down), paged, as summaries rendered
 * from the caller's projection (complaint/domain/disclosure.ts: phone numbers masked, nothing of
 * the complainant or the matter for a complaint about the caller, G3-P5, H2-S). The same facts as
 * the figures decide membership, so a figure of N complaints drills down to exactly those N.
 */
import { disclose } from '../../complaint/domain/disclosure'
import type { Complaint } from '../../complaint/domain/model'
import type { Department } from '@shared/departments'
import { toSummary, type ComplaintSummary } from '../../complaint/domain/view'
import { factFields } from '../domain/facts'
import { factConditions, storedConditions, type DrillFilter } from '../domain/filters'
import type { Stage } from '../domain/pipelines'
import { aggregateComplaints, createdIn, dispatchedComplaints, pageOfComplaints } from '../infra/complaints'
import { keptFactConditions } from '../domain/filters'
import type { ReportContext } from './context'
import { periodSetup } from './period'

/** A stored complaint with its facts (`_f`, see domain/facts.ts). */
export type WithFacts = Complaint & { _f?: Record<string, number | string> }

/**
 * The complaints matching a drill-down filter, newest first, and how many there are in all.
 * `withFacts` adds each complaint's facts (`_f`) even when no condition needs them (exports).
 */
export async function queryComplaints(
  filter: DrillFilter,
  ctx: ReportContext,
  page: { skip: number; limit: number },
  withFacts = false,
): Promise<{ docs: WithFacts[]; total: number }> {
  const s = await periodSetup({ period: filter.period, date: filter.date, departmentCode: filter.departmentCode }, ctx)
  const range = filter.previous ? s.previous : s.period
  if (filter.clock === 'dispatch') return dispatchedComplaints(range, s.departmentCode, filter.onTime, page, ctx.estate)
  const match = () => ({ ...createdIn(range, s.departmentCode, ctx.estate), ...storedConditions(filter) })
  const facts = factConditions(filter)
  // Issue 17: facts kept on the complaint (`rf`) page through an index — page 1 reads one page.
  const kept = withFacts ? null : keptFactConditions(facts)
  if (kept) return pageOfComplaints({ ...match(), ...kept }, page)
  const needed = Object.keys(facts).length > 0
  const stages: Stage[] = needed ? [{ $addFields: { _f: factFields(s.facts) } }, { $match: facts }] : []
  const addFacts: Stage[] = withFacts && !needed ? [{ $addFields: { _f: factFields(s.facts) } }] : []
  const [docs, counted] = await Promise.all([
    aggregateComplaints<WithFacts>(
      match(),
      [...stages, { $sort: { createdAt: -1, _id: 1 } }, { $skip: page.skip }, { $limit: page.limit }, ...addFacts],
      page.limit,
    ),
    aggregateComplaints<{ total: number }>(match(), [...stages, { $count: 'total' }], 1),
  ])
  return { docs, total: counted[0]?.total ?? 0 }
}

/** A drill-down row: the list summary plus the masked phone and the figures' facts. */
export interface DrillRow extends ComplaintSummary {
  /** Masked (138****1111); null when the caller may not know who complained (G3-P5). */
  phone: string | null
  room: string | null
  resolvedAt?: number
  ratingLevel?: number
  reopenCount: number
}

/** One drill-down row, from the caller's projection of the complaint (masked: the drill-down never reveals); `departments` (settings) name its department. */
export function drillRow(c: WithFacts, ctx: ReportContext, departments: readonly Department[]): DrillRow {
  const seen = disclose(c, ctx.actor)
  const s = seen.complaint
  return {
    ...toSummary(seen, ctx.now, departments),
    phone: s.complainant?.phone ?? null,
    room: s.complainant?.room ?? null,
    resolvedAt: s.resolvedAt,
    ratingLevel: s.rating?.level,
    reopenCount: s.reopenCount ?? 0,
  }
}

/** report.complaints `{ filter, page?, pageSize? }` (domain/payloads.ts, parsed by the router) → `{ items: DrillRow[], total, page, pageSize }`. */
export async function drillDown(input: { filter: DrillFilter; page?: number; pageSize?: number }, ctx: ReportContext) {
  const { filter, page = 1, pageSize = 20 } = input
  const { docs, total } = await queryComplaints(filter, ctx, { skip: (page - 1) * pageSize, limit: pageSize })
  const { departments } = await ctx.settings()
  return { items: docs.map((c) => drillRow(c, ctx, departments)), total, page, pageSize }
}
