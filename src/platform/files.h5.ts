import type { DownloadableFile } from './files'

/**
 * H5: let the browser download the file. A link with `download` is used rather than window.open,
 * which pop-up blockers stop once the tap's gesture has passed (the export call awaits first).
 */
export async function openExport(file: DownloadableFile): Promise<void> {
  const a = document.createElement('a')
  a.href = file.url
  a.download = file.fileName
  a.rel = 'noopener'
  document.body.appendChild(a)
  a.click()
  a.remove()
}
