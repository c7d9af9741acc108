/** An exported file the function saved: a temporary `url` and the name to save it under. */
export interface DownloadableFile {
  url: string
  fileName: string
}

/**
 * Opens an exported .xlsx for the user: on WeChat it is downloaded and shown in the document viewer
 * (with its menu, to forward or save it); on H5 the browser downloads it.
 */
export declare function openExport(file: DownloadableFile): Promise<void>
