/**
 * VChart with only what the dashboard draws (bar and pie charts, their axes, labels, legend and
 * tooltip): the full build is about 2 MB; this one is about 1.2 MB, still over a subpackage's 1 MB.
 * H5 bundles it with the dashboard; the WeChat build gets it from scripts/build-charts.mjs, in two
 * subpackages of its own (load.weapp.ts). `Factory` says what is registered.
 */
import {
  VChart,
  Factory,
  registerBarChart,
  registerPieChart,
  registerLabel,
  registerTooltip,
  registerCanvasTooltipHandler,
  registerCartesianLinearAxis,
  registerCartesianBandAxis,
  registerDiscreteLegend,
} from '@visactor/vchart'
import { registerChartEnv } from './env'

// eslint-disable-next-line react-hooks/rules-of-hooks -- VChart's registry, not a React hook
VChart.useRegisters([
  registerBarChart,
  registerPieChart,
  registerLabel,
  registerTooltip,
  registerCanvasTooltipHandler,
  registerCartesianLinearAxis,
  registerCartesianBandAxis,
  registerDiscreteLegend,
])
registerChartEnv()

export { VChart, Factory }
