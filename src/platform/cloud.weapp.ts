import Taro from '@tarojs/taro'
import { resolveEnvironment } from '@config/environments'

/** Taro.cloud.init with the cloud environment of the build's APP_ENV (config/environments.json). */
export function initCloud(): void {
  const env = resolveEnvironment(APP_ENV)
  Taro.cloud.init({ env: env.cloudEnv, traceUser: true })
}
