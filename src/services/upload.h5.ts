import { ApiError } from './api'

/** H5 (emulator): multipart POST to /storage/upload; XMLHttpRequest because fetch reports no upload progress. */
export async function uploadFile(filePath: string, cloudPath: string, onProgress?: (percent: number) => void): Promise<string> {
  let blob: Blob
  try {
    blob = await (await fetch(filePath)).blob()
  } catch {
    throw new ApiError('UPLOAD_FAILED', '无法读取所选文件，请重新选择')
  }
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest()
    xhr.open('POST', '/storage/upload')
    xhr.withCredentials = true
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) onProgress?.(Math.round((e.loaded * 100) / e.total))
    }
    xhr.onload = () => {
      let body: { fileID?: string; data?: { fileID?: string }; errMsg?: string; error?: { code?: string; message?: string } } = {}
      try {
        body = JSON.parse(xhr.responseText)
      } catch {
        // A body that is not JSON is handled as a failed upload below.
      }
      const fileID = body.fileID ?? body.data?.fileID
      if (xhr.status < 300 && fileID) return resolve(fileID)
      reject(new ApiError(body.error?.code ?? 'UPLOAD_FAILED', body.error?.message || body.errMsg || '文件上传失败，请重试'))
    }
    xhr.onerror = () => reject(new ApiError('UPLOAD_FAILED', '文件上传失败，请检查网络后重试'))
    const form = new FormData()
    // The path goes first so a streaming parser knows it before the file arrives.
    form.append('cloudPath', cloudPath)
    form.append('file', blob, cloudPath.split('/').pop())
    xhr.send(form)
  })
}
