import Taro from '@tarojs/taro'
import type { PickedFile, PickedVideo } from './media'

/** H5: the browser's file chooser through Taro.chooseImage (it ignores `count`; the picker trims). */
export async function pickImages(count: number): Promise<PickedFile[]> {
  const res = await Taro.chooseImage({ count, sizeType: ['compressed'], sourceType: ['album', 'camera'] })
  return res.tempFiles ?? res.tempFilePaths.map((path) => ({ path, size: 0 }))
}

const VIDEO_EXT: Record<string, string> = { 'video/mp4': 'mp4', 'video/quicktime': 'mov', 'video/webm': 'webm', 'video/x-m4v': 'm4v' }

/** How long a video file plays, read by the browser from its metadata (0 when it cannot tell). */
function durationOf(url: string): Promise<number> {
  return new Promise((resolve) => {
    const v = document.createElement('video')
    v.preload = 'metadata'
    v.onloadedmetadata = () => resolve(Number.isFinite(v.duration) ? Math.round(v.duration * 1000) : 0)
    v.onerror = () => resolve(0)
    v.src = url
  })
}

/** H5: a file input taking a video (the phone offers its camera); its length from the file's metadata. */
export function pickVideo(): Promise<PickedVideo> {
  return new Promise((resolve, reject) => {
    const input = document.createElement('input')
    input.type = 'file'
    input.accept = 'video/mp4,video/quicktime,video/webm,video/x-m4v'
    input.onchange = async () => {
      const file = input.files?.[0]
      if (!file) return reject(new Error('cancelled'))
      const path = URL.createObjectURL(file)
      resolve({ path, size: file.size, durationMs: await durationOf(path), ext: VIDEO_EXT[file.type] ?? 'unknown' })
    }
    input.click()
  })
}
