/**
 * .xlsx files with exceljs, written to cloud storage under `exports/`, answered as
 * `{ fileID, url }` (the mini-program downloads the URL and opens it with Taro.openDocument; H5
 * follows the link). Every file is recorded so the timer can delete it a day later (G3-P5).
 */
import ExcelJS from 'exceljs'
import { randomBytes } from 'node:crypto'
import { dayOf } from '../../complaint/domain/calendar'
import { sdk, database } from './cloud'
import { C } from './store'

export type Cell = string | number | null | undefined

/** One worksheet: a title line, optional header row, then rows. Column widths in characters. */
export interface SheetSpec {
  name: string
  title?: string
  header?: string[]
  widths?: number[]
  rows: Cell[][]
}

/** Builds the workbook. @returns the .xlsx file's bytes. */
export async function workbook(sheets: SheetSpec[], meta: { creator: string; now: number }): Promise<Buffer> {
  const wb = new ExcelJS.Workbook()
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
