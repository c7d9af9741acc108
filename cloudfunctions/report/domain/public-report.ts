/**
 * S4 (issue 19): the public monthly report (公示) residents read — a month's service figures,
 * frozen when the manager publishes them. Built field by field from figures and fixed labels only,
 * so nothing a person wrote or is (names, rooms, phones, places, texts) can reach it; a category
 * with too few complaints to hide a household is suppressed (docs/REPORTS.md). Pure.
 */
import * as z from 'zod/mini'
import { strict } from '../../complaint/domain/validation'
import type { PeriodFigures, Rate } from './figures'
import type { Period } from './period'

/** Breakdown cells and rates counted over fewer complaints than this are not shown (a single household stays hidden). */
export const PUBLIC_MIN_COUNT = 3

/** publicReport.publish: the month to publish, `YYYY-MM`. */
export const publishRequest = strict({
  month: z.string({ error: '请选择要公示的月份' }).check(z.regex(/^20\d{2}-(0[1-9]|1[0-2])$/, { error: '公示月份格式应为 YYYY-MM' })),
})

/** One category's count, or `null` with `suppressed` when it is 1 or 2 (or suppressed to protect another). */
export interface PublicCell {
  key: string
  label: string
  count: number | null
  suppressed: boolean
}

/** A rate as residents read it: the fraction and its base, or null with `suppressed` when the base is under PUBLIC_MIN_COUNT. */
export interface PublicRate {
  value: number | null
  base: number | null
  suppressed: boolean
}

/** What is stored in `public_reports` and what residents receive. */
export interface PublicReport {
  /** `YYYY-MM`, also the document's `_id`. */
  month: string
  label: string
  officeName: string
  publishedAt: number
  /** How many times the month was published (a republication corrects the figures). */
  revision: number
  total: number
  byCategory: PublicCell[]
  /** Complaints in suppressed categories together (shown as one line, so the total still adds up). */
  suppressedCount: number
  dispatchOnTime: PublicRate
  handlingOnTime: PublicRate
  satisfaction: PublicRate
  /** S3: corrective and preventive actions completed in the month — counts only, never their titles. */
  actionsCompleted: { total: number; corrective: number; preventive: number }
  minCount: number
}

/**
 * Suppresses cells of 1…min−1; when exactly one cell is suppressed, the smallest other non-zero
 * cell is suppressed too, so the total minus the shown cells does not give it back.
 */
export function suppressCells(cells: { key: string; label: string; count: number }[], min = PUBLIC_MIN_COUNT): PublicCell[] {
  const small = new Set(cells.filter((c) => c.count > 0 && c.count < min).map((c) => c.key))
  if (small.size === 1) {
    const partner = cells.filter((c) => c.count >= min).sort((a, b) => a.count - b.count)[0]
    if (partner) small.add(partner.key)
  }
  return cells.map((c) => ({ key: c.key, label: c.label, count: small.has(c.key) ? null : c.count, suppressed: small.has(c.key) }))
}

/** A rate of the period report as residents read it (suppressed under `min`). */
export function publicRate(r: Rate, min = PUBLIC_MIN_COUNT): PublicRate {
  if (r.denominator < min) return { value: null, base: null, suppressed: r.denominator > 0 }
  return { value: r.value, base: r.denominator, suppressed: false }
}

/** What publishing freezes besides the figures. */
export interface PublishFacts {
  period: Period
  officeName: string
  now: number
  revision: number
  actions: { corrective: number; preventive: number }
}

/** S4: the public report of a month from the office-wide figures of that month. */
export function publicReportOf(figures: PeriodFigures, f: PublishFacts): PublicReport {
  const byCategory = suppressCells(figures.byCategory.map((b) => ({ key: b.key, label: b.label, count: b.value })))
  return {
    month: f.period.firstDay.slice(0, 7),
    label: f.period.label,
    officeName: f.officeName,
    publishedAt: f.now,
    revision: f.revision,
    total: figures.total.value,
    byCategory,
    suppressedCount: figures.byCategory.filter((b) => byCategory.find((c) => c.key === b.key)?.suppressed).reduce((s, b) => s + b.value, 0),
    dispatchOnTime: publicRate(figures.dispatchOnTime),
    handlingOnTime: publicRate(figures.handlingOnTime),
    satisfaction: publicRate(figures.satisfaction),
    actionsCompleted: { total: f.actions.corrective + f.actions.preventive, ...f.actions },
    minCount: PUBLIC_MIN_COUNT,
  }
}

/** The report exactly as residents receive it: its listed fields only (whatever else a stored document may hold). */
export function publicView(doc: PublicReport): PublicReport {
  return {
    month: doc.month,
    label: doc.label,
    officeName: doc.officeName,
    publishedAt: doc.publishedAt,
    revision: doc.revision,
    total: doc.total,
    byCategory: doc.byCategory.map((c) => ({ key: c.key, label: c.label, count: c.count, suppressed: c.suppressed })),
    suppressedCount: doc.suppressedCount,
    dispatchOnTime: rateView(doc.dispatchOnTime),
    handlingOnTime: rateView(doc.handlingOnTime),
    satisfaction: rateView(doc.satisfaction),
    actionsCompleted: { ...doc.actionsCompleted },
    minCount: doc.minCount,
  }
}

const rateView = (r: PublicRate): PublicRate => ({ value: r.value, base: r.base, suppressed: r.suppressed })
