import Taro from '@tarojs/taro'
import type { FunctionName } from './transport'

/** WeChat: the cloud function itself; identity comes from WeChat, never from the payload. */
export async function send(action: string, payload: object, fn: FunctionName = 'complaint'): Promise<unknown> {
  const res = await Taro.cloud.callFunction({ name: fn, data: { action, payload } })
  return res.result
}
