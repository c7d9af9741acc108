import Taro from '@tarojs/taro'
import type { DownloadableFile } from './files'

/** WeChat: download the temporary URL, then open it in the document viewer with its share menu. */
export async function openExport(file: DownloadableFile): Promise<void> {
  const res = await Taro.downloadFile({ url: file.url })
  if (res.statusCode !== 200) throw new Error(`download failed: ${res.statusCode}`)
  await Taro.openDocument({ filePath: res.tempFilePath, fileType: 'xlsx', showMenu: true })
}
