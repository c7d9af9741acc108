import Taro from '@tarojs/taro'
import type { PickedFile } from './media'

/** WeChat: chooseMedia (chooseImage is deprecated), images only, compressed. */
export async function pickImages(count: number): Promise<PickedFile[]> {
  const res = await Taro.chooseMedia({ count, mediaType: ['image'], sizeType: ['compressed'], sourceType: ['album', 'camera'] })
  return (res.tempFiles ?? []).map((f) => ({ path: f.tempFilePath, size: f.size ?? 0 }))
}
