/**
 * The company comparison (issue 16, read from rollups as issue 17 asks): for the quality department
 * and the company administrator, one row per estate for a period — complaints, complaints per 100
 * households, dispatch and handling on time, satisfaction, reopen rate, open overdue — and the
 * company's total. Each row's figures are the estate's period report's (figures.ts), summed from the
 * same rollups (`*`, the whole estate). Pure.
 */
import * as z from 'zod/mini'
import { SATISFIED_MIN } from '@shared/thresholds'
import { flatCounters, type Counters, type RollupDoc } from '../../complaint/domain/rollup'
import { day } from '../../complaint/domain/validation'
import type { Rate } from './figures'
import { PERIOD_KINDS, type Period, type PeriodKind } from './period'

/** An estate's code: 3–12 lowercase letters or digits (issue 16). */
export const ESTATE_CODE = /^[a-z0-9]{3,12}$/

/** The company roles that may compare estates: the administrator and the quality department (品质部). */
export const COMPANY_READERS = ['admin', 'quality'] as const
export type CompanyReader = (typeof COMPANY_READERS)[number]

/** report.company, export.company: a period named by a day inside it; `estate` drills into one estate. */
export const companyRequest = z.strictObject(
  {
    period: z.enum(Object.keys(PERIOD_KINDS) as [PeriodKind, ...PeriodKind[]], { error: '请选择统计周期：日、周、月或季度' }),
    date: day('统计日期'),
    estate: z.optional(z.string({ error: '请选择小区' }).check(z.regex(ESTATE_CODE, { error: '小区编号应为 3–12 位字母或数字' }))),
  },
  { error: '提交的内容格式不正确' },
)
export type CompanyRequest = z.output<typeof companyRequest>

/** An estate as the comparison names it (collection `estates`; one seen only in rollups: its code as name, households null). */
export interface EstateInfo {
  code: string
  name: string
  address: string
  households: number | null
}

/** A rate of the period: numerator over denominator, `value` 0…1 to 4 places, null with nothing to divide. */
export type Ratio = Pick<Rate, 'numerator' | 'denominator' | 'value'>

/** One row of the comparison: an estate's figures for the period (the company's total has `estate` '*'). */
export interface CompanyRow extends EstateInfo {
  estate: string
  /** Complaints created in the period (S1 `total`). */
  complaints: number
  /** Complaints per 100 households, 2 places; null without a household count. */
  per100: number | null
  dispatchOnTime: Ratio
  handlingOnTime: Ratio
  satisfaction: Ratio
  reopenRate: Ratio
  /** Complaints of the estate open now past their handling deadline, whenever created (one count per estate). */
  openOverdue: number
}

/** report.company's answer without `estate`. */
export interface CompanyComparison {
  period: Period
  generatedAt: number
  rows: CompanyRow[]
  total: CompanyRow
}

const round = (x: number, digits: number) => Math.round(x * 10 ** digits) / 10 ** digits

/** A ratio as figures.ts `rate` gives its value (4 places, null over 0). */
export const ratio = (numerator: number, denominator: number): Ratio => ({
  numerator,
  denominator,
  value: denominator ? round(numerator / denominator, 4) : null,
})

/** Complaints per 100 households, or null without households. */
export const per100 = (complaints: number, households: number | null) =>
  households && households > 0 ? round((complaints * 100) / households, 2) : null

/** The whole-estate (`*`) rollups of the period summed per estate. */
export function sumByEstate(docs: readonly RollupDoc[]): Map<string, Counters> {
  const out = new Map<string, Counters>()
  for (const d of docs) {
    let sums = out.get(d.estate)
    if (!sums) out.set(d.estate, (sums = {}))
    flatCounters(d.c, '', sums)
  }
  return out
}

/** One row from an estate's sums: the definitions of figures.ts (H1, H4, F2 satisfaction, F3 reopen rate). */
export function rowOf(info: EstateInfo, sums: Counters, openOverdue: number): CompanyRow {
  const c = (k: string) => sums[k] ?? 0
  let rated = 0
  let satisfied = 0
  for (let l = 1; l <= 5; l++) {
    rated += c(`lv.l${l}`)
    if (l >= SATISFIED_MIN) satisfied += c(`lv.l${l}`)
  }
  return {
    ...info,
    estate: info.code,
    complaints: c('n'),
    per100: per100(c('n'), info.households),
    dispatchOnTime: ratio(c('dsp.n') - c('dsp.late'), c('dsp.n')),
    handlingOnTime: ratio(c('standing') - c('late'), c('standing')),
    satisfaction: ratio(satisfied, rated),
    reopenRate: ratio(c('reopened'), c('resulted')),
    openOverdue,
  }
}

/** The estates to list: every estate on record, and any other seen in the rollups (code as name, households null). */
export function estatesOf(known: readonly EstateInfo[], seen: Iterable<string>): EstateInfo[] {
  const all = new Map(known.map((e) => [e.code, e]))
  for (const code of seen) if (!all.has(code)) all.set(code, { code, name: code, address: '', households: null })
  return [...all.values()].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0))
}

const sumRatio = (rows: CompanyRow[], key: 'dispatchOnTime' | 'handlingOnTime' | 'satisfaction' | 'reopenRate') =>
  ratio(
    rows.reduce((s, r) => s + r[key].numerator, 0),
    rows.reduce((s, r) => s + r[key].denominator, 0),
  )

/** The company's row: the estates' counts added (per 100 households only when every estate has households). */
export function totalOf(rows: CompanyRow[]): CompanyRow {
  const complaints = rows.reduce((s, r) => s + r.complaints, 0)
  const households = rows.length && rows.every((r) => r.households) ? rows.reduce((s, r) => s + r.households!, 0) : null
  return {
    estate: '*',
    code: '*',
    name: '全公司',
    address: '',
    households,
    complaints,
    per100: per100(complaints, households),
    dispatchOnTime: sumRatio(rows, 'dispatchOnTime'),
    handlingOnTime: sumRatio(rows, 'handlingOnTime'),
    satisfaction: sumRatio(rows, 'satisfaction'),
    reopenRate: sumRatio(rows, 'reopenRate'),
    openOverdue: rows.reduce((s, r) => s + r.openOverdue, 0),
  }
}

/**
 * The comparison of a period from the estates on record, the period's whole-estate rollups of every
 * estate, and each estate's open-overdue count.
 */
export function companyComparison(
  period: Period,
  now: number,
  known: readonly EstateInfo[],
  docs: readonly RollupDoc[],
  openOverdue: ReadonlyMap<string, number>,
): CompanyComparison {
  const sums = sumByEstate(docs)
  const rows = estatesOf(known, sums.keys()).map((e) => rowOf(e, sums.get(e.code) ?? {}, openOverdue.get(e.code) ?? 0))
  return { period, generatedAt: now, rows, total: totalOf(rows) }
}
