import path from 'node:path'
import os from 'node:os'
import { createHash } from 'node:crypto'
import { defineConfig, type UserConfigExport } from '@tarojs/cli'
import devConfig from './dev'
import prodConfig from './prod'
import type * as Environments from './environments'

// Node's require resolves './environments' to environments.json (.json before .ts), so name the module file.

const { resolveEnvironment } = require('./environments.ts') as typeof Environments

/**
 * Taro build configuration for both targets (weapp → dist/, h5 → dist-h5/).
 * APP_ENV (local | development | trial | production) selects config/environments.json's entry,
 * validated here so a build with a missing template id or env id fails before it starts.
 */
// The mini-program imports the shared kernel, the domain's types and the environment config from outside src/.
const sharedSources = [
  path.resolve(__dirname, '..', 'shared'),
  path.resolve(__dirname, '..', 'cloudfunctions', 'complaint', 'domain'),
  path.resolve(__dirname),
]

/**
 * What the mini-program's code and styles are compiled for: WeChat 8 (base library 3.x) runs on
 * iOS 12 and later and on Android's Chromium-based engines, which need neither ES5 nor -ms-/-moz-
 * prefixes. Compiling for iOS 8 (the H5 targets in package.json) made the packages about 8% larger.
 */
const WEAPP_TARGETS = 'iOS >= 12, Chrome >= 70'

export default defineConfig<'webpack5'>(async (merge) => {
  const env = resolveEnvironment(process.env.APP_ENV ?? 'local', { target: process.env.TARO_ENV ?? 'weapp' })
  const weapp = process.env.TARO_ENV !== 'h5'
  const outputRoot = process.env.OUTPUT_ROOT ?? (weapp ? 'dist' : 'dist-h5')
  // Babel (preset-env) and autoprefixer read their targets from BROWSERSLIST when it is set.
  if (weapp) process.env.BROWSERSLIST ??= WEAPP_TARGETS
  // The dashboard's chart library in two subpackages of its own (src/pkg-manager/charts/load.weapp.ts),
  // built into a folder of this output's own (a deploy's stage shares node_modules) and copied in.
  const chartRuntime = path.join(
    os.tmpdir(),
    'chart-runtime',
    createHash('sha1').update(path.resolve(outputRoot)).digest('hex').slice(0, 12),
  )
  const charts: typeof import('../scripts/build-charts.mjs') = await import('../scripts/build-charts.mjs')
  if (weapp) await charts.buildChartRuntime(chartRuntime)
  const chartCopies = Object.values(charts.CHART_PACKAGES).map((pkg) => ({
    from: path.join(chartRuntime, pkg, 'index.js'),
    to: path.join(outputRoot, pkg, 'index.js'),
  }))
  const baseConfig: UserConfigExport<'webpack5'> = {
    projectName: 'property-complaints',
    date: '2026-11-29',
    // NutUI is drawn for a 375 px design, our own styles for 750 px.
    designWidth(input: any) {
      const file = String(input?.file ?? '').replace(/\\+/g, '/')
      return file.includes('@nutui') ? 375 : 750
    },
    deviceRatio: { 640: 2.34 / 2, 750: 1, 375: 2, 828: 1.81 / 2 },
    sourceRoot: 'src',
    // OUTPUT_ROOT lets a second build (e.g. tests) write elsewhere without clobbering dist/.
    outputRoot,
    // NutUI renders some parts (icons, the rating's stars) as HTML tags; the WeChat build needs templates for them.
    plugins: ['@tarojs/plugin-html'],
    defineConstants: {
      APP_ENV: JSON.stringify(env.name),
    },
    alias: {
      '@': path.resolve(__dirname, '..', 'src'),
      '@domain': path.resolve(__dirname, '..', 'cloudfunctions', 'complaint', 'domain'),
      '@config': path.resolve(__dirname, '..', 'config'),
      '@shared': path.resolve(__dirname, '..', 'shared'),
    },
    copy: { patterns: weapp ? chartCopies : [], options: {} },
    framework: 'react',
    compiler: {
      type: 'webpack5',
      // Prebundling NutUI would put the whole library into one vendor file, over WeChat's 2 MB limit.
      prebundle: { enable: false, exclude: ['@nutui/nutui-react-taro', '@nutui/icons-react-taro'] },
    },
    cache: { enable: false },
    // The mini-program writes its node templates once per nesting level into base.wxml (default 16
    // levels, 62 KB of the main package); a deeper node continues through Taro's `comp` component.
    baseLevel: 10,
    // Taro's mini-program minifier writes every Chinese character as a 6-byte \uXXXX escape; WeChat
    // reads code as UTF-8, where one is 3 bytes: the packages are about 2% smaller (H5 is unaffected).
    terser: { enable: true, config: { compress: { passes: 2 }, output: { ascii_only: false } } },
    mini: {
      postcss: {
        pxtransform: { enable: true, config: {} },
        cssModules: { enable: false, config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' } },
        './config/postcss-no-rtl.js': { enable: true, config: {} },
      },
      optimizeMainPackage: { enable: true },
      // NutUI's per-component CSS is imported in different orders by different pages; order does not matter here.
      miniCssExtractPluginOption: { ignoreOrder: true },
      compile: { include: sharedSources },
    },
    h5: {
      publicPath: '/',
      staticDirectory: 'static',
      router: { mode: 'hash' },
      output: { filename: 'js/[name].[hash:8].js', chunkFilename: 'js/[name].[chunkhash:8].js' },
      miniCssExtractPluginOption: { ignoreOrder: true, filename: 'css/[name].[hash].css', chunkFilename: 'css/[name].[chunkhash].css' },
      postcss: {
        autoprefixer: { enable: true, config: {} },
        cssModules: { enable: false, config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' } },
      },
      esnextModules: ['nutui-react'],
      compile: { include: sharedSources },
      // Taro splits only initial chunks on H5, so every page chunk carried its own copy of NutUI and
      // the domain labels (about 450 KB each); sharing async chunks too keeps pages small.
      webpackChain(chain) {
        const splitChunks = chain.optimization.get('splitChunks')
        if (splitChunks) chain.optimization.splitChunks({ ...splitChunks, chunks: 'all', minSize: 20000 })
      },
    },
  }
  if (process.env.NODE_ENV === 'development') return merge({}, baseConfig, devConfig)
  return merge({}, baseConfig, prodConfig)
})
