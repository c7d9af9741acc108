/** Registers the platform's rendering environment with VChart (WeChat's canvas 2d; nothing on H5). */
export declare function registerChartEnv(): void
