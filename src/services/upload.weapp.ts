import Taro from '@tarojs/taro'
import { ApiError } from './api'

/** WeChat: Taro.cloud.uploadFile, with its upload task's progress. */
export function uploadFile(filePath: string, cloudPath: string, onProgress?: (percent: number) => void): Promise<string> {
  return new Promise((resolve, reject) => {
    const task = Taro.cloud.uploadFile({
      cloudPath,
      filePath,
      success: (res) => resolve(res.fileID),
      fail: () => reject(new ApiError('UPLOAD_FAILED', '文件上传失败，请检查网络后重试')),
    })
    task?.onProgressUpdate?.((p) => onProgress?.(p.progress))
  })
}
