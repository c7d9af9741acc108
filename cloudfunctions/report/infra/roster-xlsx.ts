/**
 * Reading an uploaded roster file (issue 16): the manager's .xlsx from cloud storage, its first
 * worksheet as rows of cell texts. Anything that is not an .xlsx workbook is refused clearly, and
 * a sheet of more rows than the roster takes is refused before its rows are read.
 */
import Workbook from 'exceljs/lib/doc/workbook'
import { invalidInput } from '../../complaint/domain/errors'
import { MAX_HOUSEHOLD_ROWS } from '@shared/households'
import { sdk } from './cloud'

/** Largest roster file taken, in bytes (20,000 rows are about 1 MB). */
export const MAX_ROSTER_BYTES = 10 * 1024 * 1024

const NOT_XLSX = '上传的文件不是 Excel 表格（.xlsx），请用“下载模板”得到的表格填写后再导入'

/** The bytes of a stored file. @throws INVALID_INPUT when it is gone or too big. */
export async function downloadRoster(fileID: string): Promise<Buffer> {
  let content: Buffer
  try {
    content = ((await sdk().downloadFile({ fileID })) as { fileContent: Buffer }).fileContent
  } catch {
    throw invalidInput('找不到上传的文件，请重新上传')
  }
  if (content.length > MAX_ROSTER_BYTES) throw invalidInput(`文件超过 ${MAX_ROSTER_BYTES / 1048576} MB，请分批导入`)
  return content
}

/** A cell's text as the sheet shows it (numbers, formulas' results and rich text included). */
function textOf(cell: { text?: string; value?: unknown }): string {
  try {
    return String(cell.text ?? '').trim()
  } catch {
    return String(cell.value ?? '').trim()
  }
}

/**
 * The first worksheet of an .xlsx: its header row and its data rows (numbered as the sheet numbers
 * them, trailing empty rows dropped).
 * @throws INVALID_INPUT when the bytes are not an .xlsx workbook, it has no sheet, or more than MAX_HOUSEHOLD_ROWS data rows.
 */
export async function readRoster(content: Buffer): Promise<{ header: string[]; rows: { row: number; cells: string[] }[] }> {
  const wb = new Workbook()
  try {
    await wb.xlsx.load(content as never)
  } catch {
    throw invalidInput(NOT_XLSX)
  }
  const ws = wb.worksheets[0]
  if (!ws) throw invalidInput(NOT_XLSX)
  const last = ws.actualRowCount ? (ws.lastRow?.number ?? 0) : 0
  if (last - 1 > MAX_HOUSEHOLD_ROWS)
    throw invalidInput(`表格有 ${last - 1} 行，超过单次导入上限 ${MAX_HOUSEHOLD_ROWS} 行，未导入任何数据，请分批导入`)
  const width = Math.max(ws.columnCount, 6)
  const cellsOf = (n: number) => Array.from({ length: width }, (_, i) => textOf(ws.getRow(n).getCell(i + 1)))
  const rows: { row: number; cells: string[] }[] = []
  for (let n = 2; n <= last; n++) rows.push({ row: n, cells: cellsOf(n) })
  while (rows.length && rows[rows.length - 1].cells.every((c) => !c)) rows.pop()
  return { header: last >= 1 ? cellsOf(1) : [], rows }
}
