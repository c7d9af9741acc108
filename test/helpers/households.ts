/**
 * Issue 16 test helpers: roster files made with exceljs and uploaded as the manager's mini-program
 * uploads them (folder `imports`, under their folder key), and callers of the `export` function.
 */
import ExcelJS from 'exceljs'
import { uploadPath } from '../../shared/uploads'
import { HOUSEHOLD_COLUMNS } from '../../shared/households'
import type { Harness } from './emulator'

export type Cells = (string | number | null)[]

/** An .xlsx of `rows` under `header` (the template's columns unless given). */
export async function rosterFile(rows: Cells[], header: string[] = [...HOUSEHOLD_COLUMNS]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook()
  const ws = wb.addWorksheet('房屋台账')
  ws.addRow(header)
  for (const r of rows) ws.addRow(r)
  return Buffer.from(await wb.xlsx.writeBuffer())
}

let uploads = 0

/** Uploads `content` as `openid` to the imports folder. @returns its fileID. */
export async function uploadRoster(h: Harness, openid: string, content: Buffer, ext = 'xlsx'): Promise<string> {
  const { fileKey } = await h.as(openid)('me.get')
  const day = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10).replace(/-/g, '')
  const path = uploadPath('imports', fileKey, day, `roster${String(++uploads).padStart(6, '0')}`, ext)
  return (await h.emu.storage.uploadFile({ cloudPath: path, fileContent: content })).fileID
}

/** Calls the `export` function as `openid`; returns the raw `{ ok, data | error }`. */
export const exportCall =
  (h: Harness, openid: string) =>
  (action: string, payload: Record<string, unknown> = {}) =>
    h.emu.call('export', { action, payload }, openid) as Promise<any>

/** Uploads rows as `openid` and imports them. @returns the raw answer. */
export async function importRows(h: Harness, openid: string, rows: Cells[], mode?: 'merge' | 'replace', header?: string[]) {
  const fileID = await uploadRoster(h, openid, await rosterFile(rows, header))
  return exportCall(h, openid)('households.import', mode ? { fileID, mode } : { fileID })
}

/** Calls the `households` function as `openid`; returns the raw `{ ok, data | error }`. */
export const roomsRaw =
  (h: Harness, openid: string) =>
  (action: string, payload: Record<string, unknown> = {}) =>
    h.emu.call('households', { action, payload }, openid) as Promise<any>

/** Calls the `households` function as `openid` and returns `data`, failing the test on `{ ok: false }`. */
export const roomsAs =
  (h: Harness, openid: string) =>
  async (action: string, payload: Record<string, unknown> = {}) => {
    const r = await roomsRaw(h, openid)(action, payload)
    if (!r?.ok) throw new Error(`${action} as ${openid} failed: ${JSON.stringify(r?.error ?? r)}`)
    return r.data
  }
