/**
 * Local cloud storage: files under `<data>/storage/`, fileIDs shaped like WeChat's
 * (`cloud://<env>.<bucket>/<cloudPath>`), temporary URLs served by the emulator at /storage/files/.
 *
 * A stored file is never overwritten. WeChat's fileID is the cloud path itself, so a second upload
 * to a path cannot get a name of its own; under the usual storage permission (only the creator
 * writes) WeChat refuses it to anyone but the file's creator, and lets the creator or a function
 * replace it. Here it is refused to everyone: photos, signatures and evidence are records, and the
 * mini-program names every upload afresh (`<folder>/<yyyymmdd>/<random>.<ext>`), so a second
 * upload to a path is a bug or an attack.
 */
import { mkdirSync, writeFileSync, existsSync, rmSync, readFileSync, linkSync } from 'node:fs'
import { randomBytes } from 'node:crypto'
import { dirname, join, normalize } from 'node:path'

/** A file is already stored at the cloud path (`uploadFile` never replaces one). */
export class FileExistsError extends Error {
  /** WeChat's SDK errors carry errCode/errMsg; -1 as no WeChat code says "exists". */
  readonly errCode = -1
  readonly errMsg: string
  constructor(readonly cloudPath: string) {
    super(`uploadFile:fail file already exists: ${cloudPath}`)
    this.name = 'FileExistsError'
    this.errMsg = this.message
  }
}

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

  /**
   * `cloud.uploadFile({ cloudPath, fileContent })` → `{ fileID }`. The content is written whole to a
   * temporary name and then linked in place, which fails when the path exists: of two uploads to
   * one path exactly one wins, and no half-written file is ever visible.
   * @throws FileExistsError when a file is already stored at `cloudPath`.
   */
  async uploadFile(req: { cloudPath: string; fileContent: Buffer | string }) {
    const path = this.pathOf(req.cloudPath)
    mkdirSync(dirname(path), { recursive: true })
    const temp = `${path}.${randomBytes(6).toString('hex')}.uploading`
    writeFileSync(temp, req.fileContent)
    try {
      linkSync(temp, path)
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'EEXIST') throw new FileExistsError(req.cloudPath)
      throw e
    } finally {
      rmSync(temp, { force: true })
    }
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
