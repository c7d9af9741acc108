import type { VChart } from './vchart'

/**
 * VChart with the dashboard's charts registered: on H5 from the app's own bundle; on WeChat from the
 * chart subpackages (scripts/build-charts.mjs), downloaded the first time a chart is drawn.
 * @throws (rejects) when WeChat cannot download them; the next call tries again.
 */
export declare function loadVChart(): Promise<typeof VChart>
