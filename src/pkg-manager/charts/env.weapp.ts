import { registerWXEnv } from '@visactor/vchart'

/** WeChat: VChart draws on canvas 2d nodes through its WeChat environment. */
export function registerChartEnv(): void {
  registerWXEnv()
}
