import Taro from '@tarojs/taro'
import type { PickedFile } from './media'

/** H5: the browser's file chooser through Taro.chooseImage (it ignores `count`; the picker trims). */
export async function pickImages(count: number): Promise<PickedFile[]> {
  const res = await Taro.chooseImage({ count, sizeType: ['compressed'], sourceType: ['album', 'camera'] })
  return res.tempFiles ?? res.tempFilePaths.map((path) => ({ path, size: 0 }))
}
