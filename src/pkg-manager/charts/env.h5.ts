/** H5: VChart's browser environment is its default. */
export function registerChartEnv(): void {}
