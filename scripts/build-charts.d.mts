/** Types of scripts/build-charts.mjs (the WeChat build's chart library in two subpackages). */
export declare const CORE_PACKAGES: string[]
export declare const TARO_GLOBALS: string[]
export declare const CHART_PACKAGES: { core: 'pkg-chart-core'; lib: 'pkg-chart-lib' }
/** Builds both halves into `outDir/<subpackage>/index.js`; resolves with their paths and sizes in bytes. */
export declare function buildChartRuntime(outDir?: string): Promise<{
  files: { core: string; lib: string }
  sizes: { core: number; lib: number }
}>
