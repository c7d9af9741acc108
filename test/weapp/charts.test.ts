/**
 * The dashboard's charts in the WeChat build (S1): VChart, too big for any package with the pages,
 * lives in two page-less subpackages (scripts/build-charts.mjs) that the chart component loads with
 * WeChat's cross-subpackage `require.async` — so no manager page but the dashboard downloads it, and
 * every package stays under its limit (config/size-limits.json).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { WEAPP_DIST } from '../helpers/weapp-harness'

// As scripts/build-charts.mjs names them (an ES module jest does not load).
const CHART_PACKAGES = { core: 'pkg-chart-core', lib: 'pkg-chart-lib' }
const CORE_PACKAGES = [
  '@visactor/vrender-core',
  '@visactor/vrender-kits',
  '@visactor/vrender-components',
  '@visactor/vutils',
  '@visactor/vscale',
]

const app = () => JSON.parse(readFileSync(join(WEAPP_DIST, 'app.json'), 'utf8'))
const roots = (): string[] => app().subPackages.map((p: { root: string }) => p.root)
const filesUnder = (dir: string): string[] =>
  readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? filesUnder(join(dir, n)) : [join(dir, n)]))
const rel = (f: string) => relative(WEAPP_DIST, f).split('\\').join('/')
/** A string only VChart's code holds (its tooltip element's class). */
const VCHART_MARK = 'vchart-tooltip-element'

it('declares the two chart subpackages without pages, and the build holds their code', () => {
  expect(app().subPackages).toEqual(
    expect.arrayContaining([
      { root: CHART_PACKAGES.core, pages: [] },
      { root: CHART_PACKAGES.lib, pages: [] },
    ]),
  )
  for (const pkg of Object.values(CHART_PACKAGES)) expect(existsSync(join(WEAPP_DIST, pkg, 'index.js'))).toBe(true)
})

it('loads the halves only with require.async, from the dashboard, by literal paths that resolve to them', () => {
  const js = filesUnder(WEAPP_DIST).filter((f) => f.endsWith('.js'))
  const calls = js.flatMap((f) =>
    [...readFileSync(f, 'utf8').matchAll(/require\.async\((["'])([^"']+)\1\)/g)].map((m) => ({
      from: rel(f),
      to: rel(resolve(dirname(f), m[2])),
    })),
  )
  expect(calls).toEqual([
    { from: 'pkg-manager/dashboard/index.js', to: `${CHART_PACKAGES.core}/index.js` },
    { from: 'pkg-manager/dashboard/index.js', to: `${CHART_PACKAGES.lib}/index.js` },
  ])
  // Nothing else holds VChart: no manager page, no shared chunk, not the main package.
  const carriers = js.filter((f) => readFileSync(f, 'utf8').includes(VCHART_MARK)).map(rel)
  expect(carriers).toEqual([`${CHART_PACKAGES.lib}/index.js`])
  expect(roots()).toEqual(expect.arrayContaining(Object.values(CHART_PACKAGES)))
})

it('the two halves link into one VChart with the bar and pie charts, axes, labels, legend and tooltip registered', () => {
  const taro = {} // Taro's window, document … stand-ins; loading needs none of them
  const core = require(join(WEAPP_DIST, CHART_PACKAGES.core, 'index.js'))(taro)
  expect(Object.keys(core.packages).sort()).toEqual([...CORE_PACKAGES].sort())
  const { VChart, Factory } = require(join(WEAPP_DIST, CHART_PACKAGES.lib, 'index.js'))(taro, core)
  expect(typeof VChart).toBe('function')
  const series = Factory.getSeries().map((s: { type: string }) => s.type)
  const components = Factory.getComponents().map((c: { type?: string; cmp?: { type: string } }) => c.cmp?.type ?? c.type)
  expect(series.sort()).toEqual(['bar', 'pie']) // only what the dashboard draws
  expect(components.sort()).toEqual(['cartesianAxis-band', 'cartesianAxis-linear', 'discreteLegend', 'label', 'tooltip'])
})
