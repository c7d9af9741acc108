import Taro from '@tarojs/taro'

/** WeChat: a file from a chat (the manager sends the roster to themselves, e.g. 文件传输助手). */
export async function pickSpreadsheet(): Promise<string | null> {
  try {
    const r = await Taro.chooseMessageFile({ count: 1, type: 'file', extension: ['xlsx'] })
    return r.tempFiles[0]?.path ?? null
  } catch {
    return null
  }
}
