import Taro from '@tarojs/taro'
import type { PickedFile, PickedVideo } from './media'

/** WeChat: chooseMedia (chooseImage is deprecated), images only, compressed. */
export async function pickImages(count: number): Promise<PickedFile[]> {
  const res = await Taro.chooseMedia({ count, mediaType: ['image'], sizeType: ['compressed'], sourceType: ['album', 'camera'] })
  return (res.tempFiles ?? []).map((f) => ({ path: f.tempFilePath, size: f.size ?? 0 }))
}

/** WeChat: chooseMedia for one video; the camera stops at `maxMs` (whole seconds), an album video is measured. */
export async function pickVideo(maxMs: number): Promise<PickedVideo> {
  const res = await Taro.chooseMedia({
    count: 1,
    mediaType: ['video'],
    sourceType: ['camera', 'album'],
    maxDuration: Math.floor(maxMs / 1000),
  })
  const f = res.tempFiles[0]
  const ext = /\.(\w{3,4})$/.exec(f.tempFilePath)?.[1]?.toLowerCase() ?? 'mp4'
  return { path: f.tempFilePath, size: f.size ?? 0, durationMs: Math.round((f.duration ?? 0) * 1000), ext }
}
