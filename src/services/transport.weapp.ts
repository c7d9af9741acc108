import Taro from '@tarojs/taro'

/** WeChat: the cloud function itself; identity comes from WeChat, never from the payload. */
export async function send(action: string, payload: object): Promise<unknown> {
  const res = await Taro.cloud.callFunction({ name: 'complaint', data: { action, payload } })
  return res.result
}
