import Taro from '@tarojs/taro'
import type { ConsentResult } from './types'

const ANSWERS: ConsentResult[] = ['accept', 'reject', 'ban', 'filter']

/** WeChat: the system consent panel; its result object has one key per template id. */
export function requestConsent(tmplIds: string[]): Promise<Record<string, ConsentResult>> {
  const ids = tmplIds.slice(0, 3)
  if (!ids.length) return Promise.resolve({})
  return new Promise((resolve) => {
    Taro.requestSubscribeMessage({
      tmplIds: ids,
      success: (res: Record<string, unknown>) => {
        const out: Record<string, ConsentResult> = {}
        for (const id of ids) {
          const v = res[id]
          if (ANSWERS.includes(v as ConsentResult)) out[id] = v as ConsentResult
        }
        resolve(out)
      },
      // A refused panel (or one the client cannot show) must never stop the action itself.
      fail: () => resolve({}),
      // Taro's option type also demands Alipay's entityIds, which WeChat does not take.
    } as unknown as Taro.requestSubscribeMessage.Option)
  })
}
