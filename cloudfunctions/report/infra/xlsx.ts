/**
 * .xlsx files with exceljs, written to cloud storage under `exports/`, answered as
 * `{ fileID, url }` (the mini-program downloads the URL and opens it with Taro.openDocument; H5
 * follows the link). Every file is recorded so the timer can delete it a day later (G3-P5).
 */
// The Workbook class alone (types/exceljs-workbook.d.ts): the package's entry would add ~600 KB of readers to the bundle.
import Workbook from 'exceljs/lib/doc/workbook'
import { randomBytes } from 'node:crypto'
import { dayOf } from '../../complaint/domain/calendar'
import type { SheetSpec } from '../domain/sheet'
import { sdk, database } from './cloud'
import { C, find } from './store'

/** Builds the workbook of `sheets` (domain/sheet.ts). @returns the .xlsx file's bytes. */
export async function workbook(sheets: SheetSpec[], meta: { creator: string; now: number }): Promise<Buffer> {
  const wb = new Workbook()
  wb.creator = meta.creator
  wb.created = new Date(meta.now)
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name.slice(0, 31))
    if (s.title) {
      ws.addRow([s.title]).font = { bold: true, size: 14 }
    }
    if (s.header) {
      const h = ws.addRow(s.header)
      h.font = { bold: true }
      h.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEFEFEF' } }
    }
    for (const r of s.rows) ws.addRow(r.map((c) => (c === undefined ? null : c)))
    s.widths?.forEach((w, i) => {
      ws.getColumn(i + 1).width = w
    })
    ws.eachRow((row) => {
      row.alignment = { vertical: 'top', wrapText: true }
    })
  }
  return Buffer.from(await wb.xlsx.writeBuffer())
}

/** How long an export stays in storage before the timer deletes it. */
export const EXPORT_TTL_MS = 24 * 3_600_000

/**
 * Uploads an export and records it for deletion.
 * @param kind short name used in the path (`form`, `list`, `report`).
 * @returns `{ fileID, url, fileName }`; url is temporary (on the emulator, a local URL).
 */
export async function saveExport(
  kind: string,
  fileName: string,
  content: Buffer,
  by: { openid: string; name: string },
  now: number,
  containsContact: boolean,
) {
  const cloudPath = `exports/${dayOf(now).replace(/-/g, '')}/${kind}-${randomBytes(8).toString('hex')}.xlsx`
  const up = (await sdk().uploadFile({ cloudPath, fileContent: content })) as { fileID: string }
  await database()
    .collection(C.exports)
    .add({ data: { fileID: up.fileID, cloudPath, kind, fileName, by, at: now, containsContact, deleteAfter: now + EXPORT_TTL_MS } })
  const urls = (await sdk().getTempFileURL({ fileList: [up.fileID] })) as unknown as { fileList: { tempFileURL: string }[] }
  return { fileID: up.fileID, url: urls.fileList[0]?.tempFileURL ?? '', fileName }
}

/** Deletes the exports whose time to live has passed, files and records (G3-P5). @returns how many. */
export async function purgeDueExports(now: number): Promise<number> {
  const _ = database().command
  const due = await find<{ _id: string; fileID: string }>(C.exports, { deleteAfter: _.lte(now) }, { limit: 1000 })
  if (!due.length) return 0
  await sdk().deleteFile({ fileList: due.map((d) => d.fileID) })
  await database()
    .collection(C.exports)
    .where({ _id: _.in(due.map((d) => d._id)) })
    .remove()
  return due.length
}
