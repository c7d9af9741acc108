#!/usr/bin/env node
/**
 * The dashboard's chart library for the WeChat build, outside webpack: VChart with only what the
 * dashboard draws (src/pkg-manager/charts/vchart.ts) is about 1.2 MB even so, over a subpackage's
 * 1 MB (config/size-limits.json). So it is built here with esbuild in two halves, each in a
 * subpackage without pages, and loaded with WeChat's cross-subpackage `require.async` by the chart
 * component (src/pkg-manager/charts/load.weapp.ts) the first time a chart is drawn — so no manager
 * page but the dashboard ever downloads it:
 *   - pkg-chart-core/index.js: the rendering packages (VRender, VUtils, VScale), exactly the names
 *     the chart library uses, as `{ packages: { [package]: { name } } }`;
 *   - pkg-chart-lib/index.js: the chart library itself (VChart, VGrammar, VDataset), reading the
 *     rendering packages from the core it is given, so both halves share one VRender.
 * Each file exports a factory. Webpack gives the mini-program's code Taro's `window`, `document`
 * and the like (its ProvidePlugin); these bundles receive the same objects from the loader.
 *
 * Usage: node scripts/build-charts.mjs [outDir] (default node_modules/.cache/chart-runtime);
 * config/index.ts runs it for every WeChat build and copies the result into the output.
 */
import { build } from 'esbuild'
import { parse } from 'acorn'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const ENTRY = join(root, 'src/pkg-manager/charts/vchart.ts')

/** The packages of the core half; everything else the chart library imports goes into its own half. */
export const CORE_PACKAGES = [
  '@visactor/vrender-core',
  '@visactor/vrender-kits',
  '@visactor/vrender-components',
  '@visactor/vutils',
  '@visactor/vscale',
]

/** What Taro's webpack ProvidePlugin gives mini-program code in place of browser globals. */
export const TARO_GLOBALS = [
  'window',
  'document',
  'navigator',
  'requestAnimationFrame',
  'cancelAnimationFrame',
  'Element',
  'SVGElement',
  'MutationObserver',
  'history',
  'location',
  'URLSearchParams',
  'URL',
]

/** The subpackages the halves go to (app.config.ts declares them). */
export const CHART_PACKAGES = { core: 'pkg-chart-core', lib: 'pkg-chart-lib' }

const common = {
  bundle: true,
  platform: 'neutral',
  mainFields: ['module', 'main'],
  // The WeChat build of the env module (registerWXEnv), as Taro would pick it.
  resolveExtensions: ['.weapp.ts', '.ts', '.js', '.mjs', '.json'],
  target: 'es2018',
  charset: 'utf8',
  legalComments: 'none',
  logLevel: 'warning',
  define: {
    'process.env.NODE_ENV': '"production"',
    'process.env.TARO_ENV': '"weapp"',
    ...Object.fromEntries(TARO_GLOBALS.map((g) => [g, `__taro.${g}`])),
  },
}

/** A CommonJS body wrapped as `module.exports = function (<params>) { …; return module.exports }`. */
const factory = (params) => ({
  banner: { js: `module.exports = function (${params}) { var module = { exports: {} }, exports = module.exports;` },
  footer: { js: 'return module.exports }' },
})

/** The names an ES module bundle imports from each external package: a Set, or '*' for the whole namespace. */
function importsOf(code) {
  const used = new Map()
  for (const node of parse(code, { ecmaVersion: 'latest', sourceType: 'module' }).body) {
    if (node.type !== 'ImportDeclaration') continue
    const pkg = node.source.value
    const names = used.get(pkg) ?? new Set()
    for (const s of node.specifiers) {
      if (s.type === 'ImportNamespaceSpecifier') used.set(pkg, '*')
      else names.add(s.type === 'ImportDefaultSpecifier' ? 'default' : s.imported.name)
    }
    if (used.get(pkg) !== '*') used.set(pkg, names)
  }
  return used
}

/** The core half's entry: the used names of each package, behind getters so that bindings stay live. */
function coreEntry(used) {
  const lines = []
  const packages = []
  ;[...used].forEach(([pkg, names], i) => {
    if (names === '*') {
      lines.push(`import * as p${i} from ${JSON.stringify(pkg)}`)
      packages.push(`${JSON.stringify(pkg)}: p${i}`)
      return
    }
    const list = [...names]
    lines.push(`import { ${list.map((n, j) => `${n} as p${i}_${j}`).join(', ')} } from ${JSON.stringify(pkg)}`)
    packages.push(`${JSON.stringify(pkg)}: { ${list.map((n, j) => `get ${n}() { return p${i}_${j} }`).join(', ')} }`)
  })
  return `${lines.join('\n')}\nexport const packages = { ${packages.join(', ')} }\n`
}

/** Resolves the core packages in the library half to the core it is given. */
const fromCore = {
  name: 'chart-core',
  setup(b) {
    const filter = new RegExp(`^(${CORE_PACKAGES.map((p) => p.replace('/', '\\/')).join('|')})$`)
    b.onResolve({ filter }, (a) => ({ path: a.path, namespace: 'chart-core' }))
    b.onLoad({ filter: /.*/, namespace: 'chart-core' }, (a) => ({
      contents: `module.exports = __chartCore.packages[${JSON.stringify(a.path)}]`,
      loader: 'js',
    }))
  },
}

/**
 * Builds both halves into `outDir/<subpackage>/index.js`.
 * @returns the two files' paths and sizes in bytes.
 */
export async function buildChartRuntime(outDir = join(root, 'node_modules/.cache/chart-runtime')) {
  const probe = await build({ ...common, entryPoints: [ENTRY], format: 'esm', external: CORE_PACKAGES, write: false })
  const used = importsOf(probe.outputFiles[0].text)
  const files = { core: join(outDir, CHART_PACKAGES.core, 'index.js'), lib: join(outDir, CHART_PACKAGES.lib, 'index.js') }
  const core = await build({
    ...common,
    stdin: { contents: coreEntry(used), resolveDir: root, loader: 'js', sourcefile: 'chart-core.js' },
    format: 'cjs',
    minify: true,
    outfile: files.core,
    metafile: true,
    ...factory('__taro'),
  })
  const lib = await build({
    ...common,
    entryPoints: [ENTRY],
    format: 'cjs',
    minify: true,
    outfile: files.lib,
    metafile: true,
    plugins: [fromCore],
    ...factory('__taro, __chartCore'),
  })
  const size = (r) => Object.values(r.metafile.outputs)[0].bytes
  return { files, sizes: { core: size(core), lib: size(lib) } }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  buildChartRuntime(process.argv[2])
    .then(({ files, sizes }) => {
      for (const k of ['core', 'lib']) console.log(`${files[k]}: ${(sizes[k] / 1024).toFixed(1)} KB`)
    })
    .catch((e) => {
      console.error(`build-charts failed: ${e.message}`)
      process.exit(1)
    })
}
