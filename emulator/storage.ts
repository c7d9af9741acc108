/**
 * Local cloud storage: files under `<data>/storage/`, fileIDs shaped like WeChat's
 * (`cloud://<env>.<bucket>/<cloudPath>`), temporary URLs served by the emulator at /storage/files/.
 */
import { mkdirSync, writeFileSync, existsSync, rmSync, readFileSync } from 'node:fs'
import { dirname, join, normalize } from 'node:path'

export class LocalStorage {
  readonly prefix: string

  constructor(
    readonly root: string,
    env: string,
  ) {
    this.prefix = `cloud://${env}.emulator-bucket/`
    mkdirSync(root, { recursive: true })
  }

  /** The file's path on disk, refusing paths that climb out of the storage folder. */
  pathOf(cloudPath: string): string {
    const clean = normalize(cloudPath).replace(/^([/\\])+/, '')
    if (!clean || clean.startsWith('..') || clean.includes('\0')) throw new Error(`invalid cloudPath ${cloudPath}`)
    return join(this.root, clean)
  }

  cloudPathOf(fileID: string): string | null {
    return fileID.startsWith(this.prefix) ? fileID.slice(this.prefix.length) : null
  }

  /** `cloud.uploadFile({ cloudPath, fileContent })` → `{ fileID }`. */
  async uploadFile(req: { cloudPath: string; fileContent: Buffer | string }) {
    const path = this.pathOf(req.cloudPath)
    mkdirSync(dirname(path), { recursive: true })
    writeFileSync(path, req.fileContent)
    return { fileID: this.prefix + req.cloudPath.replace(/^\/+/, ''), statusCode: 200, errMsg: 'uploadFile:ok' }
  }

  /** `cloud.getTempFileURL({ fileList })`: URLs served by this emulator. */
  async getTempFileURL(req: { fileList: (string | { fileID: string })[] }) {
    return {
      errMsg: 'getTempFileURL:ok',
      fileList: (req.fileList ?? []).map((f) => {
        const fileID = typeof f === 'string' ? f : f.fileID
        const p = this.cloudPathOf(fileID)
        const ok = p !== null && existsSync(this.pathOf(p))
        return {
          fileID,
          tempFileURL: ok ? `/storage/files/${p}` : '',
          status: ok ? 0 : -503003,
          errMsg: ok ? 'ok' : 'file not exist',
          maxAge: 7200,
        }
      }),
    }
  }

  async downloadFile(req: { fileID: string }) {
    const p = this.cloudPathOf(req.fileID)
    if (p === null || !existsSync(this.pathOf(p))) throw Object.assign(new Error('downloadFile:fail file not exist'), { errCode: -503003 })
    return { fileContent: readFileSync(this.pathOf(p)), statusCode: 200, errMsg: 'downloadFile:ok' }
  }

  async deleteFile(req: { fileList: string[] }) {
    return {
      errMsg: 'deleteFile:ok',
      fileList: (req.fileList ?? []).map((fileID) => {
        const p = this.cloudPathOf(fileID)
        if (p !== null && existsSync(this.pathOf(p))) rmSync(this.pathOf(p))
        return { fileID, status: 0, errMsg: 'ok' }
      }),
    }
  }
}
