/**
 * Chart specs for the dashboard, built from the report's breakdowns as the function returns them
 * (labels included). Each mark's datum carries the breakdown `key` and whether it is the previous
 * period, which is what a drill-down needs.
 */
import type { ISpec } from '@visactor/vchart'
import type { Breakdown } from '@/services/report'

/** Series names of the period and the one before it (legend labels, and how a tapped mark tells them apart). */
export const CURRENT = '本期'
export const PREVIOUS = '上期'
const BLUE = '#2b6de5'
const PREV_GREY = '#c5d3ee'
const TEXT_2 = '#4e5969'
const TEXT_3 = '#86909c'
// Drawn on the canvas on both platforms: only the canvas tooltip handler is registered (vchart.ts).
const TOOLTIP = { visible: true, renderMode: 'canvas' }

/** What a tapped mark stands for. */
export interface PickedDatum {
  key: string
  previous: boolean
}

/** Reads a tapped mark's datum back. */
export function picked(d: Record<string, unknown>): PickedDatum | null {
  return typeof d.key === 'string' ? { key: d.key, previous: d.period === PREVIOUS } : null
}

/** Bar labels: a number, but nothing on an empty bar (a column of zeros is noise). */
const hideZero = (text: unknown, d: { value?: number }) => (d?.value ? String(text) : '')

/** Rows worth drawing: those with complaints in either period. */
export function nonEmpty(rows: Breakdown[]): Breakdown[] {
  return rows.filter((r) => r.value > 0 || r.previous > 0)
}

/** Height of a horizontal bar chart of `n` rows, in px. */
export const barHeight = (n: number, compare = true) => Math.max(120, n * (compare ? 44 : 32) + 48)

/** Horizontal bars of the period, with the previous period beside each for comparison. */
export function compareBars(rows: Breakdown[], compare = true): ISpec {
  const values = rows.flatMap((r) => [
    { key: r.key, label: r.label, period: CURRENT, value: r.value },
    ...(compare ? [{ key: r.key, label: r.label, period: PREVIOUS, value: r.previous }] : []),
  ])
  return {
    type: 'bar',
    direction: 'horizontal',
    data: [{ id: 'rows', values }],
    xField: 'value',
    yField: compare ? ['label', 'period'] : 'label',
    seriesField: 'period',
    color: [BLUE, PREV_GREY],
    padding: { top: 8, right: 28, bottom: 4, left: 4 },
    barMaxWidth: 14,
    barGapInGroup: 2,
    label: { visible: true, position: 'outside', style: { fontSize: 11, fill: TEXT_2 }, formatMethod: hideZero },
    axes: [
      {
        orient: 'left',
        type: 'band',
        domainLine: { visible: false },
        tick: { visible: false },
        label: { style: { fontSize: 12, fill: TEXT_2 } },
      },
      // Room to the right of the longest bar keeps its number outside the bar.
      { orient: 'bottom', type: 'linear', visible: false, expand: { max: 0.2 } },
    ],
    legends: compare
      ? { visible: true, orient: 'top', position: 'end', item: { label: { style: { fontSize: 11, fill: TEXT_3 } } } }
      : { visible: false },
    tooltip: TOOLTIP,
    animation: false,
  } as unknown as ISpec
}

/** A ring of shares (e.g. channels), biggest slices first. */
export function ring(rows: Breakdown[]): ISpec {
  const values = [...rows]
    .filter((r) => r.value > 0)
    .sort((a, b) => b.value - a.value)
    .map((r) => ({ key: r.key, label: r.label, period: CURRENT, value: r.value }))
  return {
    type: 'pie',
    data: [{ id: 'slices', values }],
    categoryField: 'label',
    valueField: 'value',
    outerRadius: 0.78,
    innerRadius: 0.52,
    padAngle: 0.6,
    color: [BLUE, '#2ba471', '#f5a623', '#7b61d9', '#16a5b8', '#e37318', '#d54941', '#86909c'],
    label: {
      visible: true,
      position: 'outside',
      style: { fontSize: 11, fill: TEXT_2 },
      formatMethod: (_t: unknown, d: { label: string; value: number }) => `${d.label} ${d.value}`,
    },
    legends: { visible: false },
    tooltip: TOOLTIP,
    animation: false,
  } as unknown as ISpec
}

const LEVEL_COLORS: Record<string, string> = { '5': '#2ba471', '4': '#6cc091', '3': '#f5a623', '2': '#e37318', '1': '#d54941' }

/** The five satisfaction levels (F2) as columns, green to red. */
export function levelColumns(rows: Breakdown[]): ISpec {
  const values = rows.map((r) => ({ key: r.key, label: r.label, period: CURRENT, value: r.value, color: LEVEL_COLORS[r.key] ?? BLUE }))
  return {
    type: 'bar',
    data: [{ id: 'levels', values }],
    xField: 'label',
    yField: 'value',
    padding: { top: 20, right: 8, bottom: 4, left: 8 },
    barMaxWidth: 28,
    bar: { style: { fill: (d: { color: string }) => d.color, cornerRadius: [4, 4, 0, 0] } },
    label: { visible: true, position: 'top', style: { fontSize: 11, fill: TEXT_2 } },
    axes: [
      {
        orient: 'bottom',
        type: 'band',
        domainLine: { style: { stroke: '#e5e6eb' } },
        tick: { visible: false },
        label: { style: { fontSize: 11, fill: TEXT_2 } },
      },
      { orient: 'left', type: 'linear', visible: false, expand: { max: 0.2 } },
    ],
    tooltip: TOOLTIP,
    animation: false,
  } as unknown as ISpec
}
