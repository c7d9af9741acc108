/**
 * The shape of a worksheet as the exports define it (pure data): infra/xlsx.ts writes it with
 * exceljs, so what an export contains is decided here, in the domain, and tested without a file.
 */

export type Cell = string | number | null | undefined

/** One worksheet: a title line, optional header row, then rows. Column widths in characters. */
export interface SheetSpec {
  name: string
  title?: string
  header?: string[]
  widths?: number[]
  rows: Cell[][]
}
