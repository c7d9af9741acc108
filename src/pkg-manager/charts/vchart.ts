/**
 * VChart with only what the dashboard draws (bar and pie charts, their axes, labels, legend and
 * tooltip): the full build is about 2 MB, over a subpackage's limit; this one is about 1.2 MB.
 */
import {
  VChart,
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

export { VChart }
